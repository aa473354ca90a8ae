import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '../api/client';
import { Loading } from './Feedback';
import { PageTitle } from './PageTitle';
import { type SignInState, useSession } from './session';

/** Shows its children only with a session; otherwise sends the user to sign in (and back afterwards). */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') {
    const from = state.reason === 'signed-out' ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to="/inloggen" replace state={{ from, reason: state.reason } satisfies SignInState} />;
  }
  return <>{children}</>;
}

/** Shows its children when the server granted the permission to the signed-in user. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useSession();
  return can(permission) ? <>{children}</> : <Forbidden />;
}

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('forbidden.title')} />
      <Paragraph>{t('forbidden.body')}</Paragraph>
    </>
  );
}
