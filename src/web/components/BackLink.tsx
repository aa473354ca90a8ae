import { useTranslation } from 'react-i18next';
import { AppLink } from './RouterLink';

/** The way back to the directory, above a detail page's heading. */
export function BackToDirectory() {
  const { t } = useTranslation();
  return (
    <p className="dichtbij-back">
      <AppLink to="/netwerk">{t('common.backToDirectory')}</AppLink>
    </p>
  );
}
