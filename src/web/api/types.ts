/**
 * Types of the account, network, audit and token API, as the server sends them. The calls live in `client.ts`.
 */

export type Role = 'platform-admin' | 'organisation-admin' | 'professional' | 'policy-officer' | 'programme-lead';
export const ROLES: readonly Role[] = ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'];

export type Permission = 'directory:read' | 'users:manage' | 'audit:read' | 'api-tokens:manage' | 'cases:read' | 'cases:write' | (string & {});

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
