import { Alert, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';

/** Shows the server's `detail` for a failed call; the wrapper stays in the page so screen readers hear changes. */
export function ErrorAlert({ error }: { error: ApiError | null | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="dichtbij-feedback">
      {error && (
        <Alert type="error">
          <Paragraph>{error.problem.detail ?? t('errors.unexpected')}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

/** A confirmation (e.g. "user added"), announced politely. */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <div className="dichtbij-feedback" role="status">
      {children && (
        <Alert type="ok" role="none">
          <Paragraph>{children}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

/** A live line of text for result counts and loading state. */
export function LiveText({ children }: { children?: ReactNode }) {
  return (
    <Paragraph className="dichtbij-live" aria-live="polite" aria-atomic="true">
      {children}
    </Paragraph>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return <LiveText>{t('common.loading')}</LiveText>;
}
