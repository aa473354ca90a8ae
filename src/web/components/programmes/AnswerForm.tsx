import { ButtonGroup, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmesApi, type Question, type QuestionnaireResponse } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../Feedback';
import { formatDateTime } from '../labels';
import { TextAreaField } from '../TextAreaField';
import { useAction } from '../useAction';
import { ResponseStatusBadge } from './StatusBadges';

/** A school's answers: save as a draft, or send them in (they can be updated until the questionnaire closes). */
export function AnswerForm({
  questionnaireId, questions, response, open, onSaved,
}: { questionnaireId: string; questions: Question[]; response: QuestionnaireResponse; open: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, string>>(() => Object.fromEntries(response.answers.map((a) => [a.questionId, a.text])));
  const [message, setMessage] = useState('');
  const action = useAction();
  const headingId = `answers-${response.organisation.id}`;

  const save = async (submit: boolean) => {
    setMessage('');
    const body = { answers: questions.map((q) => ({ questionId: q.id, text: answers[q.id] ?? '' })), submit };
    const result = await action.run(() => programmesApi.saveResponse(questionnaireId, response.organisation.id, body));
    if (result.ok) {
      setMessage(submit ? t('programmes.questionnaires.submitted') : t('programmes.questionnaires.draftSaved'));
      onSaved();
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(true);
  };

  return (
    <section aria-labelledby={headingId} className="dichtbij-panel">
      <Heading2 id={headingId}>{t('programmes.questionnaires.answersFor', { organisation: response.organisation.name })}</Heading2>
      <Paragraph>
        <ResponseStatusBadge status={response.status} />
        {response.submittedAt && <> {t('programmes.questionnaires.submittedAt', { date: formatDateTime(response.submittedAt), name: response.submittedBy?.name ?? '' })}</>}
      </Paragraph>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={action.error} />
      {open ? (
        <form onSubmit={onSubmit} noValidate className="dichtbij-form dichtbij-form--wide">
          {questions.map((q, i) => (
            <TextAreaField
              key={q.id}
              label={`${i + 1}. ${q.text}`}
              description={q.hint ?? undefined}
              name={`answer-${q.id}`}
              value={answers[q.id] ?? ''}
              onChange={(value) => setAnswers((a) => ({ ...a, [q.id]: value }))}
              errorMessage={action.fieldErrors[`answers.${i}.text`]}
              rows={4}
            />
          ))}
          <ButtonGroup>
            <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
              {t('programmes.questionnaires.submit')}
            </PrimaryActionButton>
            <SecondaryActionButton type="button" onClick={() => void save(false)} aria-disabled={action.busy || undefined}>
              {t('programmes.questionnaires.saveDraft')}
            </SecondaryActionButton>
          </ButtonGroup>
        </form>
      ) : (
        <ol>
          {questions.map((q) => (
            <li key={q.id}>
              <strong>{q.text}</strong>
              <p className="dichtbij-quote">{answers[q.id] || t('programmes.questionnaires.noAnswer')}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
