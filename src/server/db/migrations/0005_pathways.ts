import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A pathway (zorgpad) is data a functional administrator edits: ordered steps and the outcomes that end it.
    create table pathways (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      description text,
      area_id uuid references areas (id),
      entry_points text[] not null,
      outcomes text[] not null check (cardinality(outcomes) > 0),
      is_active boolean not null default true,
      updated_by uuid references users (id),
      updated_at timestamptz not null default now()
    );

    create table pathway_steps (
      id uuid primary key default gen_random_uuid(),
      pathway_id uuid not null references pathways (id) on delete cascade,
      position integer not null,
      name text not null,
      responsible_function text,
      responsible_organisation_kind text,
      deadline_working_days integer not null check (deadline_working_days between 0 and 250),
      unique (pathway_id, position),
      check (responsible_function is not null or responsible_organisation_kind is not null)
    );

    -- The interprofessional support team (ondersteuningsteam) at or around a school.
    create table support_teams (
      id uuid primary key default gen_random_uuid(),
      school_id uuid not null unique references organisations (id),
      name text not null,
      created_at timestamptz not null default now()
    );

    create table support_team_members (
      team_id uuid not null references support_teams (id) on delete cascade,
      professional_id uuid not null references users (id),
      role text not null,
      primary key (team_id, professional_id)
    );

    -- A request for help (hulpvraag) and its timestamps: received, first contact, decision, start of support.
    create table requests (
      id uuid primary key default gen_random_uuid(),
      pathway_id uuid not null references pathways (id),
      child_id uuid references children (id),
      bsn_hash text,
      entry_point text not null,
      note text,
      team_id uuid references support_teams (id),
      status text not null default 'open' check (status in ('open', 'closed')),
      step_position integer not null,
      step_due_on date,
      assigned_professional_id uuid references users (id),
      created_by uuid not null references users (id),
      created_organisation_id uuid references organisations (id),
      received_at timestamptz not null,
      first_contact_at timestamptz,
      decided_at timestamptz,
      support_started_on date,
      outcome text,
      episode_id uuid references episodes (id),
      check (child_id is not null or bsn_hash is not null)
    );
    create index requests_open_due on requests (step_due_on) where status = 'open';
    create index requests_pathway on requests (pathway_id, received_at);
    create index requests_assigned on requests (assigned_professional_id) where status = 'open';
    create index requests_team on requests (team_id) where team_id is not null;

    create table request_steps (
      id bigint generated always as identity primary key,
      request_id uuid not null references requests (id),
      position integer not null,
      started_at timestamptz not null,
      due_on date,
      completed_at timestamptz,
      completed_by uuid references users (id),
      note text
    );
    create index request_steps_request on request_steps (request_id);

    create table team_meetings (
      id uuid primary key default gen_random_uuid(),
      team_id uuid not null references support_teams (id),
      scheduled_on date not null,
      attendee_ids uuid[] not null default '{}',
      notes text,
      created_by uuid not null references users (id),
      created_at timestamptz not null
    );
    create index team_meetings_team on team_meetings (team_id, scheduled_on);

    create table meeting_items (
      meeting_id uuid not null references team_meetings (id) on delete cascade,
      request_id uuid not null references requests (id),
      outcome text,
      follow_up_on date,
      primary key (meeting_id, request_id)
    );
  `.execute(db);
}
