import { useTranslation } from 'react-i18next';

type Group =
  | 'programmes.statuses' | 'programmes.roles' | 'programmes.goalStatuses' | 'programmes.responseStatuses'
  | 'programmes.questionnaireStatuses' | 'training.modes' | 'notifications.kinds';

/** Translates the codes of programmes, questionnaires, training and notifications; falls back to the raw value. */
export function useProgrammeLabels() {
  const { t, i18n } = useTranslation();
  const label = (group: Group, value: string | null | undefined): string => {
    if (!value) return '';
    const key = `${group}.${value}`;
    return i18n.exists(key) ? t(key as never) : value;
  };
  return {
    status: (value: string | null | undefined) => label('programmes.statuses', value),
    role: (value: string | null | undefined) => label('programmes.roles', value),
    goalStatus: (value: string | null | undefined) => label('programmes.goalStatuses', value),
    responseStatus: (value: string | null | undefined) => label('programmes.responseStatuses', value),
    questionnaireStatus: (value: string | null | undefined) => label('programmes.questionnaireStatuses', value),
    sessionMode: (value: string | null | undefined) => label('training.modes', value),
    notificationKind: (value: string | null | undefined) => label('notifications.kinds', value),
  };
}

