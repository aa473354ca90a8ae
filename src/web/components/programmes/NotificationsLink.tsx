import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { type AppNotification, programmesApi } from '../../api/client';
import { AppLink } from '../RouterLink';
import { useLoad } from '../useLoad';

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** What a notification says, in the UI language, from its kind and data. */
export function useNotificationText() {
  const { t } = useTranslation();
  return (n: AppNotification): string => {
    const d = n.data;
    const values = {
      author: str(d.authorName),
      group: str(d.groupName),
      post: str(d.postTitle) || t('notifications.aPost'),
      title: str(d.title),
      programme: str(d.programmeName),
      organisation: str(d.organisationName),
    };
    switch (n.kind) {
      case 'group-post':
        return t('notifications.kinds.group-post', values);
      case 'post-reply':
        return t('notifications.kinds.post-reply', values);
      case 'questionnaire-sent':
        return t('notifications.kinds.questionnaire-sent', values);
      case 'questionnaire-submitted':
        return t('notifications.kinds.questionnaire-submitted', values);
      default:
        return t('notifications.kinds.other');
    }
  };
}

/** "Meldingen" in the header with the number of unread notifications (fetched again on every page change). */
export function NotificationsLink() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const unread = useLoad((signal) => programmesApi.notifications({ unread: 'true', pageSize: 1 }, signal), [pathname]);
  const count = unread.data?.unreadCount ?? 0;
  return (
    <AppLink to="/meldingen" className="dichtbij-header-notifications" aria-current={pathname === '/meldingen' ? 'page' : undefined}>
      {t('notifications.title')}
      {count > 0 && (
        <>
          {' '}
          <span className="dichtbij-header-count" aria-hidden="true">
            ({count})
          </span>
          <span className="dichtbij-visually-hidden"> {t('notifications.unreadCount', { count })}</span>
        </>
      )}
    </AppLink>
  );
}
