import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type AreaKind = 'country' | 'province' | 'region' | 'municipality' | 'neighbourhood';
export const ORGANISATION_KINDS = [
  'school', 'childcare', 'ikc', 'gp-practice', 'jgz', 'neighbourhood-team', 'municipality', 'welfare',
  'youth-care-provider', 'province', 'certified-institution', 'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ROLES = ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'] as const;
export type Role = (typeof ROLES)[number];

export interface AreasTable {
  id: Generated<string>;
  kind: AreaKind;
  code: string;
  name: string;
  parent_id: string | null;
  created_at: CreatedAt;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  kind: OrganisationKind;
  area_id: string;
  agb_code: string | null;
  brin: string | null;
  kvk_number: string | null;
  street_address: string | null;
  postcode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  description: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  job_function: string | null;
  phone: string | null;
  themes: ColumnType<string[], string[] | undefined, string[]>;
  bio: string | null;
  is_active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  created_at: CreatedAt;
}

export interface RoleGrantsTable {
  id: Generated<string>;
  user_id: string;
  role: Role;
  organisation_id: string | null;
  area_id: string | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditEventsTable {
  seq: ColumnType<number, never, never>;
  id: Generated<string>;
  at: Timestamp;
  actor_id: string | null;
  actor_roles: ColumnType<string[], string[] | undefined, never>;
  actor_organisation_ids: ColumnType<string[], string[] | undefined, never>;
  subject_id: string | null;
  resource: string;
  resource_id: string | null;
  action: string;
  outcome: 'allowed' | 'denied';
  context: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}

export interface Database {
  areas: AreasTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
}

export type User = Selectable<UsersTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type Area = Selectable<AreasTable>;
export type AuditEvent = Selectable<AuditEventsTable>;
