import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { programmesApi } from '../../api/client';
import { ErrorAlert, Loading } from '../Feedback';
import { formatDate } from '../labels';
import { AppLink } from '../RouterLink';
import { useLoad } from '../useLoad';
import { useProgrammeLabels } from './labels';

/** The programme's questionnaires (drafts only for the lead), with how many schools answered. */
export function QuestionnaireList({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels();
  const list = useLoad((signal) => programmesApi.questionnaires(programmeId, signal), [programmeId]);
  return (
    <section aria-labelledby="programme-questionnaires">
      <Heading2 id="programme-questionnaires">{t('programmes.questionnaires.heading')}</Heading2>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && <Loading />}
      {list.data &&
        (list.data.items.length === 0 ? (
          <Paragraph>{t('programmes.questionnaires.none')}</Paragraph>
        ) : (
          <ul className="dichtbij-result-list">
            {list.data.items.map((q) => (
              <li key={q.id} className="dichtbij-result">
                <p className="dichtbij-result__title">
                  <AppLink to={`/programmas/${programmeId}/vragenlijsten/${q.id}`}>{q.title}</AppLink>
                </p>
                <Paragraph className="dichtbij-result__meta">
                  {labels.questionnaireStatus(q.status)}
                  {q.status !== 'draft' && <> · {t('programmes.questionnaires.responses', { submitted: q.submitted, recipients: q.recipients })}</>}
                  {q.closesOn && <> · {t('programmes.questionnaires.closesOn', { date: formatDate(q.closesOn) })}</>}
                </Paragraph>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
