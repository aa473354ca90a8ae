import {
  Alert,
  ButtonGroup,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError, type ApiToken, type ApiTokenCreated } from '../api/client';
import { ErrorAlert, LiveText, StatusMessage } from '../components/Feedback';
import { formatDateTime } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { TextField } from '../components/TextField';
import { toApiError, useLoad } from '../components/useLoad';

/** The new token, shown once, with a warning and a copy button. */
function NewToken({ created, onDismiss }: { created: ApiTokenCreated; onDismiss: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => heading.current?.focus(), [created.id]);
  const copy = async () => {
    await navigator.clipboard?.writeText(created.token);
    setCopied(true);
  };
  return (
    <section aria-labelledby="new-token" className="dichtbij-panel dichtbij-new-token">
      <Heading2 id="new-token" ref={heading} tabIndex={-1}>
        {t('tokens.createdHeading', { name: created.name })}
      </Heading2>
      <Alert type="warning" role="none">
        <Paragraph>{t('tokens.createdWarning')}</Paragraph>
      </Alert>
      <p className="dichtbij-token">
        <span className="dichtbij-token__label">{t('tokens.tokenLabel')}</span>
        <code className="utrecht-code dichtbij-token__value">{created.token}</code>
      </p>
      <ButtonGroup>
        {'clipboard' in navigator && (
          <SecondaryActionButton type="button" onClick={() => void copy()}>
            {t('tokens.copy')}
          </SecondaryActionButton>
        )}
        <SecondaryActionButton type="button" onClick={onDismiss}>
          {t('tokens.dismiss')}
        </SecondaryActionButton>
      </ButtonGroup>
      <StatusMessage>{copied ? t('tokens.copied') : ''}</StatusMessage>
    </section>
  );
}

function TokenTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  const { t } = useTranslation();
  return (
    <div className="utrecht-table-container dichtbij-table-container">
      <Table>
        <TableCaption className="dichtbij-visually-hidden">{t('tokens.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('tokens.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('tokens.createdAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('tokens.lastUsedAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('tokens.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('tokens.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tokens.map((token) => (
            <TableRow key={token.id}>
              <TableHeaderCell scope="row">{token.name}</TableHeaderCell>
              <TableCell>{formatDateTime(token.createdAt)}</TableCell>
              <TableCell>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.never')}</TableCell>
              <TableCell>
                {token.revokedAt ? (
                  <StatusBadge status="inactive">
                    {t('tokens.revoked')} {formatDateTime(token.revokedAt)}
                  </StatusBadge>
                ) : (
                  <StatusBadge status="active">{t('tokens.active')}</StatusBadge>
                )}
              </TableCell>
              <TableCell>
                {!token.revokedAt && (
                  <SecondaryActionButton type="button" aria-label={t('tokens.revokeLabel', { name: token.name })} onClick={() => onRevoke(token)}>
                    {t('tokens.revoke')}
                  </SecondaryActionButton>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function TokensPage() {
  const { t } = useTranslation();
  const tokens = useLoad((signal) => api.apiTokens(signal), []);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [createError, setCreateError] = useState<ApiError | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const [message, setMessage] = useState('');

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setCreateError(null);
    setMessage('');
    try {
      setCreated(await api.createApiToken(name));
      setName('');
      tokens.reload();
    } catch (caught) {
      setCreateError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const onRevoke = async (token: ApiToken) => {
    if (!window.confirm(t('tokens.confirmRevoke', { name: token.name }))) return;
    setActionError(null);
    try {
      await api.revokeApiToken(token.id);
      setMessage(t('tokens.revokedMessage', { name: token.name }));
      tokens.reload();
    } catch (caught) {
      setActionError(toApiError(caught));
    }
  };

  return (
    <>
      <PageTitle title={t('tokens.title')} />
      <Paragraph lead>{t('tokens.intro')}</Paragraph>
      {created && <NewToken created={created} onDismiss={() => setCreated(null)} />}
      <StatusMessage>{message}</StatusMessage>
      <section aria-labelledby="token-list">
        <Heading2 id="token-list">{t('tokens.listHeading')}</Heading2>
        <ErrorAlert error={tokens.error ?? actionError} />
        {tokens.loading && !tokens.data && <LiveText>{t('common.loading')}</LiveText>}
        {tokens.data && (tokens.data.items.length === 0 ? <Paragraph>{t('tokens.none')}</Paragraph> : <TokenTable tokens={tokens.data.items} onRevoke={(token) => void onRevoke(token)} />)}
      </section>
      <section aria-labelledby="create-token" className="dichtbij-panel">
        <Heading2 id="create-token">{t('tokens.createHeading')}</Heading2>
        <ErrorAlert error={createError} />
        <form onSubmit={onCreate} noValidate className="dichtbij-form">
          <TextField
            label={t('tokens.nameLabel')}
            name="name"
            autoComplete="off"
            description={t('tokens.nameHint')}
            value={name}
            onChange={setName}
            errorMessage={createError?.fieldErrors.name}
            required
          />
          <ButtonGroup>
            <PrimaryActionButton type="submit" busy={busy} aria-disabled={busy || undefined}>
              {busy ? t('common.saving') : t('tokens.submit')}
            </PrimaryActionButton>
          </ButtonGroup>
        </form>
      </section>
    </>
  );
}
