import '../components/work/work.css';
import {
  Alert, ButtonGroup, Heading2, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton, StatusBadge,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type OwnSignal, SIGNAL_DOMAINS, type SignalCreated, type SignalDomain } from '../api/client';
import { Details } from '../components/Details';
import { Disclosure } from '../components/Disclosure';
import { ErrorAlert, LiveText, StatusMessage } from '../components/Feedback';
import { formatDate, formatDateTime, today } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { useAction } from '../components/useAction';
import { useLoad } from '../components/useLoad';
import { inboxChanged } from '../components/work/InboxNavItem';
import { useWorkLabels } from '../components/work/labels';

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function SignalForm({ onRegistered }: { onRegistered: (result: SignalCreated) => void }) {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const [bsn, setBsn] = useState('');
  const [domain, setDomain] = useState('');
  const [note, setNote] = useState('');
  const [activeUntil, setActiveUntil] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { bsn: bsn.trim(), domain: domain as SignalDomain, note: orNull(note), activeUntil: orNull(activeUntil) };
    const result = await action.run(() => api.registerSignal(body));
    if (result.ok) {
      setBsn('');
      setDomain('');
      setNote('');
      setActiveUntil('');
      onRegistered(result.value);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <div className="dichtbij-form__grid dichtbij-grid-end">
        <TextField label={t('signals.bsn')} description={t('signals.bsnHint')} name="bsn" autoComplete="off" value={bsn} onChange={setBsn} errorMessage={action.fieldErrors.bsn} required />
        <SelectField
          label={t('signals.domain')}
          name="domain"
          value={domain}
          emptyOption={t('signals.chooseDomain')}
          options={SIGNAL_DOMAINS.map((d) => ({ value: d, label: work.signalDomain(d) }))}
          onChange={setDomain}
          errorMessage={action.fieldErrors.domain}
          required
        />
        <TextField label={t('signals.activeUntil')} description={t('signals.activeUntilHint')} name="activeUntil" type="date" min={today()} value={activeUntil} onChange={setActiveUntil} errorMessage={action.fieldErrors.activeUntil} />
      </div>
      <TextAreaField label={t('signals.note')} description={t('signals.noteHint')} name="note" value={note} onChange={setNote} errorMessage={action.fieldErrors.note} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {action.busy ? t('common.saving') : t('signals.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}

function CloseSignalForm({ signal, onDone, onCancel }: { signal: OwnSignal; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run(() => api.closeSignal(signal.id, reason))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <TextAreaField label={t('signals.closeReason')} description={t('signals.closeReasonHint')} name="reason" value={reason} onChange={setReason} errorMessage={action.fieldErrors.reason} required />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('signals.closeSubmit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

function SignalItem({ signal, onClosed }: { signal: OwnSignal; onClosed: () => void }) {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const isExpired = !signal.closedAt && signal.activeUntil < today();
  const state = signal.closedAt ? 'closed' : isExpired ? 'expired' : 'active';
  const title = t('signals.itemTitle', { bsn: signal.bsnMasked, domain: work.signalDomain(signal.domain) });
  return (
    <li className="dichtbij-item">
      <Heading3 className="dichtbij-item__title">{title}</Heading3>
      <Paragraph className="dichtbij-item__meta">
        <StatusBadge status={state === 'active' ? 'active' : 'neutral'}>{t(`signals.states.${state}`)}</StatusBadge>{' '}
        {signal.matches > 0 && (
          <>
            <StatusBadge status="danger">{t('signals.matches', { count: signal.matches })}</StatusBadge>{' '}
          </>
        )}
      </Paragraph>
      <Details
        items={[
          { key: 'by', label: t('signals.registeredBy'), value: t('signals.registeredByValue', { name: signal.professional.name, date: formatDateTime(signal.registeredAt) }) },
          { key: 'until', label: signal.closedAt ? t('signals.closedAt') : t('signals.activeUntilLabel'), value: signal.closedAt ? formatDateTime(signal.closedAt) : formatDate(signal.activeUntil) },
          { key: 'note', label: t('signals.noteLabel'), value: signal.note ?? t('signals.noNote') },
        ]}
      />
      {signal.matches > 0 && !signal.closedAt && (
        <Paragraph>
          <AppLink to="/inbox?soort=signal-match">{t('signals.seeInbox')}</AppLink>
        </Paragraph>
      )}
      {state === 'active' && (
        <div className="dichtbij-actions">
          <Disclosure label={t('signals.close')} ariaLabel={t('signals.closeLabel', { signal: title })}>
            {(close) => <CloseSignalForm signal={signal} onCancel={close} onDone={() => { close(); onClosed(); }} />}
          </Disclosure>
        </div>
      )}
    </li>
  );
}

/** Signalen: register a concern about a young person by BSN, and my organisation's signals. */
export function SignalsPage() {
  const { t } = useTranslation();
  const signals = useLoad((signal) => api.ownSignals(signal), []);
  const [result, setResult] = useState<SignalCreated | null>(null);
  const [message, setMessage] = useState('');
  const items = signals.data?.items ?? [];
  return (
    <>
      <PageTitle title={t('signals.title')} />
      <Paragraph lead>{t('signals.intro')}</Paragraph>
      <section aria-labelledby="signal-new" className="dichtbij-panel">
        <Heading2 id="signal-new">{t('signals.newHeading')}</Heading2>
        <div className="dichtbij-feedback" role="status">
          {result && (
            <Alert type={result.matches > 0 ? 'warning' : 'ok'} role="none">
              <Paragraph>{t('signals.registered', { date: formatDate(result.activeUntil) })}</Paragraph>
              {result.matches > 0 ? (
                <Paragraph>
                  <strong>{t('signals.matchFound')}</strong> <AppLink to="/inbox?soort=signal-match">{t('signals.toInbox')}</AppLink>
                </Paragraph>
              ) : (
                <Paragraph>{t('signals.noMatch')}</Paragraph>
              )}
            </Alert>
          )}
        </div>
        <SignalForm
          onRegistered={(created) => {
            setMessage('');
            setResult(created);
            signals.reload();
            if (created.matches > 0) inboxChanged();
          }}
        />
      </section>
      <section aria-labelledby="signal-list">
        <Heading2 id="signal-list">{t('signals.listHeading')}</Heading2>
        <Paragraph>{t('signals.listIntro')}</Paragraph>
        <StatusMessage>{message}</StatusMessage>
        <ErrorAlert error={signals.error} />
        <LiveText>{signals.loading && !signals.data ? t('common.loading') : signals.data && (items.length === 0 ? t('signals.none') : t('signals.found', { count: items.length }))}</LiveText>
        {items.length > 0 && (
          <ul className="dichtbij-item-list">
            {items.map((signal) => (
              <SignalItem
                key={signal.id}
                signal={signal}
                onClosed={() => {
                  setResult(null);
                  setMessage(t('signals.closed'));
                  signals.reload();
                }}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
