import { useTranslation } from 'react-i18next';
import { api, type Area, type AreaKind } from '../api/client';
import type { Option } from './SelectField';
import { useUser } from './session';
import { useLoad } from './useLoad';

const GRANT_AREA_KINDS: AreaKind[] = ['province', 'region', 'municipality'];

/** Organisations and areas to choose from in the user administration forms. */
export function useAdminChoices() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const organisations = useLoad((signal) => api.organisations({ pageSize: 100 }, signal), []);
  const areas = useLoad(
    (signal) => Promise.all(GRANT_AREA_KINDS.map((kind) => api.areas({ kind, pageSize: 100 }, signal))).then((pages) => pages.flatMap((p) => p.items)),
    [],
  );

  const organisationNames = new Map<string, string>();
  for (const o of user.organisations) organisationNames.set(o.id, o.name);
  for (const o of organisations.data?.items ?? []) organisationNames.set(o.id, o.name);
  const organisationOptions: Option[] = [...organisationNames]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));

  const areaLabel = (area: Area) =>
    t('users.areaOption', { name: area.name, kind: i18n.exists(`areaKinds.${area.kind}`) ? t(`areaKinds.${area.kind}` as never) : area.kind });
  const areaNames = new Map((areas.data ?? []).map((area) => [area.id, areaLabel(area)]));
  const areaOptions: Option[] = [...areaNames].map(([value, label]) => ({ value, label }));

  return {
    organisationOptions,
    areaOptions,
    organisationName: (id: string | null | undefined) => (id ? (organisationNames.get(id) ?? id) : ''),
    areaName: (id: string | null | undefined) => (id ? (areaNames.get(id) ?? id) : ''),
    error: organisations.error ?? areas.error,
  };
}

export type AdminChoices = ReturnType<typeof useAdminChoices>;
