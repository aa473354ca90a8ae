import { ButtonGroup, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, CONSENT_GIVERS, type ConsentGiver, type Family } from '../../api/client';
import { CheckboxGroup } from '../ChoiceGroup';
import { ErrorAlert, LiveText } from '../Feedback';
import { today, useLabels } from '../labels';
import { useDebounced } from '../SearchPicker';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';
import { childName, orNull } from './shared';

interface ConsentFormProps {
  family: Family;
  onDone: () => void;
  onCancel: () => void;
}

/** Records a consent to share the child's file with organisations; who must give it follows from the child's age (server rule). */
export function ConsentForm({ family, onDone, onCancel }: ConsentFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [childId, setChildId] = useState(family.children.length === 1 ? (family.children[0]?.id ?? '') : '');
  const [givenBy, setGivenBy] = useState<string[]>([]);
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [purpose, setPurpose] = useState('');
  const [validFrom, setValidFrom] = useState(today);
  const [validUntil, setValidUntil] = useState('');
  const [query, setQuery] = useState('');
  const action = useAction();

  // Organisations to tick: the team's, what the directory search finds, and whatever was ticked before.
  const names = useRef(new Map<string, string>());
  for (const m of family.plan?.team ?? []) if (m.organisation) names.current.set(m.organisation.id, m.organisation.name);
  const search = useDebounced(query.trim());
  const found = useLoad((signal) => (search ? api.organisations({ query: search, pageSize: 20 }, signal).then((p) => p.items) : Promise.resolve([])), [search]);
  for (const o of found.data ?? []) names.current.set(o.id, o.name);
  const teamIds = new Set((family.plan?.team ?? []).flatMap((m) => (m.organisation ? [m.organisation.id] : [])));
  const shownIds = [...new Set([...teamIds, ...organisationIds, ...(found.data ?? []).map((o) => o.id)])];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { childId, givenBy: givenBy as ConsentGiver[], organisationIds, purpose, validFrom, validUntil: orNull(validUntil) };
    if ((await action.run(() => api.recordConsent(body))).ok) onDone();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <SelectField label={t('family.consents.child')} name="childId" value={childId} emptyOption={t('family.support.chooseChild')} options={family.children.map((c) => ({ value: c.id, label: childName(c) }))} onChange={setChildId} errorMessage={action.fieldErrors.childId} required />
      <CheckboxGroup
        legend={t('family.consents.givenBy')}
        description={t('family.consents.givenByHint')}
        name="givenBy"
        values={givenBy}
        options={CONSENT_GIVERS.map((g) => ({ value: g, label: labels.consentGiver(g) }))}
        onChange={setGivenBy}
        errorMessage={action.fieldErrors.givenBy}
      />
      <TextField label={t('family.consents.searchOrganisation')} description={t('family.consents.searchOrganisationHint')} name="organisationSearch" type="search" autoComplete="off" value={query} onChange={setQuery} />
      <LiveText>{found.loading ? t('common.loading') : search && found.data && t('picker.found', { count: found.data.length })}</LiveText>
      <CheckboxGroup
        legend={t('family.consents.organisations')}
        name="organisationIds"
        values={organisationIds}
        options={shownIds.map((id) => ({ value: id, label: names.current.get(id) ?? id }))}
        onChange={setOrganisationIds}
        errorMessage={action.fieldErrors.organisationIds}
        description={shownIds.length === 0 ? t('family.consents.noOrganisations') : undefined}
      />
      <TextField label={t('family.consents.purpose')} description={t('family.consents.purposeHint')} name="purpose" value={purpose} onChange={setPurpose} errorMessage={action.fieldErrors.purpose} required />
      <div className="dichtbij-form__grid">
        <TextField label={t('family.consents.validFrom')} name="validFrom" type="date" value={validFrom} onChange={setValidFrom} errorMessage={action.fieldErrors.validFrom} required />
        <TextField label={t('family.consents.validUntil')} description={t('family.consents.validUntilHint')} name="validUntil" type="date" value={validUntil} onChange={setValidUntil} errorMessage={action.fieldErrors.validUntil} />
      </div>
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('family.consents.submit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
