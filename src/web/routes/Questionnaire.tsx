import '../components/programmes/programmes.css';
import {
  ButtonGroup, Heading2, Heading3, OrderedList, OrderedListItem, Paragraph, PrimaryActionButton, SecondaryActionButton, Table, TableBody, TableCaption,
  TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { programmesApi, type QuestionnaireDetail } from '../api/client';
import { Details } from '../components/Details';
import { Disclosure } from '../components/Disclosure';
import { ErrorAlert, Loading, StatusMessage } from '../components/Feedback';
import { formatDate, formatDateTime } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { AnswerForm } from '../components/programmes/AnswerForm';
import { useProgrammeLabels } from '../components/programmes/labels';
import { MakeGoal } from '../components/programmes/MakeGoal';
import { ResponseStatusBadge } from '../components/programmes/StatusBadges';
import { AppButtonLink, AppLink } from '../components/RouterLink';
import { useAction } from '../components/useAction';
import { useLoad } from '../components/useLoad';

function Recipients({ questionnaire }: { questionnaire: QuestionnaireDetail }) {
  const { t } = useTranslation();
  if (questionnaire.recipients.length === 0) return <Paragraph>{t('programmes.questionnaires.noRecipients')}</Paragraph>;
  return (
    <div className="utrecht-table-container dichtbij-table-container">
      <Table>
        <TableCaption className="dichtbij-visually-hidden">{t('programmes.questionnaires.recipients')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('programmes.questionnaires.school')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('programmes.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('programmes.questionnaires.submittedOn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {questionnaire.recipients.map((r) => (
            <TableRow key={r.organisation.id}>
              <TableHeaderCell scope="row">{r.organisation.name}</TableHeaderCell>
              <TableCell>
                <ResponseStatusBadge status={r.responseStatus} />
              </TableCell>
              <TableCell>{formatDateTime(r.submittedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The lead's actions: send the draft to the schools, close it, compare the answers. */
function LeadActions({ questionnaire, onChanged }: { questionnaire: QuestionnaireDetail; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const send = async () => {
    if ((await action.run(() => programmesApi.dispatchQuestionnaire(questionnaire.id))).ok) onChanged(t('programmes.questionnaires.sent'));
  };
  const close = async () => {
    if (!window.confirm(t('programmes.questionnaires.confirmClose'))) return;
    if ((await action.run(() => programmesApi.closeQuestionnaire(questionnaire.id))).ok) onChanged(t('programmes.questionnaires.closed'));
  };
  return (
    <>
      <ErrorAlert error={action.error} />
      <ButtonGroup>
        {questionnaire.status === 'draft' && (
          <PrimaryActionButton type="button" onClick={() => void send()} busy={action.busy} aria-disabled={action.busy || undefined}>
            {t('programmes.questionnaires.send')}
          </PrimaryActionButton>
        )}
        {questionnaire.status !== 'draft' && (
          <AppButtonLink primary to={`/programmas/${questionnaire.programme.id}/vragenlijsten/${questionnaire.id}/vergelijking`}>
            {t('programmes.comparison.open')}
          </AppButtonLink>
        )}
        {questionnaire.status === 'sent' && (
          <SecondaryActionButton type="button" onClick={() => void close()} aria-disabled={action.busy || undefined}>
            {t('programmes.questionnaires.close')}
          </SecondaryActionButton>
        )}
      </ButtonGroup>
    </>
  );
}

export function QuestionnairePage() {
  const { t } = useTranslation();
  const labels = useProgrammeLabels();
  const { id: programmeId = '', qid = '' } = useParams();
  const [message, setMessage] = useState('');
  const { data: q, error, loading, reload } = useLoad((signal) => programmesApi.questionnaire(qid, signal), [qid]);

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to={`/programmas/${q?.programme.id ?? programmeId}`}>{t('programmes.backTo', { name: q?.programme.name ?? t('programmes.programme') })}</AppLink>
      </p>
      <PageTitle title={q?.title ?? t('programmes.questionnaires.title')} />
      <ErrorAlert error={error} />
      {loading && !q && <Loading />}
      {q && (
        <>
          {q.introduction && <Paragraph lead>{q.introduction}</Paragraph>}
          <Details
            items={[
              { key: 'status', label: t('programmes.status'), value: labels.questionnaireStatus(q.status) },
              { key: 'sent', label: t('programmes.questionnaires.sentAt'), value: formatDateTime(q.sentAt) },
              { key: 'closes', label: t('programmes.questionnaires.closesOnLabel'), value: formatDate(q.closesOn) },
            ]}
          />
          <StatusMessage>{message}</StatusMessage>
          {q.canManage && (
            <>
              <LeadActions
                questionnaire={q}
                onChanged={(text) => {
                  setMessage(text);
                  reload();
                }}
              />
              <section aria-labelledby="questionnaire-questions">
                <Heading2 id="questionnaire-questions">{t('programmes.questionnaires.questions')}</Heading2>
                <OrderedList>
                  {q.questions.map((question) => (
                    <OrderedListItem key={question.id}>
                      {question.text}
                      {question.hint && <span className="dichtbij-result__meta"> ({question.hint})</span>}
                    </OrderedListItem>
                  ))}
                </OrderedList>
              </section>
              <section aria-labelledby="questionnaire-recipients">
                <Heading2 id="questionnaire-recipients">{t('programmes.questionnaires.recipients')}</Heading2>
                <Recipients questionnaire={q} />
              </section>
            </>
          )}
          {q.myResponses.map((response) => (
            <AnswerForm key={response.organisation.id} questionnaireId={q.id} questions={q.questions} response={response} open={q.status === 'sent'} onSaved={reload} />
          ))}
          {!q.canManage && q.myResponses.length === 0 && <Paragraph>{t('programmes.questionnaires.notForYou')}</Paragraph>}
        </>
      )}
    </>
  );
}

export function ComparisonPage() {
  const { t } = useTranslation();
  const { id: programmeId = '', qid = '' } = useParams();
  const [message, setMessage] = useState('');
  const { data, error, loading, reload } = useLoad((signal) => programmesApi.questionnaireComparison(qid, signal), [qid]);
  const projectOf = (organisationId: string) => data?.recipients.find((r) => r.organisation.id === organisationId)?.projectId ?? null;
  const submitted = data?.recipients.filter((r) => r.responseStatus === 'submitted').length ?? 0;

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to={`/programmas/${programmeId}/vragenlijsten/${qid}`}>{t('programmes.comparison.back', { title: data?.questionnaire.title ?? '' })}</AppLink>
      </p>
      <PageTitle title={data ? t('programmes.comparison.title', { title: data.questionnaire.title }) : t('programmes.comparison.titleShort')} />
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      <StatusMessage>{message}</StatusMessage>
      {data && (
        <>
          <Paragraph lead>{t('programmes.comparison.intro', { submitted, recipients: data.recipients.length })}</Paragraph>
          {data.questions.map((question, i) => (
            <section key={question.id} aria-labelledby={`question-${question.id}`}>
              <Heading2 id={`question-${question.id}`}>
                {i + 1}. {question.text}
              </Heading2>
              {question.answers.length === 0 ? (
                <Paragraph>{t('programmes.comparison.noAnswers')}</Paragraph>
              ) : (
                <ul className="dichtbij-result-list">
                  {question.answers.map((answer) => {
                    const projectId = projectOf(answer.organisation.id);
                    return (
                      <li key={answer.answerId} className="dichtbij-result">
                        <Heading3 className="dichtbij-result__title">{answer.organisation.name}</Heading3>
                        <p className="dichtbij-quote">{answer.text}</p>
                        <Disclosure label={t('programmes.comparison.makeGoal')} ariaLabel={t('programmes.comparison.makeGoalFor', { organisation: answer.organisation.name, question: i + 1 })}>
                          {(close) => (
                            <MakeGoal
                              programmeId={data.questionnaire.programme.id}
                              answerId={answer.answerId}
                              answerText={answer.text}
                              organisation={answer.organisation}
                              projectId={projectId}
                              onCancel={close}
                              onDone={() => {
                                setMessage(t('programmes.comparison.goalMade', { organisation: answer.organisation.name }));
                                close();
                                reload();
                              }}
                            />
                          )}
                        </Disclosure>
                        {projectId && (
                          <Paragraph className="dichtbij-result__meta">
                            <AppLink to={`/programmas/${data.questionnaire.programme.id}/projecten/${projectId}`}>
                              {t('programmes.comparison.toProject', { organisation: answer.organisation.name })}
                            </AppLink>
                          </Paragraph>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
