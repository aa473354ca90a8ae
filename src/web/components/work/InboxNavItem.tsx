import './work.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { api } from '../../api/client';
import { NavItem } from '../RouterLink';
import { useLoad } from '../useLoad';

const INBOX_CHANGED = 'dichtbij:inbox-changed';

/** Tells the navigation that something in the inbox may have changed (a match confirmed, a request picked up). */
export function inboxChanged(): void {
  window.dispatchEvent(new Event(INBOX_CHANGED));
}

/** "Inbox" in the main navigation, with the number of items (fetched again on every page change and after a change). */
export function InboxNavItem() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const inbox = useLoad((signal) => api.inbox(signal), [pathname]);
  const { reload } = inbox;
  useEffect(() => {
    window.addEventListener(INBOX_CHANGED, reload);
    return () => window.removeEventListener(INBOX_CHANGED, reload);
  }, [reload]);
  const count = inbox.data?.items.length ?? 0;
  return (
    <NavItem to="/inbox">
      {t('nav.inbox')}
      {count > 0 && (
        <>
          <span className="dichtbij-nav-count" aria-hidden="true">
            {count}
          </span>
          <span className="dichtbij-visually-hidden"> {t('nav.inboxCount', { count })}</span>
        </>
      )}
    </NavItem>
  );
}
