import { Alert, ButtonGroup, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { ApiError } from '../api/client';
import { ErrorAlert } from '../components/Feedback';
import { PageTitle } from '../components/PageTitle';
import { type SignInState, useSession } from '../components/session';
import { TextField } from '../components/TextField';
import { toApiError } from '../components/useLoad';

export function SignInPage() {
  const { t } = useTranslation();
  const { state, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as SignInState | null)?.from;
  const reason = (location.state as SignInState | null)?.reason;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  if (state.status === 'signed-in' && !busy) return <Navigate to={from ?? '/'} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
      navigate(from ?? '/', { replace: true });
    } catch (caught) {
      setError(toApiError(caught));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const fieldErrors = error?.fieldErrors ?? {};
  return (
    <div className="dichtbij-narrow">
      <PageTitle title={t('signIn.title')} />
      <Paragraph lead>{t('signIn.intro')}</Paragraph>
      {reason && !error && (
        <Alert type="info">
          <Paragraph>{reason === 'expired' ? t('signIn.sessionExpired') : t('signIn.signedOut')}</Paragraph>
        </Alert>
      )}
      <ErrorAlert error={error} />
      <form onSubmit={onSubmit} noValidate className="dichtbij-form">
        <TextField
          label={t('signIn.email')}
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          errorMessage={fieldErrors.email}
          required
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          errorMessage={fieldErrors.password}
          required
        />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} aria-disabled={busy || undefined}>
            {busy ? t('signIn.busy') : t('signIn.submit')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
    </div>
  );
}
