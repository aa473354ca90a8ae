import { useTranslation } from 'react-i18next';

type Group = 'signals.domains' | 'pathways.entryPointNames' | 'pathways.outcomeNames';

/** Translates the codes of signals and pathways (domain, entry point, outcome); falls back to the raw value. */
export function useWorkLabels() {
  const { t, i18n } = useTranslation();
  const label = (group: Group, value: string | null | undefined): string => {
    if (value === null || value === undefined || value === '') return '';
    const key = `${group}.${value}`;
    return i18n.exists(key) ? t(key as never) : value;
  };
  return {
    signalDomain: (value: string | null | undefined) => label('signals.domains', value),
    entryPoint: (value: string | null | undefined) => label('pathways.entryPointNames', value),
    outcome: (value: string | null | undefined) => label('pathways.outcomeNames', value),
  };
}

/** A `tel:` address without spaces or dashes, so every phone dials it. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
