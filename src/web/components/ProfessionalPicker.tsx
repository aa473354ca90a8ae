import { useTranslation } from 'react-i18next';
import { api, type ProfessionalSummary } from '../api/client';
import { useLabels } from './labels';
import { SearchPicker } from './SearchPicker';

interface ProfessionalPickerProps {
  name: string;
  label: string;
  value: string;
  onChange: (professionalId: string) => void;
  errorMessage?: string;
}

export function professionalOptionLabel(p: ProfessionalSummary, jobFunction: (value: string | null) => string): string {
  const details = [jobFunction(p.jobFunction), p.organisations.map((o) => o.name).join(', ')].filter(Boolean).join(', ');
  return details ? `${p.name} (${details})` : p.name;
}

/** Choose a professional from the network directory (search by name). */
export function ProfessionalPicker({ name, label, value, onChange, errorMessage }: ProfessionalPickerProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <SearchPicker
      name={name}
      searchLabel={t('picker.searchProfessional')}
      selectLabel={label}
      description={t('picker.searchHint')}
      emptyOption={t('picker.chooseProfessional')}
      load={async (query, signal) =>
        (await api.professionals({ query, pageSize: 20 }, signal)).items.map((p) => ({ value: p.id, label: professionalOptionLabel(p, labels.jobFunction) }))
      }
      value={value}
      onChange={onChange}
      errorMessage={errorMessage}
    />
  );
}
