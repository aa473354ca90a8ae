import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table families (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now()
    );

    create table children (
      id uuid primary key default gen_random_uuid(),
      family_id uuid references families (id),
      -- The BSN itself is kept encrypted (AES-256-GCM); the keyed hash beside it allows exact matching.
      bsn_hash text unique,
      bsn_encrypted text,
      given_name text not null,
      family_name text not null,
      birth_date date,
      expected_birth_date date,
      municipality_id uuid not null references areas (id),
      neighbourhood_id uuid references areas (id),
      school_id uuid references organisations (id),
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (birth_date is not null or expected_birth_date is not null),
      check ((bsn_hash is null) = (bsn_encrypted is null))
    );
    create index children_family on children (family_id);
    create index children_name on children (lower(family_name), lower(given_name));
    create index children_municipality on children (municipality_id);

    create table guardians (
      id uuid primary key default gen_random_uuid(),
      family_id uuid not null references families (id) on delete cascade,
      given_name text not null,
      family_name text not null,
      relation text not null default 'parent' check (relation in ('parent', 'guardian', 'foster-parent', 'other')),
      has_parental_authority boolean not null,
      phone text,
      email text,
      created_at timestamptz not null default now()
    );
    create index guardians_family on guardians (family_id);

    create table consents (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references children (id),
      given_by text[] not null,
      organisation_ids uuid[] not null,
      purpose text not null,
      valid_from date not null,
      valid_until date,
      recorded_by uuid not null references users (id),
      recorded_at timestamptz not null,
      withdrawn_at timestamptz,
      withdrawn_by uuid references users (id),
      withdrawal_reason text,
      check (valid_until is null or valid_until >= valid_from),
      check (cardinality(given_by) > 0 and cardinality(organisation_ids) > 0)
    );
    create index consents_child on consents (child_id);

    create table plans (
      id uuid primary key default gen_random_uuid(),
      family_id uuid not null references families (id),
      status text not null default 'open' check (status in ('open', 'closed')),
      opened_at timestamptz not null,
      opened_by uuid not null references users (id),
      closed_at timestamptz,
      closed_by uuid references users (id),
      close_reason text,
      check ((status = 'closed') = (closed_at is not null))
    );
    -- Exactly one open plan per family, even under concurrent requests.
    create unique index plans_one_open_per_family on plans (family_id) where status = 'open';
    create index plans_family on plans (family_id, opened_at desc);

    create table coordinators (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans (id),
      professional_id uuid not null references users (id),
      started_at timestamptz not null,
      ended_at timestamptz
    );
    -- Exactly one coordinator at a time.
    create unique index coordinators_one_current on coordinators (plan_id) where ended_at is null;
    create index coordinators_plan on coordinators (plan_id, started_at);

    create table handovers (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans (id),
      from_professional_id uuid not null references users (id),
      to_professional_id uuid not null references users (id),
      note text,
      requested_at timestamptz not null,
      status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'cancelled')),
      resolved_at timestamptz
    );
    create unique index handovers_one_pending on handovers (plan_id) where status = 'pending';

    -- The only door to a child's data: who is involved, since when, until when, and why.
    create table involvements (
      id uuid primary key default gen_random_uuid(),
      child_id uuid not null references children (id),
      professional_id uuid not null references users (id),
      organisation_id uuid references organisations (id),
      plan_id uuid references plans (id),
      reason text not null check (reason in ('registered', 'team-member', 'coordinator', 'referral')),
      consent_id uuid references consents (id),
      legal_ground text check (legal_ground in ('safety', 'meldcode')),
      started_at timestamptz not null,
      ended_at timestamptz,
      end_reason text
    );
    create index involvements_access on involvements (professional_id, child_id) where ended_at is null;
    create index involvements_child on involvements (child_id);
    create index involvements_consent on involvements (consent_id) where consent_id is not null;
    create index involvements_plan on involvements (plan_id) where plan_id is not null;

    create table goals (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans (id),
      child_id uuid references children (id),
      domain text not null check (domain in ('development', 'parenting', 'school', 'health', 'safety', 'money', 'housing')),
      description text not null,
      status text not null default 'open' check (status in ('open', 'in-progress', 'met', 'not-met', 'cancelled')),
      created_by uuid not null references users (id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index goals_plan on goals (plan_id);

    create table goal_evaluations (
      id uuid primary key default gen_random_uuid(),
      goal_id uuid not null references goals (id),
      score smallint not null check (score between 1 and 10),
      note text,
      evaluated_on date not null,
      evaluated_by uuid not null references users (id),
      created_at timestamptz not null
    );
    create index goal_evaluations_goal on goal_evaluations (goal_id);

    -- Support episodes (inzet) carry the national codes (CBS Beleidsinformatie Jeugd, iJw 3.2) from day one.
    create table episodes (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans (id),
      child_id uuid not null references children (id),
      level smallint not null check (level between 0 and 3),
      provider_organisation_id uuid not null references organisations (id),
      kind text,
      intensity text,
      status text not null check (status in ('awaiting-decision', 'rejected', 'planned', 'active', 'ended')),
      requested_on date not null,
      decided_on date,
      started_on date,
      ended_on date,
      end_reason text check (end_reason in ('01', '02', '03', '04', '05')),
      referrer text check (referrer in ('01', '02', '03', '04', '05', '06', '08')),
      form_of_help text check (form_of_help in ('01', '02', '03', '04', '11', '12', '13', '14')),
      started_in_crisis boolean not null default false,
      product_category text,
      satisfaction smallint check (satisfaction between 1 and 10),
      continuation text check (continuation in ('01', '02', '03', '04')),
      created_by uuid not null references users (id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (decided_on is null or decided_on >= requested_on),
      check (started_on is null or decided_on is null or started_on >= decided_on),
      check (ended_on is null or (started_on is not null and ended_on >= started_on))
    );
    create index episodes_plan on episodes (plan_id);
    create index episodes_child on episodes (child_id);
    create index episodes_provider on episodes (provider_organisation_id, status);

    -- Every level change: scale-up or scale-down with its date. A change to level 3 waits for the
    -- municipal access team's decision.
    create table level_changes (
      id uuid primary key default gen_random_uuid(),
      seq bigint generated always as identity,
      episode_id uuid not null references episodes (id),
      child_id uuid not null references children (id),
      from_level smallint check (from_level between 0 and 3),
      to_level smallint not null check (to_level between 0 and 3),
      direction text not null check (direction in ('start', 'up', 'down')),
      requested_on date not null,
      effective_on date,
      reason text,
      decision text not null check (decision in ('not-needed', 'pending', 'approved', 'rejected')),
      decided_by uuid references users (id),
      decided_on date,
      decision_reason text,
      requested_by uuid not null references users (id),
      created_at timestamptz not null
    );
    create index level_changes_episode on level_changes (episode_id);
    create index level_changes_pending on level_changes (decision) where decision = 'pending';

    -- The timeline: one row per thing that happened to a family or child, in order.
    create table case_events (
      id bigint generated always as identity primary key,
      family_id uuid references families (id),
      child_id uuid references children (id),
      plan_id uuid references plans (id),
      at timestamptz not null,
      kind text not null,
      actor_id uuid references users (id),
      data jsonb not null default '{}'
    );
    create index case_events_family on case_events (family_id, at);
    create index case_events_child on case_events (child_id, at);
  `.execute(db);
}
