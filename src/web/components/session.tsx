import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, configureApi, type Me, type Permission } from '../api/client';
import i18n, { currentLanguage } from '../i18n';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: 'expired' | 'signed-out' }
  | { status: 'signed-in'; user: Me };

/** Why the sign-in page is shown, passed as router state. */
export interface SignInState {
  from?: string;
  reason?: 'expired' | 'signed-out';
}

interface SessionContextValue {
  state: SessionState;
  user: Me | null;
  signIn: (email: string, password: string) => Promise<Me>;
  signOut: () => Promise<void>;
  can: (permission: Permission) => boolean;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const { t } = useTranslation();

  // The API client reports an expired session; RequireSession then sends the user to sign in.
  useEffect(() => {
    configureApi({
      language: () => currentLanguage(i18n.language),
      networkErrorDetail: () => t('errors.network'),
      onUnauthorized: () => setState((s) => (s.status === 'signed-in' ? { status: 'anonymous', reason: 'expired' } : s)),
    });
  }, [t]);

  useEffect(() => {
    const controller = new AbortController();
    api.currentSession(controller.signal).then(
      (session) => setState(session ? { status: 'signed-in', user: session.user } : { status: 'anonymous' }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'anonymous' });
      },
    );
    return () => controller.abort();
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await api.signIn(email, password);
    setState({ status: 'signed-in', user: session.user });
    return session.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } finally {
      setState({ status: 'anonymous', reason: 'signed-out' });
    }
  }, []);

  const value = useMemo<SessionContextValue>(() => {
    const user = state.status === 'signed-in' ? state.user : null;
    return { state, user, signIn, signOut, can: (permission) => user?.permissions.includes(permission) ?? false };
  }, [state, signIn, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only use below RequireSession. */
export function useUser(): Me {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
