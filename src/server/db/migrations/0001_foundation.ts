import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table areas (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('country', 'province', 'region', 'municipality', 'neighbourhood')),
      code text not null unique,
      name text not null,
      parent_id uuid references areas (id),
      created_at timestamptz not null default now()
    );
    create index areas_parent on areas (parent_id);
    create index areas_kind on areas (kind, name);

    create table organisations (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      kind text not null check (kind in ('school', 'childcare', 'ikc', 'gp-practice', 'jgz', 'neighbourhood-team',
        'municipality', 'welfare', 'youth-care-provider', 'province', 'certified-institution', 'other')),
      area_id uuid not null references areas (id),
      agb_code text check (agb_code ~ '^[0-9]{8}$'),
      brin text check (brin ~ '^[0-9A-Z]{4}([0-9]{2})?$'),
      kvk_number text check (kvk_number ~ '^[0-9]{8}$'),
      street_address text,
      postcode text check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
      city text,
      phone text,
      email text,
      website text,
      description text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index organisations_area on organisations (area_id);
    create index organisations_kind on organisations (kind);
    create index organisations_name on organisations (lower(name));

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null unique check (email = lower(email)),
      name text not null,
      password_hash text,
      job_function text,
      phone text,
      themes text[] not null default '{}',
      bio text,
      is_active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index users_name on users (lower(name));
    create index users_themes on users using gin (themes);

    create table memberships (
      user_id uuid not null references users (id) on delete cascade,
      organisation_id uuid not null references organisations (id),
      created_at timestamptz not null default now(),
      primary key (user_id, organisation_id)
    );
    create index memberships_organisation on memberships (organisation_id);

    -- A role is held within a scope: organisation administrators and programme leads for an organisation,
    -- policy officers for an area; platform administrators and professionals need no scope.
    create table role_grants (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      role text not null check (role in ('platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead')),
      organisation_id uuid references organisations (id),
      area_id uuid references areas (id),
      created_at timestamptz not null default now(),
      check (role <> 'organisation-admin' or organisation_id is not null),
      check (role <> 'policy-officer' or area_id is not null)
    );
    create index role_grants_user on role_grants (user_id);
    create unique index role_grants_unique on role_grants (user_id, role, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'), coalesce(area_id, '00000000-0000-0000-0000-000000000000'));

    create table sessions (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      user_id uuid not null references users (id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index sessions_user on sessions (user_id);

    create table api_tokens (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      name text not null,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    create index api_tokens_user on api_tokens (user_id);

    create table audit_events (
      seq bigint generated always as identity primary key,
      id uuid not null unique default gen_random_uuid(),
      -- The trail is a few parallel hash chains, so concurrent writers need not wait for one lock.
      chain smallint not null default 0,
      at timestamptz not null,
      actor_id uuid,
      actor_roles text[] not null default '{}',
      actor_organisation_ids uuid[] not null default '{}',
      subject_id uuid,
      resource text not null,
      resource_id text,
      action text not null,
      outcome text not null check (outcome in ('allowed', 'denied')),
      context jsonb not null default '{}',
      prev_hash text not null,
      hash text not null
    );
    create index audit_events_subject on audit_events (subject_id, seq);
    create index audit_events_actor on audit_events (actor_id, seq);
    create index audit_events_at on audit_events (at);
    create index audit_events_chain on audit_events (chain, seq);

    -- Append-only: the trail can only grow. Tampering needs a superuser who disables this trigger,
    -- and then the hash chain gives it away.
    create function audit_events_append_only() returns trigger language plpgsql as $fn$
    begin
      raise exception 'audit_events is append-only' using errcode = 'insufficient_privilege';
    end;
    $fn$;
    create trigger audit_events_no_update before update or delete on audit_events
      for each row execute function audit_events_append_only();
    create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_append_only();
  `.execute(db);
}
