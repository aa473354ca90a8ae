import '../components/programmes/programmes.css';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { programmesApi } from '../api/client';
import { Details } from '../components/Details';
import { Disclosure } from '../components/Disclosure';
import { ErrorAlert, Loading } from '../components/Feedback';
import { PageTitle } from '../components/PageTitle';
import { GoalForm, ReportForm } from '../components/programmes/ReportForm';
import { ReportItem } from '../components/programmes/ReportList';
import { GoalStatusBadge, ProgrammeStatusBadge } from '../components/programmes/StatusBadges';
import { AppLink } from '../components/RouterLink';
import { useSectionMessage } from '../components/family/SectionFeedback';
import { useLoad } from '../components/useLoad';
import { usePeriod } from './Programmes';

export function ProjectPage() {
  const { t } = useTranslation();
  const { id: programmeId = '', projectId = '' } = useParams();
  const period = usePeriod();
  const goalMessage = useSectionMessage();
  const reportMessage = useSectionMessage();
  const { data: project, error, loading, reload } = useLoad((signal) => programmesApi.project(projectId, signal), [projectId]);

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to={`/programmas/${project?.programme.id ?? programmeId}`}>{t('programmes.backTo', { name: project?.programme.name ?? t('programmes.programme') })}</AppLink>
      </p>
      <PageTitle title={project?.name ?? t('programmes.project')} />
      <ErrorAlert error={error} />
      {loading && !project && <Loading />}
      {project && (
        <>
          {project.description && <Paragraph lead>{project.description}</Paragraph>}
          <Details
            items={[
              { key: 'status', label: t('programmes.status'), value: <ProgrammeStatusBadge status={project.status} /> },
              {
                key: 'organisation',
                label: t('programmes.projectOrganisation'),
                value: project.organisation ? <AppLink to={`/netwerk/organisaties/${project.organisation.id}`}>{project.organisation.name}</AppLink> : null,
              },
              { key: 'period', label: t('programmes.periodLabel'), value: period(project.startsOn, project.endsOn) },
            ]}
          />

          <section aria-labelledby="project-goals">
            <Heading2 id="project-goals">{t('programmes.goals.heading')}</Heading2>
            {goalMessage.view}
            {project.goals.length === 0 ? (
              <Paragraph>{t('programmes.goals.none')}</Paragraph>
            ) : (
              <ul className="dichtbij-result-list">
                {project.goals.map((goal) => (
                  <li key={goal.id} className="dichtbij-result">
                    <p className="dichtbij-result__title">{goal.description}</p>
                    <Paragraph className="dichtbij-result__meta">
                      <GoalStatusBadge status={goal.status} />
                      {goal.target && <> {t('programmes.goals.targetIs', { target: goal.target })}</>}
                    </Paragraph>
                    {goal.source && (
                      <Paragraph className="dichtbij-result__meta">
                        {t('programmes.goals.fromAnswer', { organisation: goal.source.organisation.name, question: goal.source.question })}
                      </Paragraph>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {project.canManage && (
              <Disclosure label={t('programmes.goals.add')}>
                {(close) => (
                  <GoalForm
                    projectId={project.id}
                    onCancel={close}
                    onDone={() => {
                      goalMessage.setMessage(t('programmes.goals.added'));
                      close();
                      reload();
                    }}
                  />
                )}
              </Disclosure>
            )}
          </section>

          <section aria-labelledby="project-partners">
            <Heading2 id="project-partners">{t('programmes.partners')}</Heading2>
            {project.partners.length === 0 ? (
              <Paragraph>{t('programmes.noPartners')}</Paragraph>
            ) : (
              <UnorderedList>
                {project.partners.map((partner) => (
                  <UnorderedListItem key={partner.id}>
                    <AppLink to={`/netwerk/organisaties/${partner.id}`}>{partner.name}</AppLink>
                    {partner.contribution && <>: {partner.contribution}</>}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </section>

          <section aria-labelledby="project-reports">
            <Heading2 id="project-reports">{t('programmes.reports.heading')}</Heading2>
            {reportMessage.view}
            {project.reports.length === 0 ? (
              <Paragraph>{t('programmes.reports.none')}</Paragraph>
            ) : (
              <ul className="dichtbij-result-list">
                {project.reports.map((report) => (
                  <ReportItem key={report.id} report={report} showProject={false} />
                ))}
              </ul>
            )}
            {project.canReport && (
              <Disclosure label={t('programmes.reports.add')}>
                {(close) => (
                  <ReportForm
                    programmeId={project.programme.id}
                    projectId={project.id}
                    onCancel={close}
                    onDone={() => {
                      reportMessage.setMessage(t('programmes.reports.added'));
                      close();
                      reload();
                    }}
                  />
                )}
              </Disclosure>
            )}
          </section>
        </>
      )}
    </>
  );
}
