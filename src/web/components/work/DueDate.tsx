import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../labels';

/** "Termijn verstreken" as a badge with a sign and words, never colour alone. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <StatusBadge status="danger" className="dichtbij-overdue">
      <span aria-hidden="true">! </span>
      {t('requests.overdue')}
    </StatusBadge>
  );
}

/** A step's due date, marked when it has passed (the server says whether it has). */
export function DueDate({ dueOn, isOverdue }: { dueOn: string | null; isOverdue: boolean }) {
  const { t } = useTranslation();
  if (!dueOn) return <>{t('requests.noDueDate')}</>;
  return (
    <span className="dichtbij-due">
      {formatDate(dueOn)}
      {isOverdue && <> <OverdueBadge /></>}
    </span>
  );
}
