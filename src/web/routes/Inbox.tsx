import '../components/work/work.css';
import { ButtonGroup, Heading2, Heading3, Link, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, type InboxItem, type InboxItemType, type Me, type NotificationInboxItem, type RequestInboxItem, type SignalMatchItem } from '../api/client';
import { Details } from '../components/Details';
import { ErrorAlert, LiveText, StatusMessage } from '../components/Feedback';
import { formatDate, formatDateTime, useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { useSession, useUser } from '../components/session';
import { Tabs } from '../components/Tabs';
import { useAction } from '../components/useAction';
import { useLoad } from '../components/useLoad';
import { OverdueBadge } from '../components/work/DueDate';
import { inboxChanged } from '../components/work/InboxNavItem';
import { telHref, useWorkLabels } from '../components/work/labels';
import { useRefocus } from '../components/work/useRefocus';

type Filter = 'all' | InboxItemType;
const FILTERS: readonly Filter[] = ['all', 'signal-match', 'request-task', 'overdue-request', 'notification'];
const NOTIFICATION_KINDS = ['group-post', 'post-reply', 'questionnaire-sent', 'questionnaire-submitted'] as const;

/** The organisations a match may agree on: the proposal, the other's and my own (the one my signal was given for). */
function coordinationChoices(item: SignalMatchItem, me: Me) {
  const mine = me.organisations.find((o) => o.id === me.organisationIds[0]) ?? me.organisations[0];
  const choices = [item.proposedCoordinator, { id: item.otherOrganisation.id, name: item.otherOrganisation.name }, mine ? { id: mine.id, name: mine.name } : null];
  const unique = new Map<string, string>();
  for (const choice of choices) if (choice && !unique.has(choice.id)) unique.set(choice.id, choice.name);
  return unique;
}

function MatchItem({ item, me, bsnOf, onConfirmed }: { item: SignalMatchItem; me: Me; bsnOf: (signalId: string) => string | undefined; onConfirmed: (name: string) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const work = useWorkLabels();
  const action = useAction();
  const headingId = `match-${item.id}`;
  const choices = coordinationChoices(item, me);
  const nameOf = (organisationId: string) => choices.get(organisationId) ?? t('inbox.match.otherOrganisation');
  const other = item.otherProfessional;
  const organisation = item.otherOrganisation;
  const bsn = bsnOf(item.mySignal.id);

  const confirm = async (organisationId: string) => {
    if ((await action.run(() => api.confirmCoordination(item.id, organisationId))).ok) onConfirmed(nameOf(organisationId));
  };

  return (
    <li className="dichtbij-inbox-item dichtbij-inbox-item--match">
      <article aria-labelledby={headingId}>
        <p className="dichtbij-inbox-item__kind">{t('inbox.kinds.signal-match')}</p>
        <Heading2 id={headingId} className="dichtbij-inbox-item__heading">
          {t(item.matchKind === 'family' ? 'inbox.match.titleFamily' : 'inbox.match.title', { name: other.name })}
        </Heading2>
        <Paragraph className="dichtbij-inbox-item__meta">
          {formatDateTime(item.at)} · {bsn ? t('inbox.match.mySignalWithBsn', { domain: work.signalDomain(item.mySignal.domain), bsn }) : t('inbox.match.mySignal', { domain: work.signalDomain(item.mySignal.domain) })}
        </Paragraph>
        <Paragraph>
          {t(item.matchKind === 'family' ? 'inbox.match.bodyFamily' : 'inbox.match.body', { name: other.name, organisation: organisation.name })}
        </Paragraph>
        <Details
          items={[
            { key: 'who', label: t('inbox.match.who'), value: [other.name, labels.jobFunction(other.jobFunction)].filter(Boolean).join(', ') },
            { key: 'organisation', label: t('inbox.match.organisation'), value: `${organisation.name} (${labels.organisationKind(organisation.kind)})` },
            { key: 'email', label: t('inbox.match.email'), value: <Link href={`mailto:${other.email}`}>{other.email}</Link> },
            { key: 'phone', label: t('inbox.match.phone'), value: other.phone ? <Link href={telHref(other.phone)}>{other.phone}</Link> : t('inbox.match.noPhone') },
            { key: 'organisationPhone', label: t('inbox.match.organisationPhone'), value: organisation.phone && <Link href={telHref(organisation.phone)}>{organisation.phone}</Link> },
          ]}
        />
        <Paragraph className="dichtbij-secondary">{t('inbox.match.notesPrivate')}</Paragraph>
        <Heading3>{t('inbox.match.coordination')}</Heading3>
        <Details
          items={[
            { key: 'proposed', label: t('inbox.match.proposed'), value: item.proposedCoordinator?.name ?? t('inbox.match.noProposal') },
            { key: 'mine', label: t('inbox.match.myConfirmation'), value: item.myConfirmation ? nameOf(item.myConfirmation) : t('inbox.match.notConfirmed') },
            { key: 'agreed', label: t('inbox.match.agreed'), value: item.agreedCoordinator ? nameOf(item.agreedCoordinator) : t('inbox.match.notAgreed') },
          ]}
        />
        <ErrorAlert error={action.error} />
        <ButtonGroup>
          {[...choices].map(([id, name]) => {
            const Button = id === item.proposedCoordinator?.id ? PrimaryActionButton : SecondaryActionButton;
            return (
              <Button key={id} type="button" aria-pressed={id === item.myConfirmation} busy={action.busy} aria-disabled={action.busy || undefined} onClick={() => void confirm(id)}>
                {t('inbox.match.confirm', { name })}
              </Button>
            );
          })}
        </ButtonGroup>
      </article>
    </li>
  );
}

function RequestItem({ item }: { item: RequestInboxItem }) {
  const { t } = useTranslation();
  const headingId = `${item.type}-${item.id}`;
  const isOverdue = item.type === 'overdue-request';
  return (
    <li className={`dichtbij-inbox-item ${isOverdue ? 'dichtbij-inbox-item--overdue' : 'dichtbij-inbox-item--task'}`}>
      <article aria-labelledby={headingId}>
        <p className="dichtbij-inbox-item__kind">
          {isOverdue ? <OverdueBadge /> : t('inbox.kinds.request-task')}
        </p>
        <Heading2 id={headingId} className="dichtbij-inbox-item__heading">
          <AppLink to={`/hulpvragen/${item.id}`}>{t(isOverdue ? 'inbox.request.overdueTitle' : 'inbox.request.taskTitle', { pathway: item.pathway })}</AppLink>
        </Heading2>
        <Details
          items={[
            { key: 'step', label: t('inbox.request.step'), value: item.step },
            { key: 'due', label: t('inbox.request.dueOn'), value: item.dueOn ? formatDate(item.dueOn) : t('requests.noDueDate') },
            ...(isOverdue ? [] : [{ key: 'received', label: t('inbox.request.receivedAt'), value: formatDateTime(item.at) }]),
          ]}
        />
      </article>
    </li>
  );
}

/** A notification of another module, said from its data; the link goes to the page it is about. */
function NotificationItem({ item, onRead }: { item: NotificationInboxItem; onRead: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const headingId = `notification-${item.id}`;
  const text = (key: string) => {
    const value = item.data[key];
    return value === null || value === undefined ? '' : String(value);
  };
  const values = { authorName: text('authorName'), groupName: text('groupName'), postTitle: text('postTitle'), title: text('title'), organisationName: text('organisationName') };
  const kind = NOTIFICATION_KINDS.find((k) => k === item.kind);
  const title = kind ? t(`inbox.notification.kinds.${kind}`, values) : t('inbox.notification.other');
  const markRead = async () => {
    if ((await action.run(() => api.markNotificationRead(item.id))).ok) onRead();
  };
  return (
    <li className="dichtbij-inbox-item dichtbij-inbox-item--notification">
      <article aria-labelledby={headingId}>
        <p className="dichtbij-inbox-item__kind">{t('inbox.kinds.notification')}</p>
        <Heading2 id={headingId} className="dichtbij-inbox-item__heading">
          {item.link ? <AppLink to={item.link}>{title}</AppLink> : title}
        </Heading2>
        <Paragraph className="dichtbij-inbox-item__meta">{formatDateTime(item.at)}</Paragraph>
        <ErrorAlert error={action.error} />
        <ButtonGroup>
          <SecondaryActionButton type="button" aria-label={t('inbox.notification.markReadLabel', { title })} busy={action.busy} onClick={() => void markRead()}>
            {t('inbox.notification.markRead')}
          </SecondaryActionButton>
        </ButtonGroup>
      </article>
    </li>
  );
}

/** Inbox: matches on my signals, new requests waiting for someone with my function, overdue requests and unread notifications. */
export function InboxPage() {
  const { t } = useTranslation();
  const me = useUser();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('soort') as Filter | null;
  const filter: Filter = chosen && FILTERS.includes(chosen) ? chosen : 'all';
  const inbox = useLoad((signal) => api.inbox(signal), []);
  // My organisation's signals tell which child a match is about (by masked BSN), for those who may give signals.
  const canSignal = can('signals:write');
  const signals = useLoad((signal) => (canSignal ? api.ownSignals(signal) : Promise.resolve({ items: [] })), [canSignal]);
  const [message, setMessage] = useState('');
  const items: InboxItem[] = inbox.data?.items ?? [];
  const shown = filter === 'all' ? items : items.filter((item) => item.type === filter);
  const countOf = (key: Filter) => (key === 'all' ? items.length : items.filter((item) => item.type === key).length);
  const bsnOf = (signalId: string) => signals.data?.items.find((s) => s.id === signalId)?.bsnMasked;
  const refocus = useRefocus(inbox.data);
  const changed = (text: string) => {
    setMessage(text);
    // A read notification leaves the list: focus goes back to the page's heading rather than nowhere.
    refocus(() => document.querySelector<HTMLElement>('main h1'));
    inbox.reload();
    inboxChanged();
  };

  return (
    <>
      <PageTitle title={t('inbox.title')} />
      <Paragraph lead>{t('inbox.intro')}</Paragraph>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={inbox.error} />
      <Tabs<Filter>
        label={t('inbox.filter')}
        tabs={FILTERS.map((key) => ({ key, label: t('inbox.tab', { label: t(`inbox.tabs.${key}`), count: countOf(key) }) }))}
        selected={filter}
        onSelect={(key) => setParams(key === 'all' ? {} : { soort: key }, { replace: true })}
      >
        <LiveText>{inbox.loading && !inbox.data ? t('common.loading') : inbox.data && (shown.length === 0 ? t('inbox.none') : t('inbox.found', { count: shown.length }))}</LiveText>
        {shown.length > 0 && (
          <ul className="dichtbij-inbox" aria-busy={inbox.loading}>
            {shown.map((item) =>
              item.type === 'signal-match' ? (
                <MatchItem
                  key={`${item.type}-${item.id}`}
                  item={item}
                  me={me}
                  bsnOf={bsnOf}
                  onConfirmed={(name) => changed(t('inbox.match.confirmed', { name }))}
                />
              ) : item.type === 'notification' ? (
                <NotificationItem key={`${item.type}-${item.id}`} item={item} onRead={() => changed(t('inbox.notification.read'))} />
              ) : (
                <RequestItem key={`${item.type}-${item.id}`} item={item} />
              ),
            )}
          </ul>
        )}
      </Tabs>
    </>
  );
}
