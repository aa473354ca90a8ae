import { PageFooter, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { AppHeader } from './AppHeader';

/** Moves focus to the new page's h1 after client-side navigation, so screen readers announce the page. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
    target?.focus();
  }, [pathname]);
}

/** The shared page: skip link, header with navigation, main content and footer. */
export function Layout() {
  const { t } = useTranslation();
  useFocusOnNavigation();
  return (
    <div className="utrecht-page dichtbij-page">
      <SkipLink href="#main">{t('a11y.skipToContent')}</SkipLink>
      <AppHeader />
      <main id="main" tabIndex={-1} className="utrecht-page-content dichtbij-main">
        <Outlet />
      </main>
      <PageFooter className="dichtbij-footer">
        <Paragraph small>{t('app.footer')}</Paragraph>
      </PageFooter>
    </div>
  );
}
