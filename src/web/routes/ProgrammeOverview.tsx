import '../components/programmes/programmes.css';
import {
  ButtonGroup, Heading2, Heading3, Paragraph, PrimaryActionButton, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
  UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PROGRAMME_STATUSES, programmesApi } from '../api/client';
import { Details } from '../components/Details';
import { ErrorAlert, Loading } from '../components/Feedback';
import { formatDate, formatDateTime } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { useProgrammeLabels } from '../components/programmes/labels';
import { ProgrammeStatusBadge } from '../components/programmes/StatusBadges';
import { AppLink } from '../components/RouterLink';
import { useLoad } from '../components/useLoad';
import { usePeriod } from './Programmes';

function Figure({ number, label }: { number: number; label: string }) {
  return (
    <li className="dichtbij-figure">
      <span className="dichtbij-figure__number">{number}</span> {label}
    </li>
  );
}

/** The programme overview: every project with status and figures at a glance, ready to print or save as PDF. */
export function ProgrammeOverviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const labels = useProgrammeLabels();
  const period = usePeriod();
  const { data, error, loading } = useLoad((signal) => programmesApi.programmeOverview(id, signal), [id]);
  const programme = data?.programme;

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to={`/programmas/${id}`}>{t('programmes.backTo', { name: programme?.name ?? t('programmes.programme') })}</AppLink>
      </p>
      <PageTitle title={programme ? t('programmes.overview.title', { name: programme.name }) : t('programmes.overview.titleShort')} />
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && programme && (
        <>
          <Paragraph lead>{programme.aim}</Paragraph>
          <Details
            items={[
              { key: 'lead', label: t('programmes.lead'), value: programme.leadOrganisation.name },
              { key: 'period', label: t('programmes.periodLabel'), value: period(programme.startsOn, programme.endsOn) },
              { key: 'status', label: t('programmes.status'), value: <ProgrammeStatusBadge status={programme.status} /> },
              { key: 'generated', label: t('programmes.overview.generatedAt'), value: formatDateTime(data.generatedAt) },
            ]}
          />

          <ButtonGroup className="dichtbij-no-print">
            <PrimaryActionButton type="button" onClick={() => window.print()}>
              {t('programmes.overview.print')}
            </PrimaryActionButton>
          </ButtonGroup>

          <section aria-labelledby="overview-figures" className="dichtbij-print-section">
            <Heading2 id="overview-figures">{t('programmes.overview.figures')}</Heading2>
            <ul className="dichtbij-figures">
              <Figure number={data.figures.projects.total} label={t('programmes.overview.projects')} />
              {PROGRAMME_STATUSES.filter((s) => data.figures.projects.byStatus[s]).map((s) => (
                <Figure key={s} number={data.figures.projects.byStatus[s] ?? 0} label={t('programmes.overview.projectsWithStatus', { status: labels.status(s).toLowerCase() })} />
              ))}
              <Figure number={data.figures.goals.total} label={t('programmes.overview.goalsTotal')} />
              <Figure number={data.figures.goals.byStatus.achieved ?? 0} label={t('programmes.overview.goalsAchieved')} />
              <Figure number={data.figures.schools} label={t('programmes.overview.schools')} />
              <Figure number={data.figures.questionnaires.submitted} label={t('programmes.overview.answersOf', { count: data.figures.questionnaires.recipients })} />
            </ul>
          </section>

          <section aria-labelledby="overview-projects">
            <Heading2 id="overview-projects">{t('programmes.projects')}</Heading2>
            <div className="utrecht-table-container dichtbij-table-container">
              <Table>
                <TableCaption className="dichtbij-visually-hidden">{t('programmes.overview.projectsCaption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('programmes.project')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('programmes.projectOrganisation')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('programmes.status')}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="dichtbij-numeric">{t('programmes.overview.goals')}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="dichtbij-numeric">{t('programmes.goalStatuses.achieved')}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="dichtbij-numeric">{t('programmes.goalStatuses.in-progress')}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="dichtbij-numeric">{t('programmes.goalStatuses.open')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('programmes.overview.lastReport')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.projects.map((p) => (
                    <TableRow key={p.id}>
                      <TableHeaderCell scope="row">
                        <AppLink to={`/programmas/${id}/projecten/${p.id}`}>{p.name}</AppLink>
                      </TableHeaderCell>
                      <TableCell>{p.organisation?.name ?? ''}</TableCell>
                      <TableCell>
                        <ProgrammeStatusBadge status={p.status} />
                      </TableCell>
                      <TableCell className="dichtbij-numeric">{p.goals.total}</TableCell>
                      <TableCell className="dichtbij-numeric">{p.goals.achieved}</TableCell>
                      <TableCell className="dichtbij-numeric">{p.goals.inProgress}</TableCell>
                      <TableCell className="dichtbij-numeric">{p.goals.open}</TableCell>
                      <TableCell>
                        {p.lastReport ? t('programmes.period', { from: formatDate(p.lastReport.periodStart), to: formatDate(p.lastReport.periodEnd) }) : t('programmes.overview.noReport')}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>

          {data.projects.map((p) => (
            <section key={p.id} aria-labelledby={`overview-project-${p.id}`} className="dichtbij-print-section">
              <Heading3 id={`overview-project-${p.id}`}>{p.name}</Heading3>
              <Details
                items={[
                  { key: 'org', label: t('programmes.projectOrganisation'), value: p.organisation?.name },
                  { key: 'partners', label: t('programmes.partners'), value: p.partners.map((x) => x.name).join(', ') },
                  { key: 'done', label: t('programmes.reports.done'), value: p.lastReport?.done },
                  { key: 'next', label: t('programmes.reports.nextSteps'), value: p.lastReport?.nextSteps },
                ]}
              />
            </section>
          ))}

          {(data.figures.trainings.length > 0 || data.figures.groups.length > 0) && (
            <section aria-labelledby="overview-learning" className="dichtbij-print-section">
              <Heading2 id="overview-learning">{t('programmes.overview.learning')}</Heading2>
              <UnorderedList>
                {data.figures.trainings.map((training) => (
                  <UnorderedListItem key={training.id}>
                    {t('programmes.overview.trainingFigures', { name: training.name, enrolled: training.enrolled, completed: training.completed, organisations: training.organisations })}
                  </UnorderedListItem>
                ))}
                {data.figures.groups.map((group) => (
                  <UnorderedListItem key={group.id}>
                    {t('programmes.overview.groupFigures', { name: group.name, members: group.members, posts: group.posts })}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
          )}

          <section aria-labelledby="overview-due" className="dichtbij-print-section">
            <Heading2 id="overview-due">{t('programmes.reportsDue.heading')}</Heading2>
            {data.reportsDue.length === 0 ? (
              <Paragraph>{t('programmes.reportsDue.none')}</Paragraph>
            ) : (
              <UnorderedList>
                {data.reportsDue.map((due) => (
                  <UnorderedListItem key={`${due.project?.id ?? 'programme'}-${due.periodStart}`}>
                    {due.project?.name ?? t('programmes.reports.wholeProgramme')}: {t('programmes.period', { from: formatDate(due.periodStart), to: formatDate(due.periodEnd) })}
                    {' · '}
                    {due.isOverdue ? t('programmes.reportsDue.overdue', { date: formatDate(due.dueOn) }) : t('programmes.reportsDue.dueOn', { date: formatDate(due.dueOn) })}
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
