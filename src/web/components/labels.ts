import { useTranslation } from 'react-i18next';
import { locale } from '../i18n';

type Group = 'organisationKinds' | 'jobFunctions' | 'themes' | 'roles';

/** Translates a code from the API (organisation kind, job function, theme, role); falls back to the raw value. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const label = (group: Group, value: string | null | undefined): string => {
    if (!value) return '';
    const key = `${group}.${value}`;
    return i18n.exists(key) ? t(key as never) : value;
  };
  return {
    organisationKind: (value: string | null | undefined) => label('organisationKinds', value),
    jobFunction: (value: string | null | undefined) => label('jobFunctions', value),
    theme: (value: string | null | undefined) => label('themes', value),
    role: (value: string | null | undefined) => label('roles', value),
  };
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
