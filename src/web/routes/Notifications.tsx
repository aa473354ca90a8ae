import '../components/programmes/programmes.css';
import { ButtonGroup, Heading2, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppNotification, programmesApi } from '../api/client';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert, LiveText, Loading, StatusMessage } from '../components/Feedback';
import { formatDateTime } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { Pagination } from '../components/Pagination';
import { useNotificationText } from '../components/programmes/NotificationsLink';
import { AppLink } from '../components/RouterLink';
import { useAction } from '../components/useAction';
import { useLoad } from '../components/useLoad';

function NotificationItem({ notification, onRead }: { notification: AppNotification; onRead: () => void }) {
  const { t } = useTranslation();
  const text = useNotificationText();
  const action = useAction();
  const unread = notification.readAt === null;
  const read = async () => {
    if ((await action.run(() => programmesApi.readNotification(notification.id))).ok) onRead();
  };
  const title = text(notification);
  return (
    <li className={`dichtbij-result${unread ? ' dichtbij-notification--unread' : ''}`}>
      <Heading2 className="dichtbij-result__title">
        {notification.link ? (
          <AppLink to={notification.link} onClick={() => unread && void programmesApi.readNotification(notification.id).catch(() => {})}>
            {title}
          </AppLink>
        ) : (
          title
        )}
      </Heading2>
      <Paragraph className="dichtbij-result__meta">
        {unread ? t('notifications.unread') : t('notifications.read')} · {formatDateTime(notification.createdAt)}
      </Paragraph>
      <ErrorAlert error={action.error} />
      {unread && (
        <ButtonGroup>
          <SecondaryActionButton type="button" onClick={() => void read()} aria-label={t('notifications.markReadLabel', { title })} aria-disabled={action.busy || undefined}>
            {t('notifications.markRead')}
          </SecondaryActionButton>
        </ButtonGroup>
      )}
    </li>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [message, setMessage] = useState('');
  const list = useLoad(
    (signal) => programmesApi.notifications({ page, pageSize: 20, unread: onlyUnread ? 'true' : undefined }, signal),
    [page, onlyUnread],
  );
  const allRead = useAction();
  const markAll = async () => {
    const result = await allRead.run(() => programmesApi.readAllNotifications());
    if (result.ok) {
      setMessage(t('notifications.allMarked', { count: result.value.marked }));
      list.reload();
    }
  };
  const unreadCount = list.data?.unreadCount ?? 0;

  return (
    <>
      <PageTitle title={t('notifications.title')} />
      <Paragraph lead>{t('notifications.intro')}</Paragraph>
      <CheckboxField
        label={t('notifications.onlyUnread')}
        name="unread"
        checked={onlyUnread}
        onChange={(v) => {
          setOnlyUnread(v);
          setPage(1);
        }}
      />
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={list.error ?? allRead.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <>
          <LiveText>{t('notifications.unreadCount', { count: unreadCount })}</LiveText>
          {unreadCount > 0 && (
            <ButtonGroup>
              <SecondaryActionButton type="button" onClick={() => void markAll()} aria-disabled={allRead.busy || undefined}>
                {t('notifications.markAllRead')}
              </SecondaryActionButton>
            </ButtonGroup>
          )}
          {list.data.items.length === 0 ? (
            <Paragraph>{t('notifications.none')}</Paragraph>
          ) : (
            <ul className="dichtbij-result-list">
              {list.data.items.map((n) => (
                <NotificationItem key={n.id} notification={n} onRead={list.reload} />
              ))}
            </ul>
          )}
          <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}
