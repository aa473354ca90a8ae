import './programmes.css';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { programmesApi } from '../../api/client';
import { ErrorAlert, Loading } from '../Feedback';
import { formatDate } from '../labels';
import { AppLink } from '../RouterLink';
import { useLoad } from '../useLoad';
import { ResponseStatusBadge } from './StatusBadges';
import { useProgrammeLabels } from './labels';

/**
 * On the home page: the programme lead's programmes, open questionnaires (with response counts) and reports
 * due; school staff see the questionnaires their school can answer.
 */
export function MyProgrammes({ isLead }: { isLead: boolean }) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels();
  const { data, error, loading } = useLoad((signal) => programmesApi.myProgrammes(signal), []);
  if (!isLead && data && data.questionnairesToAnswer.length === 0) return null;

  return (
    <div className="dichtbij-home-programmes">
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && isLead && (
        <section aria-labelledby="home-programmes">
          <Heading2 id="home-programmes">{t('programmes.home.myProgrammes')}</Heading2>
          {data.programmes.length === 0 ? (
            <Paragraph>{t('programmes.home.noProgrammes')}</Paragraph>
          ) : (
            <UnorderedList>
              {data.programmes.map((p) => (
                <UnorderedListItem key={p.id}>
                  <AppLink to={`/programmas/${p.id}`}>{p.name}</AppLink> ({labels.status(p.status)}, {t('programmes.projectCount', { count: p.projectCount })})
                  {' · '}
                  <AppLink to={`/programmas/${p.id}/overzicht`} aria-label={t('programmes.home.overviewOf', { name: p.name })}>
                    {t('programmes.overview.titleShort')}
                  </AppLink>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      )}
      {data && isLead && (
        <section aria-labelledby="home-open-questionnaires">
          <Heading2 id="home-open-questionnaires">{t('programmes.home.openQuestionnaires')}</Heading2>
          {data.openQuestionnaires.length === 0 ? (
            <Paragraph>{t('programmes.home.noOpenQuestionnaires')}</Paragraph>
          ) : (
            <UnorderedList>
              {data.openQuestionnaires.map((q) => (
                <UnorderedListItem key={q.id}>
                  <AppLink to={`/programmas/${q.programme.id}/vragenlijsten/${q.id}`}>{q.title}</AppLink> ({q.programme.name}):{' '}
                  {t('programmes.questionnaires.responses', { submitted: q.submitted, recipients: q.recipients })}
                  {q.closesOn && <>, {t('programmes.questionnaires.closesOn', { date: formatDate(q.closesOn) })}</>}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      )}
      {data && isLead && (
        <section aria-labelledby="home-reports-due">
          <Heading2 id="home-reports-due">{t('programmes.reportsDue.heading')}</Heading2>
          {data.reportsDue.length === 0 ? (
            <Paragraph>{t('programmes.reportsDue.none')}</Paragraph>
          ) : (
            <UnorderedList>
              {data.reportsDue.map((due) => (
                <UnorderedListItem key={`${due.programme.id}-${due.project?.id ?? 'programme'}-${due.periodStart}`}>
                  {due.project ? (
                    <AppLink to={`/programmas/${due.programme.id}/projecten/${due.project.id}`}>{due.project.name}</AppLink>
                  ) : (
                    <AppLink to={`/programmas/${due.programme.id}`}>{due.programme.name}</AppLink>
                  )}
                  {': '}
                  {t('programmes.period', { from: formatDate(due.periodStart), to: formatDate(due.periodEnd) })}
                  {' · '}
                  {due.isOverdue ? t('programmes.reportsDue.overdue', { date: formatDate(due.dueOn) }) : t('programmes.reportsDue.dueOn', { date: formatDate(due.dueOn) })}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      )}
      {data && data.questionnairesToAnswer.length > 0 && (
        <section aria-labelledby="home-to-answer">
          <Heading2 id="home-to-answer">{t('programmes.home.toAnswer')}</Heading2>
          <UnorderedList>
            {data.questionnairesToAnswer.map((q) => (
              <UnorderedListItem key={`${q.id}-${q.organisation.id}`}>
                <AppLink to={`/programmas/${q.programme.id}/vragenlijsten/${q.id}`}>{q.title}</AppLink>{' '}
                {t('programmes.home.forOrganisation', { organisation: q.organisation.name, programme: q.programme.name })} <ResponseStatusBadge status={q.responseStatus} />
                {q.closesOn && <> {t('programmes.questionnaires.closesOn', { date: formatDate(q.closesOn) })}</>}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
    </div>
  );
}
