import { ButtonGroup, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, GOAL_STATUSES, type Family, type Goal, type GoalStatus, LIFE_DOMAINS, type LifeDomain } from '../../api/client';
import { ErrorAlert } from '../Feedback';
import { today, useLabels } from '../labels';
import { SelectField } from '../SelectField';
import { TextAreaField } from '../TextAreaField';
import { TextField } from '../TextField';
import { useAction } from '../useAction';
import { childName, orNull } from './shared';

interface FormProps {
  onDone: () => void;
  onCancel: () => void;
}

function Buttons({ busy, submit, onCancel }: { busy: boolean; submit: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <ButtonGroup>
      <PrimaryActionButton type="submit" busy={busy} aria-disabled={busy || undefined}>
        {submit}
      </PrimaryActionButton>
      <SecondaryActionButton type="button" onClick={onCancel}>
        {t('common.cancel')}
      </SecondaryActionButton>
    </ButtonGroup>
  );
}

/** A new goal, in the family's own words, in one life domain, for the whole family or one child. */
export function AddGoalForm({ family, planId, onDone, onCancel }: FormProps & { family: Family; planId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [domain, setDomain] = useState<LifeDomain | ''>('');
  const [childId, setChildId] = useState('');
  const [description, setDescription] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { domain: domain as LifeDomain, description, childId: orNull(childId) };
    if ((await action.run(() => api.addGoal(planId, body))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <div className="dichtbij-form__grid">
        <SelectField
          label={t('family.goals.domain')}
          name="domain"
          value={domain}
          emptyOption={t('family.goals.chooseDomain')}
          options={LIFE_DOMAINS.map((d) => ({ value: d, label: labels.lifeDomain(d) }))}
          onChange={(v) => setDomain(v as LifeDomain)}
          errorMessage={action.fieldErrors.domain}
          required
        />
        <SelectField
          label={t('family.goals.child')}
          name="childId"
          value={childId}
          emptyOption={t('family.goals.wholeFamily')}
          options={family.children.map((c) => ({ value: c.id, label: childName(c) }))}
          onChange={setChildId}
          errorMessage={action.fieldErrors.childId}
        />
      </div>
      <TextAreaField
        label={t('family.goals.description')}
        description={t('family.goals.descriptionHint')}
        name="description"
        value={description}
        onChange={setDescription}
        errorMessage={action.fieldErrors.description}
        required
      />
      <Buttons busy={action.busy} submit={t('family.goals.save')} onCancel={onCancel} />
    </form>
  );
}

/** An evaluation: a score from 1 to 10 and what the family and professionals say about it. */
export function EvaluateGoalForm({ goal, onDone, onCancel }: FormProps & { goal: Goal }) {
  const { t } = useTranslation();
  const [score, setScore] = useState('');
  const [note, setNote] = useState('');
  const [evaluatedOn, setEvaluatedOn] = useState(today);
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { score: Number(score), note: orNull(note), evaluatedOn };
    if ((await action.run(() => api.evaluateGoal(goal.id, body))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <div className="dichtbij-form__grid">
        <TextField label={t('family.goals.score')} description={t('family.goals.scoreHint')} name="score" type="number" min={1} max={10} value={score} onChange={setScore} errorMessage={action.fieldErrors.score} required />
        <TextField label={t('family.goals.evaluatedOn')} name="evaluatedOn" type="date" value={evaluatedOn} onChange={setEvaluatedOn} errorMessage={action.fieldErrors.evaluatedOn} required />
      </div>
      <TextAreaField label={t('family.goals.note')} name="note" value={note} onChange={setNote} errorMessage={action.fieldErrors.note} />
      <Buttons busy={action.busy} submit={t('family.goals.saveEvaluation')} onCancel={onCancel} />
    </form>
  );
}

export function GoalStatusForm({ goal, onDone, onCancel }: FormProps & { goal: Goal }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [status, setStatus] = useState(goal.status);
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run(() => api.updateGoal(goal.id, { status: status as GoalStatus }))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <SelectField
        label={t('family.goals.status')}
        name="status"
        value={status}
        options={GOAL_STATUSES.map((s) => ({ value: s, label: labels.goalStatus(s) }))}
        onChange={setStatus}
        errorMessage={action.fieldErrors.status}
      />
      <Buttons busy={action.busy} submit={t('common.save')} onCancel={onCancel} />
    </form>
  );
}
