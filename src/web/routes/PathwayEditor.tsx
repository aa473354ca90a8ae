import '../components/work/work.css';
import {
  ButtonGroup, Fieldset, FieldsetLegend, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, ENTRY_POINTS, JOB_FUNCTIONS, ORGANISATION_KINDS, OUTCOMES, type Pathway, type PathwayInput } from '../api/client';
import { CheckboxField } from '../components/CheckboxField';
import { CheckboxGroup } from '../components/ChoiceGroup';
import { useMunicipalities } from '../components/family/useMunicipalities';
import { ErrorAlert, Loading, StatusMessage } from '../components/Feedback';
import { useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { useAction } from '../components/useAction';
import { useLoad } from '../components/useLoad';
import { useWorkLabels } from '../components/work/labels';

interface StepDraft {
  /** Keeps React's idea of a step stable while steps move up and down. */
  key: number;
  name: string;
  responsibleFunction: string;
  responsibleOrganisationKind: string;
  deadlineWorkingDays: string;
}

let nextKey = 1;
const emptyStep = (): StepDraft => ({ key: nextKey++, name: '', responsibleFunction: '', responsibleOrganisationKind: '', deadlineWorkingDays: '5' });
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toInput(draft: { name: string; description: string; areaId: string; entryPoints: string[]; outcomes: string[]; isActive: boolean; steps: StepDraft[] }): PathwayInput {
  return {
    name: draft.name,
    description: orNull(draft.description),
    areaId: orNull(draft.areaId),
    entryPoints: draft.entryPoints,
    outcomes: draft.outcomes,
    isActive: draft.isActive,
    steps: draft.steps.map((s) => ({
      name: s.name,
      responsibleFunction: orNull(s.responsibleFunction),
      responsibleOrganisationKind: orNull(s.responsibleOrganisationKind),
      // A number the server can check; an empty or odd value is sent as it is and refused there.
      deadlineWorkingDays: s.deadlineWorkingDays.trim() === '' ? Number.NaN : Number(s.deadlineWorkingDays),
    })),
  };
}

interface StepFieldsetProps {
  index: number;
  count: number;
  step: StepDraft;
  errors: Record<string, string>;
  onChange: (step: StepDraft) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

function StepFieldset({ index, count, step, errors, onChange, onMove, onRemove }: StepFieldsetProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const field = (name: string) => errors[`steps.${index}.${name}`];
  const number = index + 1;
  const set = (changes: Partial<StepDraft>) => onChange({ ...step, ...changes });
  return (
    <Fieldset className="dichtbij-group dichtbij-step-editor">
      <FieldsetLegend>{t('pathwayEditor.stepLegend', { number, name: step.name || t('pathwayEditor.unnamed') })}</FieldsetLegend>
      <TextField label={t('pathwayEditor.stepName')} name={`steps.${index}.name`} value={step.name} onChange={(name) => set({ name })} errorMessage={field('name')} required />
      <div className="dichtbij-form__grid">
        <SelectField
          label={t('pathwayEditor.responsibleFunction')}
          name={`steps.${index}.responsibleFunction`}
          value={step.responsibleFunction}
          emptyOption={t('pathwayEditor.noFunction')}
          options={JOB_FUNCTIONS.map((f) => ({ value: f, label: labels.jobFunction(f) }))}
          onChange={(responsibleFunction) => set({ responsibleFunction })}
          errorMessage={field('responsibleFunction')}
        />
        <SelectField
          label={t('pathwayEditor.responsibleOrganisationKind')}
          name={`steps.${index}.responsibleOrganisationKind`}
          value={step.responsibleOrganisationKind}
          emptyOption={t('pathwayEditor.noOrganisationKind')}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: labels.organisationKind(k) }))}
          onChange={(responsibleOrganisationKind) => set({ responsibleOrganisationKind })}
          errorMessage={field('responsibleOrganisationKind')}
        />
        <TextField
          label={t('pathwayEditor.deadline')}
          description={t('pathwayEditor.deadlineHint')}
          name={`steps.${index}.deadlineWorkingDays`}
          type="number"
          min={0}
          max={250}
          value={step.deadlineWorkingDays}
          onChange={(deadlineWorkingDays) => set({ deadlineWorkingDays })}
          errorMessage={field('deadlineWorkingDays')}
          required
        />
      </div>
      <ButtonGroup>
        {index > 0 && (
          <SecondaryActionButton type="button" aria-label={t('pathwayEditor.moveUpLabel', { number })} onClick={() => onMove(-1)}>
            {t('pathwayEditor.moveUp')}
          </SecondaryActionButton>
        )}
        {index < count - 1 && (
          <SecondaryActionButton type="button" aria-label={t('pathwayEditor.moveDownLabel', { number })} onClick={() => onMove(1)}>
            {t('pathwayEditor.moveDown')}
          </SecondaryActionButton>
        )}
        {count > 1 && (
          <SecondaryActionButton type="button" aria-label={t('pathwayEditor.removeLabel', { number })} onClick={onRemove}>
            {t('pathwayEditor.remove')}
          </SecondaryActionButton>
        )}
      </ButtonGroup>
    </Fieldset>
  );
}

function PathwayForm({ pathway }: { pathway?: Pathway }) {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const navigate = useNavigate();
  const municipalities = useMunicipalities();
  const [name, setName] = useState(pathway?.name ?? '');
  const [description, setDescription] = useState(pathway?.description ?? '');
  const [areaId, setAreaId] = useState(pathway?.area?.id ?? '');
  const [entryPoints, setEntryPoints] = useState<string[]>(pathway?.entryPoints ?? []);
  const [outcomes, setOutcomes] = useState<string[]>(pathway?.outcomes ?? []);
  const [isActive, setIsActive] = useState(pathway?.isActive ?? true);
  const [steps, setSteps] = useState<StepDraft[]>(() =>
    pathway?.steps.length
      ? pathway.steps.map((s) => ({
          key: nextKey++,
          name: s.name,
          responsibleFunction: s.responsibleFunction ?? '',
          responsibleOrganisationKind: s.responsibleOrganisationKind ?? '',
          deadlineWorkingDays: String(s.deadlineWorkingDays),
        }))
      : [emptyStep()],
  );
  const [moved, setMoved] = useState('');
  const action = useAction();
  const errors = action.fieldErrors;

  // An area the list does not hold (e.g. a region) stays choosable.
  const areaOptions = (municipalities.data ?? []).map((a) => ({ value: a.id, label: a.name }));
  if (pathway?.area && !areaOptions.some((o) => o.value === pathway.area?.id)) areaOptions.unshift({ value: pathway.area.id, label: pathway.area.name });

  const move = (index: number, offset: -1 | 1) => {
    setSteps((list) => {
      const next = [...list];
      const [step] = next.splice(index, 1);
      if (step) next.splice(index + offset, 0, step);
      return next;
    });
    setMoved(t('pathwayEditor.moved', { from: index + 1, to: index + 1 + offset }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = toInput({ name, description, areaId, entryPoints, outcomes, isActive, steps });
    const result = await action.run(() => (pathway ? api.updatePathway(pathway.id, body) : api.createPathway(body)));
    if (result.ok) navigate(`/zorgpaden/${result.value.id}`, { state: { message: t(pathway ? 'pathwayEditor.saved' : 'pathwayEditor.created') } });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form dichtbij-form--wide">
      <ErrorAlert error={action.error ?? municipalities.error} />
      <TextField label={t('pathwayEditor.name')} name="name" value={name} onChange={setName} errorMessage={errors.name} required />
      <TextAreaField label={t('pathwayEditor.description')} name="description" value={description} onChange={setDescription} errorMessage={errors.description} />
      <SelectField label={t('pathwayEditor.area')} description={t('pathwayEditor.areaHint')} name="areaId" value={areaId} emptyOption={t('pathwayEditor.noArea')} options={areaOptions} onChange={setAreaId} errorMessage={errors.areaId} />
      <CheckboxGroup
        legend={t('pathwayEditor.entryPoints')}
        name="entryPoints"
        values={entryPoints}
        options={ENTRY_POINTS.map((e) => ({ value: e, label: work.entryPoint(e) }))}
        onChange={setEntryPoints}
        errorMessage={errors.entryPoints ?? errors['entryPoints.0']}
      />
      <CheckboxGroup
        legend={t('pathwayEditor.outcomes')}
        name="outcomes"
        values={outcomes}
        options={OUTCOMES.map((o) => ({ value: o, label: work.outcome(o) }))}
        onChange={setOutcomes}
        errorMessage={errors.outcomes ?? errors['outcomes.0']}
      />
      <CheckboxField label={t('pathwayEditor.isActive')} description={t('pathwayEditor.isActiveHint')} name="isActive" checked={isActive} onChange={setIsActive} />
      <section aria-labelledby="pathway-editor-steps" className="dichtbij-step-list">
        <Heading2 id="pathway-editor-steps">{t('pathwayEditor.steps')}</Heading2>
        <Paragraph>{t('pathwayEditor.stepsIntro')}</Paragraph>
        <StatusMessage>{moved}</StatusMessage>
        {steps.map((step, index) => (
          <StepFieldset
            key={step.key}
            index={index}
            count={steps.length}
            step={step}
            errors={errors}
            onChange={(next) => setSteps((list) => list.map((s, i) => (i === index ? next : s)))}
            onMove={(offset) => move(index, offset)}
            onRemove={() => setSteps((list) => list.filter((_, i) => i !== index))}
          />
        ))}
        <SecondaryActionButton type="button" onClick={() => setSteps((list) => [...list, emptyStep()])}>
          {t('pathwayEditor.addStep')}
        </SecondaryActionButton>
      </section>
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {action.busy ? t('common.saving') : t('pathwayEditor.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}

/** Zorgpad vastleggen of wijzigen (functional administration): steps, who does them, deadlines, outcomes. */
export function PathwayEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const pathway = useLoad((signal) => (id ? api.pathway(id, signal) : Promise.resolve(undefined)), [id]);
  return (
    <>
      <p className="dichtbij-back">
        <AppLink to={id ? `/zorgpaden/${id}` : '/zorgpaden'}>{id ? t('pathwayEditor.backToPathway') : t('pathways.back')}</AppLink>
      </p>
      <PageTitle title={id ? t('pathwayEditor.editTitle', { name: pathway.data?.name ?? '' }) : t('pathwayEditor.newTitle')} />
      <Paragraph lead>{t('pathwayEditor.intro')}</Paragraph>
      <ErrorAlert error={pathway.error} />
      {id ? pathway.data ? <PathwayForm key={pathway.data.id} pathway={pathway.data} /> : pathway.loading && <Loading /> : <PathwayForm />}
    </>
  );
}
