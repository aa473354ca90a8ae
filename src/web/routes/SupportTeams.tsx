import '../components/work/work.css';
import {
  ButtonGroup, Heading2, Heading3, Heading4, Paragraph, PrimaryActionButton, SecondaryActionButton, Table, TableBody, TableCaption, TableCell,
  TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { api, type SupportRequest, type TeamBoard, type TeamMeeting } from '../api/client';
import { CheckboxGroup } from '../components/ChoiceGroup';
import { Disclosure } from '../components/Disclosure';
import { ErrorAlert, LiveText, Loading, StatusMessage } from '../components/Feedback';
import { formatDate, formatDateTime, today, useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { useAction } from '../components/useAction';
import { useLoad } from '../components/useLoad';
import { ContactLinks } from '../components/work/Contact';
import { DueDate } from '../components/work/DueDate';

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
/** The first reason the server gave for any field of a list (`attendeeIds.2` and the like). */
const firstError = (errors: Record<string, string>, field: string) => errors[field] ?? Object.entries(errors).find(([name]) => name.startsWith(`${field}.`))?.[1];

/** "Kinderen eerst, Noor Jansen (Gesprek met de maatschappelijk werker)": a request on the agenda or in the queue. */
function useRequestLabel() {
  const { t } = useTranslation();
  return (request: SupportRequest | undefined) =>
    request ? t('teams.requestLabel', { pathway: request.pathway.name, child: request.childName ?? t('teams.childHidden'), step: request.step.name }) : t('teams.unknownRequest');
}

/** Teams: the support teams I am a member of; with one team, straight to its board. */
export function SupportTeamsPage() {
  const { t } = useTranslation();
  const teams = useLoad((signal) => api.supportTeams(signal), []);
  const items = teams.data?.items ?? [];
  if (items.length === 1 && items[0]) return <Navigate to={`/ondersteuningsteam/${items[0].id}`} replace />;
  return (
    <>
      <PageTitle title={t('teams.title')} />
      <Paragraph lead>{t('teams.intro')}</Paragraph>
      <ErrorAlert error={teams.error} />
      <LiveText>{teams.loading ? t('common.loading') : teams.data && (items.length === 0 ? t('teams.none') : t('teams.found', { count: items.length }))}</LiveText>
      {items.length > 0 && (
        <ul className="dichtbij-result-list">
          {items.map((team) => (
            <li key={team.id} className="dichtbij-result">
              <AppLink to={`/ondersteuningsteam/${team.id}`} className="dichtbij-result__title">
                {team.name}
              </AppLink>
              <Paragraph className="dichtbij-result__meta">{team.school.name}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function QueueTable({ queue }: { queue: SupportRequest[] }) {
  const { t } = useTranslation();
  return (
    <div className="utrecht-table-container dichtbij-table-container">
      <Table>
        <TableCaption className="dichtbij-visually-hidden">{t('teams.queueCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('teams.request')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('teams.child')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('teams.step')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('teams.dueOn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {queue.map((request) => (
            <TableRow key={request.id}>
              <TableHeaderCell scope="row">
                <AppLink to={`/hulpvragen/${request.id}`}>{t('requests.linkText', { pathway: request.pathway.name, date: formatDateTime(request.receivedAt) })}</AppLink>
              </TableHeaderCell>
              <TableCell>{request.childName ?? t('teams.childHidden')}</TableCell>
              <TableCell>{request.step.name}</TableCell>
              <TableCell>
                <DueDate dueOn={request.step.dueOn} isOverdue={request.isOverdue} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function MeetingItemForm({ meetingId, item, label, onDone, onCancel }: { meetingId: string; item: TeamMeeting['items'][number]; label: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState(item.outcome ?? '');
  const [followUpOn, setFollowUpOn] = useState(item.followUpOn ?? '');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run(() => api.recordMeetingItem(meetingId, item.requestId, { outcome, followUpOn: orNull(followUpOn) }))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form" aria-label={t('teams.itemFormLabel', { item: label })}>
      <ErrorAlert error={action.error} />
      <TextAreaField label={t('teams.itemOutcome')} description={t('teams.itemOutcomeHint')} name="outcome" value={outcome} onChange={setOutcome} errorMessage={action.fieldErrors.outcome} required />
      <div className="dichtbij-form__grid">
        <TextField label={t('teams.followUpOn')} description={t('teams.followUpOnHint')} name="followUpOn" type="date" value={followUpOn} onChange={setFollowUpOn} errorMessage={action.fieldErrors.followUpOn} />
      </div>
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('teams.itemSubmit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

function Meeting({ meeting, board, onChanged }: { meeting: TeamMeeting; board: TeamBoard; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const memberName = (id: string) => board.members.find((m) => m.id === id)?.name ?? t('teams.formerMember');
  const request = (id: string) => board.queue.find((r) => r.id === id);
  const requestLabel = useRequestLabel();
  const headingId = `meeting-${meeting.id}`;
  return (
    <li className="dichtbij-item">
      <article aria-labelledby={headingId}>
        <Heading4 id={headingId} className="dichtbij-item__title">
          {t('teams.meetingOn', { date: formatDate(meeting.scheduledOn) })}
        </Heading4>
        <Paragraph className="dichtbij-item__meta">
          {meeting.attendeeIds.length ? t('teams.attendeesList', { names: meeting.attendeeIds.map(memberName).join(', ') }) : t('teams.noAttendees')}
        </Paragraph>
        {meeting.notes && <Paragraph>{meeting.notes}</Paragraph>}
        {meeting.items.length === 0 ? (
          <Paragraph className="dichtbij-secondary">{t('teams.noAgenda')}</Paragraph>
        ) : (
          <ol className="dichtbij-agenda" aria-label={t('teams.agendaLabel', { date: formatDate(meeting.scheduledOn) })}>
            {meeting.items.map((item) => {
              const label = requestLabel(request(item.requestId));
              return (
                <li key={item.requestId} className="dichtbij-agenda__item">
                  <AppLink to={`/hulpvragen/${item.requestId}`}>{label}</AppLink>
                  <span className="dichtbij-secondary">
                    {item.outcome ? t('teams.itemOutcomeValue', { outcome: item.outcome }) : t('teams.noOutcome')}
                    {item.followUpOn && ` · ${t('teams.followUpValue', { date: formatDate(item.followUpOn) })}`}
                  </span>
                  <Disclosure label={item.outcome ? t('teams.changeItem') : t('teams.recordItem')} ariaLabel={t('teams.itemActionLabel', { action: item.outcome ? t('teams.changeItem') : t('teams.recordItem'), item: label })}>
                    {(close) => (
                      <MeetingItemForm
                        meetingId={meeting.id}
                        item={item}
                        label={label}
                        onCancel={close}
                        onDone={() => {
                          close();
                          onChanged(t('teams.itemRecorded'));
                        }}
                      />
                    )}
                  </Disclosure>
                </li>
              );
            })}
          </ol>
        )}
      </article>
    </li>
  );
}

function PlanMeetingForm({ board, onDone, onCancel }: { board: TeamBoard; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const requestLabel = useRequestLabel();
  const [scheduledOn, setScheduledOn] = useState(today);
  const [attendeeIds, setAttendeeIds] = useState<string[]>(() => board.members.map((m) => m.id));
  const [requestIds, setRequestIds] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run(() => api.planMeeting(board.id, { scheduledOn, attendeeIds, requestIds, notes: orNull(notes) }))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <div className="dichtbij-form__grid">
        <TextField label={t('teams.scheduledOn')} name="scheduledOn" type="date" min={today()} value={scheduledOn} onChange={setScheduledOn} errorMessage={action.fieldErrors.scheduledOn} required />
      </div>
      <CheckboxGroup
        legend={t('teams.attendees')}
        name="attendeeIds"
        values={attendeeIds}
        options={board.members.map((m) => ({ value: m.id, label: `${m.name} (${labels.jobFunction(m.role)})` }))}
        onChange={setAttendeeIds}
        errorMessage={firstError(action.fieldErrors, 'attendeeIds')}
      />
      {board.queue.length === 0 ? (
        <Paragraph>{t('teams.queueEmptyForAgenda')}</Paragraph>
      ) : (
        <CheckboxGroup
          legend={t('teams.agenda')}
          description={t('teams.agendaHint')}
          name="requestIds"
          values={requestIds}
          options={board.queue.map((r) => ({ value: r.id, label: requestLabel(r) }))}
          onChange={setRequestIds}
          errorMessage={firstError(action.fieldErrors, 'requestIds')}
        />
      )}
      <TextAreaField label={t('teams.notes')} name="notes" value={notes} onChange={setNotes} errorMessage={action.fieldErrors.notes} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('teams.planSubmit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

/** The board of a school support team: who is in it, the open requests, the meetings and their agendas. */
export function TeamBoardPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { id = '' } = useParams();
  const board = useLoad((signal) => api.teamBoard(id, signal), [id]);
  const [message, setMessage] = useState('');
  const data = board.data;
  const changed = (text: string) => {
    setMessage(text);
    board.reload();
  };

  if (board.error && (board.error.status === 404 || board.error.status === 403)) {
    return (
      <>
        <PageTitle title={t('teams.notFound')} />
        <Paragraph>{board.error.problem.detail ?? t('teams.notFoundBody')}</Paragraph>
      </>
    );
  }

  const day = today();
  const upcoming = (data?.meetings ?? []).filter((m) => m.scheduledOn >= day).sort((a, b) => a.scheduledOn.localeCompare(b.scheduledOn));
  const past = (data?.meetings ?? []).filter((m) => m.scheduledOn < day);

  return (
    <>
      <PageTitle title={data?.name ?? t('teams.title')} />
      <ErrorAlert error={board.error} />
      {board.loading && !data && <Loading />}
      <StatusMessage>{message}</StatusMessage>
      {data && (
        <>
          <Paragraph lead>{t('teams.boardIntro', { school: data.school.name })}</Paragraph>
          <section aria-labelledby="team-members">
            <Heading2 id="team-members">{t('teams.members')}</Heading2>
            <ul className="dichtbij-plain-list dichtbij-members">
              {data.members.map((member) => (
                <li key={member.id} className="dichtbij-member">
                  <AppLink to={`/netwerk/professionals/${member.id}`}>{member.name}</AppLink>
                  <span className="dichtbij-secondary">{labels.jobFunction(member.role)}</span>
                  <ContactLinks email={member.email} phone={member.phone} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="team-queue">
            <Heading2 id="team-queue">{t('teams.queue')}</Heading2>
            {data.queue.length === 0 ? <Paragraph>{t('teams.queueEmpty')}</Paragraph> : <QueueTable queue={data.queue} />}
          </section>
          <section aria-labelledby="team-meetings" className="dichtbij-meetings">
            <Heading2 id="team-meetings">{t('teams.meetings')}</Heading2>
            <div className="dichtbij-actions">
              <Disclosure label={t('teams.plan')}>
                {(close) => (
                  <PlanMeetingForm
                    board={data}
                    onCancel={close}
                    onDone={() => {
                      close();
                      changed(t('teams.planned'));
                    }}
                  />
                )}
              </Disclosure>
            </div>
            <Heading3>{t('teams.upcoming')}</Heading3>
            {upcoming.length === 0 ? (
              <Paragraph>{t('teams.noUpcoming')}</Paragraph>
            ) : (
              <ul className="dichtbij-item-list">
                {upcoming.map((meeting) => (
                  <Meeting key={meeting.id} meeting={meeting} board={data} onChanged={changed} />
                ))}
              </ul>
            )}
            <Heading3>{t('teams.past')}</Heading3>
            {past.length === 0 ? (
              <Paragraph>{t('teams.noPast')}</Paragraph>
            ) : (
              <ul className="dichtbij-item-list">
                {past.map((meeting) => (
                  <Meeting key={meeting.id} meeting={meeting} board={data} onChanged={changed} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
