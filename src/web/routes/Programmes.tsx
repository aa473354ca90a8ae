import '../components/programmes/programmes.css';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { programmesApi } from '../api/client';
import { Details } from '../components/Details';
import { ErrorAlert, LiveText, Loading } from '../components/Feedback';
import { formatDate, useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { Pagination } from '../components/Pagination';
import { ProgrammeStatusBadge } from '../components/programmes/StatusBadges';
import { useProgrammeLabels } from '../components/programmes/labels';
import { QuestionnaireList } from '../components/programmes/QuestionnaireList';
import { ReportList } from '../components/programmes/ReportList';
import { AppButtonLink, AppLink } from '../components/RouterLink';
import { useLoad } from '../components/useLoad';

/** "1 jan 2025 – 31 dec 2028" or "vanaf 1 jan 2025". */
export function usePeriod() {
  const { t } = useTranslation();
  return (from: string | null, to: string | null) =>
    !from ? '' : to ? t('programmes.period', { from: formatDate(from), to: formatDate(to) }) : t('programmes.periodFrom', { from: formatDate(from) });
}

export function ProgrammesPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const programmes = useLoad((signal) => programmesApi.programmes({ page, pageSize: 20 }, signal), [page]);
  const period = usePeriod();
  return (
    <>
      <PageTitle title={t('programmes.title')} />
      <Paragraph lead>{t('programmes.intro')}</Paragraph>
      <ErrorAlert error={programmes.error} />
      {programmes.loading && !programmes.data && <Loading />}
      {programmes.data && (
        <>
          <LiveText>{t('programmes.found', { count: programmes.data.total })}</LiveText>
          <ul className="dichtbij-result-list">
            {programmes.data.items.map((p) => (
              <li key={p.id} className="dichtbij-result">
                <Heading2 className="dichtbij-result__title">
                  <AppLink to={`/programmas/${p.id}`}>{p.name}</AppLink>
                </Heading2>
                <Paragraph className="dichtbij-result__meta">
                  <ProgrammeStatusBadge status={p.status} /> {t('programmes.leadBy', { name: p.leadOrganisation.name })} · {period(p.startsOn, p.endsOn)} ·{' '}
                  {t('programmes.projectCount', { count: p.projectCount })} · {t('programmes.organisationCount', { count: p.organisationCount })}
                </Paragraph>
              </li>
            ))}
          </ul>
          <Pagination page={programmes.data.page} pageSize={programmes.data.pageSize} total={programmes.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}

export function ProgrammePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const labels = useLabels();
  const pLabels = useProgrammeLabels();
  const period = usePeriod();
  const { data: programme, error, loading } = useLoad((signal) => programmesApi.programme(id, signal), [id]);

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to="/programmas">{t('programmes.back')}</AppLink>
      </p>
      <PageTitle title={programme?.name ?? t('programmes.programme')} />
      <ErrorAlert error={error} />
      {loading && !programme && <Loading />}
      {programme && (
        <>
          <Paragraph lead>{programme.aim}</Paragraph>
          <Details
            items={[
              { key: 'lead', label: t('programmes.lead'), value: <AppLink to={`/netwerk/organisaties/${programme.leadOrganisation.id}`}>{programme.leadOrganisation.name}</AppLink> },
              { key: 'period', label: t('programmes.periodLabel'), value: period(programme.startsOn, programme.endsOn) },
              { key: 'status', label: t('programmes.status'), value: <ProgrammeStatusBadge status={programme.status} /> },
              { key: 'areas', label: t('programmes.areas'), value: programme.areas.map((a) => a.name).join(', ') },
              { key: 'reporting', label: t('programmes.reporting'), value: t('programmes.reportEvery', { count: programme.reportEveryMonths }) },
            ]}
          />
          <p className="dichtbij-page-actions">
            <AppButtonLink to={`/programmas/${programme.id}/overzicht`}>{t('programmes.overview.open')}</AppButtonLink>
          </p>

          <section aria-labelledby="programme-projects">
            <Heading2 id="programme-projects">{t('programmes.projects')}</Heading2>
            {programme.projects.length === 0 ? (
              <Paragraph>{t('programmes.noProjects')}</Paragraph>
            ) : (
              <ul className="dichtbij-result-list">
                {programme.projects.map((project) => (
                  <li key={project.id} className="dichtbij-result">
                    <p className="dichtbij-result__title">
                      <AppLink to={`/programmas/${programme.id}/projecten/${project.id}`}>{project.name}</AppLink>
                    </p>
                    <Paragraph className="dichtbij-result__meta">
                      <ProgrammeStatusBadge status={project.status} />
                      {project.organisation && <> {project.organisation.name}</>}
                      {project.startsOn && <> · {period(project.startsOn, project.endsOn)}</>} · {t('programmes.goalCount', { count: project.goalCount })}
                    </Paragraph>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="programme-organisations">
            <Heading2 id="programme-organisations">{t('programmes.organisations')}</Heading2>
            <UnorderedList>
              {programme.organisations.map((o) => (
                <UnorderedListItem key={o.id}>
                  <AppLink to={`/netwerk/organisaties/${o.id}`}>{o.name}</AppLink> ({pLabels.role(o.role)}, {labels.organisationKind(o.kind)})
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </section>

          <QuestionnaireList programmeId={programme.id} />

          <section aria-labelledby="programme-reports">
            <Heading2 id="programme-reports">{t('programmes.reports.heading')}</Heading2>
            <ReportList programmeId={programme.id} />
          </section>

          <section aria-labelledby="programme-trainings">
            <Heading2 id="programme-trainings">{t('programmes.trainings')}</Heading2>
            {programme.trainings.length === 0 ? (
              <Paragraph>{t('programmes.noTrainings')}</Paragraph>
            ) : (
              <UnorderedList>
                {programme.trainings.map((training) => (
                  <UnorderedListItem key={training.id}>
                    <AppLink to={`/scholing/${training.id}`}>{training.name}</AppLink>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </section>
          <section aria-labelledby="programme-groups">
            <Heading2 id="programme-groups">{t('programmes.groups')}</Heading2>
            {programme.groups.length === 0 ? (
              <Paragraph>{t('programmes.noGroups')}</Paragraph>
            ) : (
              <UnorderedList>
                {programme.groups.map((group) => (
                  <UnorderedListItem key={group.id}>
                    <AppLink to={`/leernetwerk/groepen/${group.id}`}>{group.name}</AppLink>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </section>
        </>
      )}
    </>
  );
}
