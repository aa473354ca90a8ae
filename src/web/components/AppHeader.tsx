import { Button, NavBar, NavList, PageHeader } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../i18n';
import { NavItem } from './RouterLink';
import { useSession } from './session';
import { NotificationsLink } from './programmes/NotificationsLink';
import { InboxNavItem } from './work/InboxNavItem';

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('language.switchToCode') as Language;
  // The button is written in the language it switches to.
  return (
    <Button appearance="subtle-button" lang={target} onClick={() => void i18n.changeLanguage(target)}>
      {t('language.switchTo')}
    </Button>
  );
}

function MainNavigation() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <NavBar aria-label={t('a11y.mainNavigation')} className="dichtbij-nav-bar">
      <NavList>
        <NavItem to="/" end>
          {t('nav.home')}
        </NavItem>
        {can('inbox:read') && <InboxNavItem />}
        {can('cases:read') && <NavItem to="/gezinnen">{t('nav.families')}</NavItem>}
        {can('requests:work') && <NavItem to="/hulpvragen">{t('nav.requests')}</NavItem>}
        {can('signals:write') && <NavItem to="/signalen">{t('nav.signals')}</NavItem>}
        {can('directory:read') && <NavItem to="/netwerk">{t('nav.directory')}</NavItem>}
        {can('programmes:read') && <NavItem to="/programmas">{t('programmes.nav')}</NavItem>}
        {can('monitoring:read') && <NavItem to="/monitoring">{t('monitoring.nav')}</NavItem>}
        {can('learning:participate') && <NavItem to="/leernetwerk">{t('learning.nav')}</NavItem>}
        {can('programmes:read') && <NavItem to="/scholing">{t('training.nav')}</NavItem>}
        {can('users:manage') && <NavItem to="/beheer/gebruikers">{t('nav.users')}</NavItem>}
        {can('audit:read') && <NavItem to="/beheer/audit">{t('nav.audit')}</NavItem>}
        {can('api-tokens:manage') && <NavItem to="/account/tokens">{t('nav.tokens')}</NavItem>}
      </NavList>
    </NavBar>
  );
}

/** The page header: product name, signed-in user, language switch, sign out, and the main navigation. */
export function AppHeader() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  return (
    <PageHeader className="dichtbij-header">
      <div className="dichtbij-header__bar">
        <Link to="/" className="dichtbij-brand">
          <span className="dichtbij-brand__name">{t('app.name')}</span>
          <span className="dichtbij-brand__tagline">{t('app.tagline')}</span>
        </Link>
        <div className="dichtbij-header__tools">
          {user && (
            <p className="dichtbij-header__user">
              <span className="dichtbij-visually-hidden">{t('header.signedInAs')} </span>
              {user.name}
            </p>
          )}
          {user && user.permissions.includes('inbox:read') && <NotificationsLink />}
          <LanguageSwitch />
          {user && (
            <Button appearance="secondary-action-button" onClick={() => void signOut()}>
              {t('header.signOut')}
            </Button>
          )}
        </div>
      </div>
      {user && <MainNavigation />}
    </PageHeader>
  );
}
