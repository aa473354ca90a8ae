import { ButtonGroup, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmesApi } from '../../api/client';
import { ErrorAlert } from '../Feedback';
import { TextAreaField } from '../TextAreaField';
import { TextField } from '../TextField';
import { useAction } from '../useAction';

/** "Voortgang rapporteren": a period, what was done, what was learned and the next steps. */
export function ReportForm({ programmeId, projectId, onDone, onCancel }: { programmeId: string; projectId: string | null; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [done, setDone] = useState('');
  const [learned, setLearned] = useState('');
  const [nextSteps, setNextSteps] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { projectId, periodStart, periodEnd, done, learned, nextSteps };
    if ((await action.run(() => programmesApi.createProgressReport(programmeId, body))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <div className="dichtbij-form__grid">
        <TextField type="date" label={t('programmes.reports.periodStart')} name="periodStart" value={periodStart} onChange={setPeriodStart} errorMessage={action.fieldErrors.periodStart} required />
        <TextField type="date" label={t('programmes.reports.periodEnd')} name="periodEnd" value={periodEnd} onChange={setPeriodEnd} errorMessage={action.fieldErrors.periodEnd} required />
      </div>
      <TextAreaField label={t('programmes.reports.done')} name="done" value={done} onChange={setDone} errorMessage={action.fieldErrors.done} required rows={4} />
      <TextAreaField label={t('programmes.reports.learned')} name="learned" value={learned} onChange={setLearned} errorMessage={action.fieldErrors.learned} required rows={4} />
      <TextAreaField label={t('programmes.reports.nextSteps')} name="nextSteps" value={nextSteps} onChange={setNextSteps} errorMessage={action.fieldErrors.nextSteps} required rows={4} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('programmes.reports.submit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

/** A new project goal; with `sourceAnswerId` it is made from a school's answer. */
export function GoalForm({
  projectId, sourceAnswerId, initialDescription = '', onDone, onCancel,
}: { projectId: string; sourceAnswerId?: string; initialDescription?: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [description, setDescription] = useState(initialDescription);
  const [target, setTarget] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { description, target: target.trim() || null, sourceAnswerId: sourceAnswerId ?? null };
    if ((await action.run(() => programmesApi.addProjectGoal(projectId, body))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <TextAreaField label={t('programmes.goals.description')} name="description" value={description} onChange={setDescription} errorMessage={action.fieldErrors.description} required />
      <TextField label={t('programmes.goals.target')} name="target" value={target} onChange={setTarget} errorMessage={action.fieldErrors.target} description={t('programmes.goals.targetHint')} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('programmes.goals.save')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
