import '../components/programmes/programmes.css';
import {
  ButtonGroup, Heading2, Heading3, Link, Paragraph, PrimaryActionButton, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
  UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { programmesApi, type TrainingDetail, type TrainingSession } from '../api/client';
import { Details } from '../components/Details';
import { ErrorAlert, LiveText, Loading, StatusMessage } from '../components/Feedback';
import { formatDate, formatDateTime } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { Pagination } from '../components/Pagination';
import { useProgrammeLabels } from '../components/programmes/labels';
import { TrainingOrganiser } from '../components/programmes/TrainingOrganiser';
import { AppButtonLink, AppLink } from '../components/RouterLink';
import { useAction } from '../components/useAction';
import { useLoad } from '../components/useLoad';
import { locale } from '../i18n';

const time = (iso: string) => new Intl.DateTimeFormat(locale(), { timeStyle: 'short' }).format(new Date(iso));

export function TrainingsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const trainings = useLoad((signal) => programmesApi.trainings({ page, pageSize: 20 }, signal), [page]);
  return (
    <>
      <PageTitle title={t('training.title')} />
      <Paragraph lead>{t('training.intro')}</Paragraph>
      <p className="dichtbij-page-actions">
        <AppButtonLink to="/scholing/voltooiing">{t('training.completionOverview')}</AppButtonLink>
      </p>
      <ErrorAlert error={trainings.error} />
      {trainings.loading && !trainings.data && <Loading />}
      {trainings.data && (
        <>
          <ul className="dichtbij-result-list">
            {trainings.data.items.map((training) => (
              <li key={training.id} className="dichtbij-result">
                <Heading2 className="dichtbij-result__title">
                  <AppLink to={`/scholing/${training.id}`}>{training.name}</AppLink>
                </Heading2>
                <Paragraph>{training.description}</Paragraph>
                <Paragraph className="dichtbij-result__meta">
                  {training.provider && <>{t('training.provider', { name: training.provider })} · </>}
                  {t('training.moduleCount', { count: training.moduleCount })} · {t('training.enrolmentCount', { count: training.enrolmentCount })}
                  {training.nextSessionAt && <> · {t('training.nextSession', { date: formatDateTime(training.nextSessionAt) })}</>}
                  {' · '}
                  {training.isEnrolled ? t('training.youAreEnrolled') : training.isEnrolmentOpen ? t('training.enrolmentOpen') : t('training.enrolmentClosed')}
                </Paragraph>
              </li>
            ))}
          </ul>
          <Pagination page={trainings.data.page} pageSize={trainings.data.pageSize} total={trainings.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}

function Session({ session }: { session: TrainingSession }) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels();
  return (
    <UnorderedListItem>
      <time dateTime={session.startsAt}>{formatDateTime(session.startsAt)}</time>–<time dateTime={session.endsAt}>{time(session.endsAt)}</time>
      {', '}
      {labels.sessionMode(session.mode)}
      {session.mode === 'on-location' && session.location && <>: {session.location}</>}
      {session.mode === 'online' && session.onlineUrl && (
        <>
          {': '}
          <Link href={session.onlineUrl}>{t('training.onlineLink')}</Link>
        </>
      )}
      {session.myAttendance !== null && <> · {session.myAttendance ? t('training.youAttended') : t('training.youMissed')}</>}
    </UnorderedListItem>
  );
}

function Enrol({ training, onEnrolled }: { training: TrainingDetail; onEnrolled: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const enrol = async () => {
    if ((await action.run(() => programmesApi.enrol(training.id))).ok) onEnrolled();
  };
  return (
    <>
      <ErrorAlert error={action.error} />
      <ButtonGroup>
        <PrimaryActionButton type="button" onClick={() => void enrol()} busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('training.enrol')}
        </PrimaryActionButton>
      </ButtonGroup>
    </>
  );
}

export function TrainingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [message, setMessage] = useState('');
  const { data: training, error, loading, reload } = useLoad((signal) => programmesApi.training(id, signal), [id]);
  const completed = training?.modules.filter((m) => m.myCompletedOn).length ?? 0;

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to="/scholing">{t('training.back')}</AppLink>
      </p>
      <PageTitle title={training?.name ?? t('training.training')} />
      <ErrorAlert error={error} />
      {loading && !training && <Loading />}
      {training && (
        <>
          <Paragraph lead>{training.description}</Paragraph>
          <Details
            items={[
              { key: 'provider', label: t('training.providerLabel'), value: training.provider },
              { key: 'organiser', label: t('training.organiserLabel'), value: training.organiserOrganisation.name },
              { key: 'programme', label: t('training.programme'), value: training.programme ? <AppLink to={`/programmas/${training.programme.id}`}>{training.programme.name}</AppLink> : null },
              { key: 'enrolments', label: t('training.enrolments'), value: String(training.enrolmentCount) },
              { key: 'open', label: t('training.enrolment'), value: training.isEnrolmentOpen ? t('training.enrolmentOpen') : t('training.enrolmentClosed') },
            ]}
          />
          <StatusMessage>{message}</StatusMessage>
          <section aria-labelledby="training-mine">
            <Heading2 id="training-mine">{t('training.myProgress')}</Heading2>
            {training.myEnrolment ? (
              <Paragraph>
                {t('training.enrolledOn', { date: formatDate(training.myEnrolment.enrolledAt) })}{' '}
                {t('training.modulesCompleted', { completed, total: training.modules.length })}
              </Paragraph>
            ) : (
              <>
                <Paragraph>{t('training.notEnrolled')}</Paragraph>
                <Enrol
                  training={training}
                  onEnrolled={() => {
                    setMessage(t('training.enrolled', { name: training.name }));
                    reload();
                  }}
                />
              </>
            )}
          </section>
          <section aria-labelledby="training-modules">
            <Heading2 id="training-modules">{t('training.modules')}</Heading2>
            {training.modules.map((module) => (
              <section key={module.id} aria-labelledby={`module-${module.id}`}>
                <Heading3 id={`module-${module.id}`}>
                  {module.position}. {module.title}
                </Heading3>
                {module.description && <Paragraph>{module.description}</Paragraph>}
                {module.myCompletedOn && <Paragraph>{t('training.youCompleted', { date: formatDate(module.myCompletedOn) })}</Paragraph>}
                {module.sessions.length === 0 ? (
                  <Paragraph>{t('training.noSessionsPlanned')}</Paragraph>
                ) : (
                  <UnorderedList aria-label={t('training.sessionsOf', { title: module.title })}>
                    {module.sessions.map((session) => (
                      <Session key={session.id} session={session} />
                    ))}
                  </UnorderedList>
                )}
              </section>
            ))}
          </section>
          {training.canManage && <TrainingOrganiser training={training} onChanged={reload} />}
        </>
      )}
    </>
  );
}

export function CompletionsPage() {
  const { t } = useTranslation();
  const overview = useLoad((signal) => programmesApi.trainingCompletions({}, signal), []);
  return (
    <>
      <p className="dichtbij-back">
        <AppLink to="/scholing">{t('training.back')}</AppLink>
      </p>
      <PageTitle title={t('training.completion.title')} />
      <Paragraph lead>{t('training.completion.intro')}</Paragraph>
      <ErrorAlert error={overview.error} />
      {overview.loading && !overview.data && <Loading />}
      {overview.data && overview.data.trainings.length === 0 && <LiveText>{t('training.completion.none')}</LiveText>}
      {overview.data?.trainings.map((training) => {
        const count = (modules: { moduleId: string; completed: number }[], moduleId: string) => modules.find((m) => m.moduleId === moduleId)?.completed ?? 0;
        return (
          <section key={training.id} aria-labelledby={`completion-${training.id}`}>
            <Heading2 id={`completion-${training.id}`}>{training.name}</Heading2>
            {training.programme && (
              <Paragraph className="dichtbij-result__meta">
                <AppLink to={`/programmas/${training.programme.id}`}>{training.programme.name}</AppLink>
              </Paragraph>
            )}
            <div className="utrecht-table-container dichtbij-table-container">
              <Table>
                <TableCaption className="dichtbij-visually-hidden">{t('training.completion.caption', { name: training.name })}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('training.organisation')}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="dichtbij-numeric">{t('training.completion.enrolled')}</TableHeaderCell>
                    {training.modules.map((m) => (
                      <TableHeaderCell key={m.id} scope="col" className="dichtbij-numeric">
                        {t('training.completion.module', { position: m.position, title: m.title })}
                      </TableHeaderCell>
                    ))}
                    <TableHeaderCell scope="col" className="dichtbij-numeric">{t('training.completion.completedAll')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {training.organisations.map((row) => (
                    <TableRow key={row.organisation?.id ?? 'none'}>
                      <TableHeaderCell scope="row">{row.organisation?.name ?? t('training.completion.noOrganisation')}</TableHeaderCell>
                      <TableCell className="dichtbij-numeric">{row.enrolled}</TableCell>
                      {training.modules.map((m) => (
                        <TableCell key={m.id} className="dichtbij-numeric">{count(row.modules, m.id)}</TableCell>
                      ))}
                      <TableCell className="dichtbij-numeric">{row.completedAll}</TableCell>
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableHeaderCell scope="row">{t('training.completion.total', { count: training.totals.organisations })}</TableHeaderCell>
                    <TableCell className="dichtbij-numeric">{training.totals.enrolled}</TableCell>
                    {training.modules.map((m) => (
                      <TableCell key={m.id} className="dichtbij-numeric">{count(training.totals.modules, m.id)}</TableCell>
                    ))}
                    <TableCell className="dichtbij-numeric">{training.totals.completedAll}</TableCell>
                  </TableRow>
                </TableBody>
              </Table>
            </div>
          </section>
        );
      })}
    </>
  );
}
