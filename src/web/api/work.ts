/**
 * Types of the early-signal, pathway, request, support-team and waiting-list API, as the server sends them.
 * The calls themselves live in the one client (`client.ts`).
 */

export const SIGNAL_DOMAINS = ['development', 'behaviour', 'home-situation', 'poverty', 'health', 'school-absence', 'safety'] as const;
export type SignalDomain = (typeof SIGNAL_DOMAINS)[number];
export const ENTRY_POINTS = ['school-support-team', 'gp-practice', 'jgz', 'neighbourhood-team', 'parents', 'ikc'] as const;
export type EntryPoint = (typeof ENTRY_POINTS)[number];
export const OUTCOMES = ['advice', 'light-support', 'ambulatory', 'specialist', 'special-education'] as const;
export type Outcome = (typeof OUTCOMES)[number];

// Signals and matches

export interface NewSignal {
  bsn: string;
  domain: SignalDomain;
  note?: string | null;
  activeUntil?: string | null;
}

export interface SignalCreated { id: string; activeUntil: string; matches: number }

export interface OwnSignal {
  id: string;
  bsnMasked: string;
  domain: SignalDomain;
  /** Only ever shown within the signalling organisation. */
  note: string | null;
  registeredAt: string;
  activeUntil: string;
  closedAt: string | null;
  professional: { id: string; name: string };
  matches: number;
}

// The inbox

export interface SignalMatchItem {
  type: 'signal-match';
  id: string;
  at: string;
  /** child: the same young person; family: a brother or sister in the same family. */
  matchKind: 'child' | 'family';
  mySignal: { id: string; domain: SignalDomain };
  otherProfessional: { id: string; name: string; jobFunction: string | null; email: string; phone: string | null };
  otherOrganisation: { id: string; name: string; kind: string; phone: string | null };
  proposedCoordinator: { id: string; name: string } | null;
  /** The organisation I confirmed as coordinator, if any. */
  myConfirmation: string | null;
  /** The organisation both professionals confirmed, once they agree. */
  agreedCoordinator: string | null;
}

export interface RequestInboxItem {
  type: 'request-task' | 'overdue-request';
  /** The request's id. */
  id: string;
  at: string;
  pathway: string;
  step: string;
  dueOn: string | null;
}

/** An unread notification from another module (learning network, questionnaires); `data` never holds data about a child. */
export interface NotificationInboxItem {
  type: 'notification';
  id: string;
  at: string;
  /** group-post, post-reply, questionnaire-sent, questionnaire-submitted, ... */
  kind: string;
  data: Record<string, unknown>;
  /** The web page to open, if any. */
  link: string | null;
}

export type InboxItem = SignalMatchItem | RequestInboxItem | NotificationInboxItem;
export type InboxItemType = InboxItem['type'];

// Pathways

export interface PathwayStep {
  position: number;
  name: string;
  responsibleFunction: string | null;
  responsibleOrganisationKind: string | null;
  deadlineWorkingDays: number;
}

export interface Pathway {
  id: string;
  name: string;
  description: string | null;
  area: { id: string; name: string } | null;
  entryPoints: string[];
  outcomes: string[];
  isActive: boolean;
  steps: PathwayStep[];
}

export interface PathwayInput {
  name: string;
  description?: string | null;
  areaId?: string | null;
  entryPoints: string[];
  outcomes: string[];
  isActive?: boolean;
  steps: { name: string; responsibleFunction?: string | null; responsibleOrganisationKind?: string | null; deadlineWorkingDays: number }[];
}

/** A figure as the server may show it: exact for professionals, rounded or suppressed (0 to 7) for others. */
export interface FlowCount { value: number | null; suppressed: boolean }

export interface PathwayFlow {
  pathway: { id: string; name: string };
  from: string;
  to: string;
  disclosureControlled: boolean;
  received: FlowCount;
  open: { position: number; name: string; count: FlowCount }[];
  outcomes: { outcome: string; count: FlowCount }[];
}

// Requests

export interface NewRequest {
  childId?: string | null;
  bsn?: string | null;
  pathwayId: string;
  entryPoint: string;
  note?: string | null;
  teamId?: string | null;
}

export interface SupportRequest {
  id: string;
  pathway: { id: string; name: string };
  childId: string | null;
  /** Only when the reader is involved with the child. */
  childName: string | null;
  entryPoint: string;
  note: string | null;
  status: 'open' | 'closed';
  step: { position: number; name: string; dueOn: string | null };
  isOverdue: boolean;
  assignedProfessionalId: string | null;
  createdBy: string;
  receivedAt: string;
  firstContactAt: string | null;
  decidedAt: string | null;
  supportStartedOn: string | null;
  outcome: string | null;
  episodeId: string | null;
  teamId: string | null;
}

export interface RequestStepRecord { position: number; startedAt: string; dueOn: string | null; completedAt: string | null; note: string | null }

export interface SupportRequestDetail extends SupportRequest { history: RequestStepRecord[] }

export interface OutcomeInput {
  outcome: string;
  providerOrganisationId?: string | null;
  startedOn?: string | null;
  note?: string | null;
}

// Support teams

export interface SupportTeam { id: string; name: string; school: { id: string; name: string }; myRole: string }

export interface TeamMeeting {
  id: string;
  scheduledOn: string;
  attendeeIds: string[];
  notes: string | null;
  items: { requestId: string; outcome: string | null; followUpOn: string | null }[];
}

export interface TeamBoard {
  id: string;
  name: string;
  school: { id: string; name: string };
  members: { id: string; name: string; email: string; phone: string | null; role: string }[];
  queue: SupportRequest[];
  meetings: TeamMeeting[];
}

export interface NewMeeting { scheduledOn: string; attendeeIds: string[]; requestIds: string[]; notes?: string | null }

// Waiting lists

export interface WaitingListItem {
  episodeId: string;
  /** Only when the reader is involved with the child. */
  childName: string | null;
  level: number;
  status: string;
  kind: string | null;
  requestedOn: string;
  decidedOn: string | null;
  daysWaiting: number;
  coordinator: { id: string; name: string; email: string; phone: string | null } | null;
}
