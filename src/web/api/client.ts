/**
 * The one typed client for the Dichtbij API. It keeps the CSRF token in memory, sends the UI language
 * as Accept-Language, turns problem+json answers into ApiError and reports an expired session (401).
 */

import type {
  AccessRequest, CaseloadItem, Child, EpisodeChanges, Family, GoalStatus, LifeDomain, NewChild, NewConsent, NewEpisode,
  NewFamily, NewTeamMember, TimelineEvent,
} from './cases';
import type {
  ApiToken, ApiTokenCreated, Area, AreaKind, AuditEvent, AuditOutcome, Me, NewUser, Organisation, OrganisationSummary, Paged, PageQuery, Professional,
  ProfessionalSummary, Session, UserAccount, UserChanges,
} from './types';
import type {
  InboxItem, NewMeeting, NewRequest, NewSignal, OutcomeInput, OwnSignal, Pathway, PathwayFlow, PathwayInput, SignalCreated, SupportRequest,
  SupportRequestDetail, SupportTeam, TeamBoard, WaitingListItem,
} from './work';

export * from './cases';
export * from './types';
export * from './work';
export * from './programmes';

export interface Created { id: string }

export interface InvalidParam { name: string; code: string; reason: string }

/** An RFC 9457 problem as the API sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  instance?: string;
  invalidParams?: InvalidParam[];
}

/** A failed call. `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from a Retry-After header (429), when sent. */
  readonly retryAfter: number | null;

  constructor(problem: Problem, retryAfter: number | null = null) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The per-field reasons of a 400, keyed by field name (e.g. `email`, `roles.0.organisationId`). */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const p of this.problem.invalidParams ?? []) if (!(p.name in result)) result[p.name] = p.reason;
    return result;
  }
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

interface ClientSettings {
  /** The UI language, sent as Accept-Language. */
  language: () => string;
  /** Called when a call answers 401 (session missing or expired). */
  onUnauthorized: () => void;
  /** Text for a network failure, in the UI language (the server could not be reached). */
  networkErrorDetail: () => string;
}

const settings: ClientSettings = {
  language: () => 'nl',
  onUnauthorized: () => {},
  networkErrorDetail: () => 'De server is niet bereikbaar.',
};

let csrfToken: string | null = null;

export function configureApi(changes: Partial<ClientSettings>): void {
  Object.assign(settings, changes);
}

type Query = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not treat 401 as an expired session (sign-in, session restore). */
  expectUnauthorized?: boolean;
}

const API = '/api/v1';

function toSearch(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text !== '') params.set(key, text);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', 'Accept-Language': settings.language() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (STATE_CHANGING.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${API}${path}${toSearch(options.query)}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError({ status: 0, code: 'network', detail: settings.networkErrorDetail() });
  }

  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) return data as T;

  const problem: Problem = isProblem(data) ? { ...data, status: response.status } : { status: response.status, title: response.statusText };
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  const error = new ApiError(problem, Number.isFinite(retryAfter) ? retryAfter : null);
  if (response.status === 401 && !options.expectUnauthorized) {
    csrfToken = null;
    settings.onUnauthorized();
  }
  throw error;
}

function isProblem(data: unknown): data is Problem {
  return typeof data === 'object' && data !== null && ('detail' in data || 'title' in data || 'code' in data);
}

const id = (value: string) => encodeURIComponent(value);

export const api = {
  // Sessions
  async signIn(email: string, password: string): Promise<Session> {
    const session = await request<Session>('POST', '/sessions', { body: { email, password }, expectUnauthorized: true });
    csrfToken = session.csrfToken;
    return session;
  },
  /** The current session, or null when not signed in. */
  async currentSession(signal?: AbortSignal): Promise<Session | null> {
    try {
      const session = await request<Session>('GET', '/sessions/current', { signal, expectUnauthorized: true });
      csrfToken = session.csrfToken;
      return session;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        csrfToken = null;
        return null;
      }
      throw error;
    }
  },
  async signOut(): Promise<void> {
    try {
      await request<void>('DELETE', '/sessions/current', { expectUnauthorized: true });
    } finally {
      csrfToken = null;
    }
  },
  me: (signal?: AbortSignal) => request<Me>('GET', '/me', { signal }),

  // Network directory
  areas: (query: { kind?: AreaKind; query?: string; parentId?: string } & PageQuery, signal?: AbortSignal) =>
    request<Paged<Area>>('GET', '/areas', { query, signal }),
  organisations: (query: { query?: string; kind?: string; municipalityId?: string } & PageQuery, signal?: AbortSignal) =>
    request<Paged<OrganisationSummary>>('GET', '/organisations', { query, signal }),
  organisation: (organisationId: string, signal?: AbortSignal) => request<Organisation>('GET', `/organisations/${id(organisationId)}`, { signal }),
  professionals: (
    query: { query?: string; organisationId?: string; organisationKind?: string; municipalityId?: string; theme?: string } & PageQuery,
    signal?: AbortSignal,
  ) => request<Paged<ProfessionalSummary>>('GET', '/professionals', { query, signal }),
  professional: (professionalId: string, signal?: AbortSignal) => request<Professional>('GET', `/professionals/${id(professionalId)}`, { signal }),
  themes: (signal?: AbortSignal) => request<{ items: { key: string }[] }>('GET', '/themes', { signal }),

  // User administration
  users: (query: { query?: string } & PageQuery, signal?: AbortSignal) => request<Paged<UserAccount>>('GET', '/users', { query, signal }),
  createUser: (body: NewUser) => request<UserAccount>('POST', '/users', { body }),
  updateUser: (userId: string, body: UserChanges) => request<UserAccount>('PATCH', `/users/${id(userId)}`, { body }),

  // Audit
  auditEvents: (
    query: { actorId?: string; subjectId?: string; outcome?: AuditOutcome | ''; resource?: string } & PageQuery,
    signal?: AbortSignal,
  ) => request<Paged<AuditEvent>>('GET', '/audit-events', { query, signal }),

  // Personal API tokens
  apiTokens: (signal?: AbortSignal) => request<{ items: ApiToken[] }>('GET', '/api-tokens', { signal }),
  createApiToken: (name: string) => request<ApiTokenCreated>('POST', '/api-tokens', { body: { name } }),
  revokeApiToken: (tokenId: string) => request<void>('DELETE', `/api-tokens/${id(tokenId)}`),

  // Children and families
  myFamilies: (signal?: AbortSignal) => request<{ items: CaseloadItem[] }>('GET', '/my-families', { signal }),
  registerChild: (body: NewChild) => request<Created>('POST', '/children', { body }),
  children: (query: { bsn?: string; query?: string } & PageQuery, signal?: AbortSignal) => request<Paged<Child>>('GET', '/children', { query, signal }),
  child: (childId: string, signal?: AbortSignal) => request<Child>('GET', `/children/${id(childId)}`, { signal }),
  /** Shows the full BSN; the server records this in the audit trail. */
  revealBsn: (childId: string) => request<{ bsn: string | null }>('GET', `/children/${id(childId)}/bsn`),
  createFamily: (body: NewFamily) => request<Created>('POST', '/families', { body }),
  family: (familyId: string, signal?: AbortSignal) => request<Family>('GET', `/families/${id(familyId)}`, { signal }),
  familyTimeline: (familyId: string, signal?: AbortSignal) => request<{ items: TimelineEvent[] }>('GET', `/families/${id(familyId)}/timeline`, { signal }),
  /** Where the right-of-access export is read (a plain link: the session cookie goes along). */
  familyExportUrl: (familyId: string, format: 'html' | 'json') => `${API}/families/${id(familyId)}/export?format=${format}`,

  // Consent
  recordConsent: (body: NewConsent) => request<Created>('POST', '/consents', { body }),
  withdrawConsent: (consentId: string, reason: string) =>
    request<{ id: string; endedInvolvements: number }>('POST', `/consents/${id(consentId)}/withdrawal`, { body: { reason } }),

  // Family plan
  openPlan: (familyId: string, coordinatorId: string) => request<Created>('POST', '/plans', { body: { familyId, coordinatorId } }),
  closePlan: (planId: string, reason: string) => request<Created>('POST', `/plans/${id(planId)}/closure`, { body: { reason } }),
  addTeamMember: (planId: string, body: NewTeamMember) => request<{ id: string; childIds: string[] }>('POST', `/plans/${id(planId)}/team-members`, { body }),
  removeTeamMember: (planId: string, professionalId: string) => request<void>('DELETE', `/plans/${id(planId)}/team-members/${id(professionalId)}`),
  requestHandover: (planId: string, toProfessionalId: string, note?: string | null) =>
    request<Created>('POST', `/plans/${id(planId)}/handovers`, { body: { toProfessionalId, note } }),
  acceptHandover: (handoverId: string) => request<{ id: string; status: string }>('POST', `/handovers/${id(handoverId)}/acceptance`),
  refuseHandover: (handoverId: string) => request<{ id: string; status: string }>('POST', `/handovers/${id(handoverId)}/refusal`),
  addGoal: (planId: string, body: { domain: LifeDomain; description: string; childId?: string | null }) =>
    request<Created>('POST', `/plans/${id(planId)}/goals`, { body }),
  updateGoal: (goalId: string, body: { status?: GoalStatus; description?: string }) => request<Created>('PATCH', `/goals/${id(goalId)}`, { body }),
  evaluateGoal: (goalId: string, body: { score: number; note?: string | null; evaluatedOn: string }) =>
    request<Created>('POST', `/goals/${id(goalId)}/evaluations`, { body }),
  addEpisode: (planId: string, body: NewEpisode) => request<{ id: string; status: string }>('POST', `/plans/${id(planId)}/episodes`, { body }),
  updateEpisode: (episodeId: string, body: EpisodeChanges) => request<{ id: string; status: string }>('PATCH', `/episodes/${id(episodeId)}`, { body }),
  changeLevel: (episodeId: string, body: { toLevel: number; on?: string | null; reason?: string | null }) =>
    request<{ id: string; decision: string }>('POST', `/episodes/${id(episodeId)}/level-changes`, { body }),

  // The municipal access team
  accessRequests: (signal?: AbortSignal) => request<{ items: AccessRequest[] }>('GET', '/access-requests', { signal }),
  decideAccessRequest: (requestId: string, body: { approved: boolean; reason: string }) =>
    request<{ id: string; decision: string }>('POST', `/access-requests/${id(requestId)}/decision`, { body }),

  // Inbox, early signals and matches
  inbox: (signal?: AbortSignal) => request<{ items: InboxItem[] }>('GET', '/inbox', { signal }),
  registerSignal: (body: NewSignal) => request<SignalCreated>('POST', '/signals', { body }),
  ownSignals: (signal?: AbortSignal) => request<{ items: OwnSignal[] }>('GET', '/signals', { signal }),
  closeSignal: (signalId: string, reason: string) => request<Created>('POST', `/signals/${id(signalId)}/closure`, { body: { reason } }),
  confirmCoordination: (matchId: string, organisationId: string) =>
    request<Created>('POST', `/signal-matches/${id(matchId)}/coordination`, { body: { organisationId } }),
  markNotificationRead: (notificationId: string) => request<{ id: string }>('POST', `/notifications/${id(notificationId)}/read`),

  // Pathways
  pathways: (query: { areaId?: string } = {}, signal?: AbortSignal) => request<{ items: Pathway[] }>('GET', '/pathways', { query, signal }),
  pathway: (pathwayId: string, signal?: AbortSignal) => request<Pathway>('GET', `/pathways/${id(pathwayId)}`, { signal }),
  createPathway: (body: PathwayInput) => request<Created>('POST', '/pathways', { body }),
  updatePathway: (pathwayId: string, body: PathwayInput) => request<Created>('PUT', `/pathways/${id(pathwayId)}`, { body }),
  pathwayFlow: (pathwayId: string, period: { from: string; to: string }, signal?: AbortSignal) =>
    request<PathwayFlow>('GET', `/pathways/${id(pathwayId)}/flow`, { query: period, signal }),

  // Requests on a pathway
  startRequest: (body: NewRequest) => request<{ id: string; stepDueOn: string }>('POST', '/requests', { body }),
  supportRequests: (query: { status?: 'open' | 'closed'; teamId?: string }, signal?: AbortSignal) =>
    request<{ items: SupportRequest[] }>('GET', '/requests', { query, signal }),
  supportRequest: (requestId: string, signal?: AbortSignal) => request<SupportRequestDetail>('GET', `/requests/${id(requestId)}`, { signal }),
  recordFirstContact: (requestId: string, note: string | null) =>
    request<{ id: string; involved: boolean }>('POST', `/requests/${id(requestId)}/first-contact`, { body: { note } }),
  completeStep: (requestId: string, note: string | null) => request<Created>('POST', `/requests/${id(requestId)}/step-completion`, { body: { note } }),
  recordOutcome: (requestId: string, body: OutcomeInput) =>
    request<{ id: string; outcome: string; episodeId: string | null }>('POST', `/requests/${id(requestId)}/outcome`, { body }),

  // School support teams
  supportTeams: (signal?: AbortSignal) => request<{ items: SupportTeam[] }>('GET', '/support-teams', { signal }),
  teamBoard: (teamId: string, signal?: AbortSignal) => request<TeamBoard>('GET', `/support-teams/${id(teamId)}/board`, { signal }),
  planMeeting: (teamId: string, body: NewMeeting) => request<Created>('POST', `/support-teams/${id(teamId)}/meetings`, { body }),
  recordMeetingItem: (meetingId: string, requestId: string, body: { outcome: string; followUpOn?: string | null }) =>
    request<Created>('PUT', `/meetings/${id(meetingId)}/items/${id(requestId)}`, { body }),

  // Waiting lists
  waitingList: (providerOrganisationId: string, signal?: AbortSignal) =>
    request<{ items: WaitingListItem[] }>('GET', '/waiting-list', { query: { providerOrganisationId }, signal }),
};
