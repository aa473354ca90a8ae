import { Fieldset, FieldsetLegend, Paragraph, SubtleButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { api, type Area } from '../../api/client';
import { CheckboxField } from '../CheckboxField';
import { SearchPicker } from '../SearchPicker';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';

export interface ChildDraft {
  givenName: string;
  familyName: string;
  bsn: string;
  isUnborn: boolean;
  birthDate: string;
  expectedBirthDate: string;
  municipalityCode: string;
  schoolId: string;
}

export const emptyChild = (familyName = '', municipalityCode = ''): ChildDraft => ({
  givenName: '', familyName, bsn: '', isUnborn: false, birthDate: '', expectedBirthDate: '', municipalityCode, schoolId: '',
});

const SCHOOL_KINDS = new Set(['school', 'childcare', 'ikc']);

interface ChildFieldsetProps {
  index: number;
  draft: ChildDraft;
  onChange: (draft: ChildDraft) => void;
  municipalities: Area[];
  errors: Record<string, string>;
  /** Already registered (a previous attempt failed further on): shown, not sent again. */
  registered: boolean;
  onRemove?: () => void;
}

/** One child of the family being registered. */
export function ChildFieldset({ index, draft, onChange, municipalities, errors, registered, onRemove }: ChildFieldsetProps) {
  const { t } = useTranslation();
  const set = <K extends keyof ChildDraft>(key: K, value: ChildDraft[K]) => onChange({ ...draft, [key]: value });
  const number = index + 1;
  const municipalityId = municipalities.find((m) => m.code === draft.municipalityCode)?.id;

  return (
    <Fieldset className="dichtbij-group">
      <FieldsetLegend>{t('registerFamily.childLegend', { number })}</FieldsetLegend>
      {registered && <Paragraph className="dichtbij-secondary">{t('registerFamily.childRegistered')}</Paragraph>}
      <div className="dichtbij-form__grid">
        <TextField label={t('registerFamily.givenName')} name={`children.${index}.givenName`} autoComplete="off" value={draft.givenName} onChange={(v) => set('givenName', v)} errorMessage={errors.givenName} required disabled={registered} />
        <TextField label={t('registerFamily.familyName')} name={`children.${index}.familyName`} autoComplete="off" value={draft.familyName} onChange={(v) => set('familyName', v)} errorMessage={errors.familyName} required disabled={registered} />
      </div>
      <CheckboxField label={t('registerFamily.unborn')} name={`children.${index}.isUnborn`} checked={draft.isUnborn} onChange={(v) => set('isUnborn', v)} />
      <div className="dichtbij-form__grid">
        {draft.isUnborn ? (
          <TextField label={t('registerFamily.expectedBirthDate')} name={`children.${index}.expectedBirthDate`} type="date" value={draft.expectedBirthDate} onChange={(v) => set('expectedBirthDate', v)} errorMessage={errors.expectedBirthDate ?? errors.birthDate} required disabled={registered} />
        ) : (
          <TextField label={t('registerFamily.birthDate')} name={`children.${index}.birthDate`} type="date" value={draft.birthDate} onChange={(v) => set('birthDate', v)} errorMessage={errors.birthDate} required disabled={registered} />
        )}
        <SelectField
          label={t('registerFamily.municipality')}
          name={`children.${index}.municipalityCode`}
          value={draft.municipalityCode}
          emptyOption={t('registerFamily.chooseMunicipality')}
          options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
          onChange={(v) => onChange({ ...draft, municipalityCode: v, schoolId: '' })}
          errorMessage={errors.municipalityCode}
          required
          disabled={registered}
        />
        <TextField
          label={t('registerFamily.bsn')}
          name={`children.${index}.bsn`}
          autoComplete="off"
          description={t('registerFamily.bsnHint')}
          value={draft.bsn}
          onChange={(v) => set('bsn', v.replace(/\s+/g, ''))}
          errorMessage={errors.bsn}
          disabled={registered}
        />
      </div>
      {!registered && (
        <SearchPicker
          name={`children.${index}.schoolId`}
          searchLabel={t('registerFamily.searchSchool')}
          selectLabel={t('registerFamily.school')}
          description={t('registerFamily.schoolHint')}
          emptyOption={t('registerFamily.noSchool')}
          searchEmpty
          scope={municipalityId ?? ''}
          load={async (query, signal) =>
            (await api.organisations({ query: query || undefined, municipalityId, pageSize: 100 }, signal)).items
              .filter((o) => SCHOOL_KINDS.has(o.kind))
              .map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }))
          }
          value={draft.schoolId}
          onChange={(v) => set('schoolId', v)}
          errorMessage={errors.schoolId}
        />
      )}
      {onRemove && !registered && (
        <SubtleButton type="button" onClick={onRemove}>
          {t('registerFamily.removeChild', { number })}
        </SubtleButton>
      )}
    </Fieldset>
  );
}
