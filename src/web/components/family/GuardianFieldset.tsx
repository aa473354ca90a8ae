import { Fieldset, FieldsetLegend, SubtleButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../ChoiceGroup';
import { TextField } from '../TextField';

export interface GuardianDraft {
  givenName: string;
  familyName: string;
  hasParentalAuthority: '' | 'yes' | 'no';
  phone: string;
  email: string;
}

export const emptyGuardian = (): GuardianDraft => ({ givenName: '', familyName: '', hasParentalAuthority: 'yes', phone: '', email: '' });

interface GuardianFieldsetProps {
  index: number;
  draft: GuardianDraft;
  onChange: (draft: GuardianDraft) => void;
  /** Server field errors keyed like `guardians.0.email`. */
  errors: Record<string, string>;
  onRemove: () => void;
}

/** One parent or carer of the family being registered. */
export function GuardianFieldset({ index, draft, onChange, errors, onRemove }: GuardianFieldsetProps) {
  const { t } = useTranslation();
  const set = <K extends keyof GuardianDraft>(key: K, value: GuardianDraft[K]) => onChange({ ...draft, [key]: value });
  const error = (field: string) => errors[`guardians.${index}.${field}`];
  const number = index + 1;
  return (
    <Fieldset className="dichtbij-group">
      <FieldsetLegend>{t('registerFamily.guardianLegend', { number })}</FieldsetLegend>
      <div className="dichtbij-form__grid">
        <TextField label={t('registerFamily.givenName')} name={`guardians.${index}.givenName`} autoComplete="off" value={draft.givenName} onChange={(v) => set('givenName', v)} errorMessage={error('givenName')} required />
        <TextField label={t('registerFamily.familyName')} name={`guardians.${index}.familyName`} autoComplete="off" value={draft.familyName} onChange={(v) => set('familyName', v)} errorMessage={error('familyName')} required />
        <TextField label={t('registerFamily.phone')} name={`guardians.${index}.phone`} type="tel" autoComplete="off" value={draft.phone} onChange={(v) => set('phone', v)} errorMessage={error('phone')} />
        <TextField label={t('registerFamily.email')} name={`guardians.${index}.email`} type="email" autoComplete="off" value={draft.email} onChange={(v) => set('email', v)} errorMessage={error('email')} />
      </div>
      <RadioGroup
        legend={t('registerFamily.parentalAuthority')}
        name={`guardians.${index}.hasParentalAuthority`}
        value={draft.hasParentalAuthority}
        options={[{ value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }]}
        onChange={(v) => set('hasParentalAuthority', v as GuardianDraft['hasParentalAuthority'])}
        errorMessage={error('hasParentalAuthority')}
      />
      <SubtleButton type="button" onClick={onRemove}>
        {t('registerFamily.removeGuardian', { number })}
      </SubtleButton>
    </Fieldset>
  );
}
