import { Heading1 } from '@utrecht/component-library-react';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title and renders the page's one h1 (focus moves here after navigation). */
export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} | ${t('app.name')}`;
  }, [title, t]);
  return (
    <Heading1 tabIndex={-1} className="dichtbij-page-title">
      {children ?? title}
    </Heading1>
  );
}
