import { ButtonGroup, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, END_REASONS, type Episode, type Family, REFERRERS, SUPPORT_LEVELS } from '../../api/client';
import { ErrorAlert } from '../Feedback';
import { today, useLabels } from '../labels';
import { SearchPicker } from '../SearchPicker';
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

/** Hulp inzetten: a support episode for one child at a level, with a provider; level 3 waits for the access team. */
export function AddEpisodeForm({ family, planId, onDone, onCancel }: FormProps & { family: Family; planId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [childId, setChildId] = useState(family.children.length === 1 ? (family.children[0]?.id ?? '') : '');
  const [level, setLevel] = useState('1');
  const [providerId, setProviderId] = useState('');
  const [kind, setKind] = useState('');
  const [requestedOn, setRequestedOn] = useState(today);
  const [startedOn, setStartedOn] = useState('');
  const [referrer, setReferrer] = useState('');
  const action = useAction();
  const isSpecialist = level === '3';
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      childId, level: Number(level), providerOrganisationId: providerId, kind: orNull(kind), requestedOn: orNull(requestedOn),
      startedOn: isSpecialist ? null : orNull(startedOn), referrer: orNull(referrer),
    };
    if ((await action.run(() => api.addEpisode(planId, body))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <div className="dichtbij-form__grid">
        <SelectField label={t('family.support.child')} name="childId" value={childId} emptyOption={t('family.support.chooseChild')} options={family.children.map((c) => ({ value: c.id, label: childName(c) }))} onChange={setChildId} errorMessage={action.fieldErrors.childId} required />
        <SelectField label={t('family.support.level')} name="level" value={level} options={SUPPORT_LEVELS.map((l) => ({ value: String(l), label: labels.level(l) }))} onChange={setLevel} errorMessage={action.fieldErrors.level} required />
      </div>
      {isSpecialist && <Paragraph>{t('family.support.specialistHint')}</Paragraph>}
      <SearchPicker
        name="providerOrganisationId"
        searchLabel={t('family.support.searchProvider')}
        selectLabel={t('family.support.provider')}
        description={t('picker.searchHint')}
        emptyOption={t('family.support.chooseProvider')}
        load={async (query, signal) => (await api.organisations({ query, pageSize: 20 }, signal)).items.map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }))}
        value={providerId}
        onChange={setProviderId}
        errorMessage={action.fieldErrors.providerOrganisationId}
      />
      <div className="dichtbij-form__grid">
        <TextField label={t('family.support.kind')} description={t('family.support.kindHint')} name="kind" value={kind} onChange={setKind} errorMessage={action.fieldErrors.kind} />
        <SelectField label={t('family.support.referrer')} name="referrer" value={referrer} emptyOption={t('family.support.noReferrer')} options={REFERRERS.map((r) => ({ value: r, label: labels.referrer(r) }))} onChange={setReferrer} errorMessage={action.fieldErrors.referrer} />
        <TextField label={t('family.support.requestedOn')} name="requestedOn" type="date" value={requestedOn} onChange={setRequestedOn} errorMessage={action.fieldErrors.requestedOn} />
        {!isSpecialist && (
          <TextField label={t('family.support.startedOn')} description={t('family.support.startedOnHint')} name="startedOn" type="date" value={startedOn} onChange={setStartedOn} errorMessage={action.fieldErrors.startedOn} />
        )}
      </div>
      <Buttons busy={action.busy} submit={t('family.support.save')} onCancel={onCancel} />
    </form>
  );
}

export function StartEpisodeForm({ episode, onDone, onCancel }: FormProps & { episode: Episode }) {
  const { t } = useTranslation();
  const [startedOn, setStartedOn] = useState(today);
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run(() => api.updateEpisode(episode.id, { startedOn }))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <TextField label={t('family.support.startedOn')} description={t('family.support.startedOnHint')} name="startedOn" type="date" value={startedOn} onChange={setStartedOn} errorMessage={action.fieldErrors.startedOn} required />
      <Buttons busy={action.busy} submit={t('family.support.startSubmit')} onCancel={onCancel} />
    </form>
  );
}

/** Op- of afschalen; up to level 3 becomes a request to the municipal access team. */
export function ChangeLevelForm({ episode, onDone, onCancel }: FormProps & { episode: Episode }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [toLevel, setToLevel] = useState('');
  const [on, setOn] = useState(today);
  const [reason, setReason] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run(() => api.changeLevel(episode.id, { toLevel: Number(toLevel), on: orNull(on), reason: orNull(reason) }))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <div className="dichtbij-form__grid">
        <SelectField
          label={t('family.support.toLevel')}
          name="toLevel"
          value={toLevel}
          emptyOption={t('family.support.chooseLevel')}
          options={SUPPORT_LEVELS.filter((l) => l !== episode.level).map((l) => ({
            value: String(l),
            label: `${labels.level(l)} (${l > episode.level ? t('family.support.up') : t('family.support.down')})`,
          }))}
          onChange={setToLevel}
          errorMessage={action.fieldErrors.toLevel}
          required
        />
        <TextField label={t('family.support.on')} name="on" type="date" value={on} onChange={setOn} errorMessage={action.fieldErrors.on} />
      </div>
      {toLevel === '3' && <Paragraph>{t('family.support.specialistHint')}</Paragraph>}
      <TextAreaField label={t('family.support.reason')} name="reason" value={reason} onChange={setReason} errorMessage={action.fieldErrors.reason} />
      <Buttons busy={action.busy} submit={t('family.support.changeLevelSubmit')} onCancel={onCancel} />
    </form>
  );
}

export function EndEpisodeForm({ episode, onDone, onCancel }: FormProps & { episode: Episode }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [endedOn, setEndedOn] = useState(today);
  const [endReason, setEndReason] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run(() => api.updateEpisode(episode.id, { endedOn, endReason: endReason || undefined }))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <div className="dichtbij-form__grid">
        <TextField label={t('family.support.endedOn')} name="endedOn" type="date" value={endedOn} onChange={setEndedOn} errorMessage={action.fieldErrors.endedOn} required />
        <SelectField label={t('family.support.endReason')} name="endReason" value={endReason} emptyOption={t('family.support.chooseEndReason')} options={END_REASONS.map((r) => ({ value: r, label: labels.endReason(r) }))} onChange={setEndReason} errorMessage={action.fieldErrors.endReason} required />
      </div>
      <Buttons busy={action.busy} submit={t('family.support.endSubmit')} onCancel={onCancel} />
    </form>
  );
}
