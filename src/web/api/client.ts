/**
 * The one typed client for the Dichtbij API. It keeps the CSRF token in memory, sends the UI language
 * as Accept-Language, turns problem+json answers into ApiError and reports an expired session (401).
 */

export type Role = 'platform-admin' | 'organisation-admin' | 'professional' | 'policy-officer' | 'programme-lead';
export const ROLES: readonly Role[] = ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'];

export type Permission = 'directory:read' | 'users:manage' | 'audit:read' | 'api-tokens:manage' | (string & {});

export type OrganisationKind =
  | 'school' | 'childcare' | 'ikc' | 'gp-practice' | 'jgz' | 'neighbourhood-team' | 'municipality' | 'welfare'
  | 'youth-care-provider' | 'province' | 'certified-institution' | 'other';
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'school', 'childcare', 'ikc', 'gp-practice', 'jgz', 'neighbourhood-team', 'municipality', 'welfare',
  'youth-care-provider', 'province', 'certified-institution', 'other',
];

export const JOB_FUNCTIONS: readonly string[] = [
  'intern-begeleider', 'leerkracht', 'poh-jeugd', 'huisarts', 'maatschappelijk-werker', 'jeugdondersteuner',
  'jeugdverpleegkundige', 'jeugdarts', 'medewerker-toegang', 'wijkteammedewerker', 'jeugdhulpverlener',
  'pedagogisch-medewerker', 'beleidsmedewerker', 'programmaleider', 'functioneel-beheerder', 'jongerenwerker',
];

export interface OrganisationRef { id: string; name: string; kind: OrganisationKind | string }

export interface Me {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organisationIds: string[];
  jobFunction: string | null;
  organisations: OrganisationRef[];
  permissions: Permission[];
}

export interface Session { csrfToken: string; expiresAt?: string; user: Me }

export interface Paged<T> { items: T[]; page: number; pageSize: number; total: number }

export type PageQuery = { page?: number; pageSize?: number };

export type AreaKind = 'country' | 'province' | 'region' | 'municipality' | 'neighbourhood';
export interface Area { id: string; kind: AreaKind; code: string; name: string; parentId: string | null }

export interface Place { id: string; code: string; name: string }

export interface OrganisationSummary {
  id: string;
  name: string;
  kind: OrganisationKind;
  city: string | null;
  municipality: Place | null;
  neighbourhood: Place | null;
}

export interface Organisation extends OrganisationSummary {
  agbCode: string | null;
  brin: string | null;
  kvkNumber: string | null;
  streetAddress: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  description: string | null;
  professionals: { id: string; name: string; jobFunction: string | null }[];
}

export interface ProfessionalSummary {
  id: string;
  name: string;
  jobFunction: string | null;
  themes: string[];
  email: string;
  phone: string | null;
  organisations: OrganisationRef[];
}

export interface Professional extends ProfessionalSummary { bio: string | null }

export interface RoleGrant { role: Role; organisationId?: string | null; areaId?: string | null }

export interface UserAccount {
  id: string;
  email: string;
  name: string;
  jobFunction: string | null;
  isActive: boolean;
  roles: { role: Role; organisationId: string | null; areaId: string | null }[];
  organisationIds: string[];
}

export interface NewUser {
  email: string;
  name: string;
  jobFunction?: string | null;
  organisationId: string;
  roles: RoleGrant[];
  password: string;
}

export interface UserChanges { name?: string; jobFunction?: string | null; isActive?: boolean; roles?: RoleGrant[] }

export type AuditOutcome = 'allowed' | 'denied';
export interface AuditEvent {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  subjectId: string | null;
  resource: string;
  resourceId: string | null;
  action: string;
  outcome: AuditOutcome;
  context: Record<string, unknown>;
}

export interface ApiToken { id: string; name: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null }
export interface ApiTokenCreated { id: string; name: string; token: string }

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

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
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
};
