import { useTranslation } from 'react-i18next';
import { locale } from '../i18n';

type Group =
  | 'organisationKinds' | 'jobFunctions' | 'themes' | 'roles'
  | 'cases.levels' | 'cases.goalStatuses' | 'cases.lifeDomains' | 'cases.episodeStatuses' | 'cases.timelineKinds'
  | 'cases.consentGivers' | 'cases.legalGrounds' | 'cases.endReasons' | 'cases.referrers' | 'cases.relations' | 'cases.decisions';

/** Translates a code from the API (organisation kind, job function, theme, role, level, ...); falls back to the raw value. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const label = (group: Group, value: string | number | null | undefined): string => {
    if (value === null || value === undefined || value === '') return '';
    const key = `${group}.${value}`;
    return i18n.exists(key) ? t(key as never) : String(value);
  };
  return {
    organisationKind: (value: string | null | undefined) => label('organisationKinds', value),
    jobFunction: (value: string | null | undefined) => label('jobFunctions', value),
    theme: (value: string | null | undefined) => label('themes', value),
    role: (value: string | null | undefined) => label('roles', value),
    /** "2 · Ambulante jeugdhulp" */
    level: (value: number | null | undefined) => (value === null || value === undefined ? '' : `${value} · ${label('cases.levels', value)}`),
    goalStatus: (value: string | null | undefined) => label('cases.goalStatuses', value),
    lifeDomain: (value: string | null | undefined) => label('cases.lifeDomains', value),
    episodeStatus: (value: string | null | undefined) => label('cases.episodeStatuses', value),
    timelineKind: (value: string | null | undefined) => label('cases.timelineKinds', value),
    consentGiver: (value: string | null | undefined) => label('cases.consentGivers', value),
    legalGround: (value: string | null | undefined) => label('cases.legalGrounds', value),
    endReason: (value: string | null | undefined) => label('cases.endReasons', value),
    referrer: (value: string | null | undefined) => label('cases.referrers', value),
    relation: (value: string | null | undefined) => label('cases.relations', value),
    decision: (value: string | null | undefined) => label('cases.decisions', value),
  };
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A calendar day from the API (`2026-03-01`), written out in the UI language. */
export function formatDate(day: string | null | undefined): string {
  if (!day) return '';
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Today as `YYYY-MM-DD`: a Dutch calendar day, as the server counts days, wherever the browser is. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
