import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A concern about a child, registered by BSN (keyed hash), also for a child the professional cannot see.
    create table signals (
      id uuid primary key default gen_random_uuid(),
      bsn_hash text not null,
      -- Encrypted so the author can recognise their own signal (masked); never shown to anyone else.
      bsn_encrypted text not null,
      domain text not null check (domain in ('development', 'behaviour', 'home-situation', 'poverty', 'health', 'school-absence', 'safety')),
      note text,
      professional_id uuid not null references users (id),
      organisation_id uuid not null references organisations (id),
      registered_at timestamptz not null,
      active_until date not null,
      closed_at timestamptz,
      close_reason text
    );
    -- Matching is an exact lookup on the keyed hash among active signals.
    create index signals_active_by_bsn on signals (bsn_hash, active_until) where closed_at is null;
    create index signals_professional on signals (professional_id);
    create index signals_expiry on signals (active_until);

    -- Rules partners agree, kept as data: which organisation type proposes to coordinate when a match occurs.
    create table match_rules (
      id uuid primary key default gen_random_uuid(),
      area_id uuid references areas (id),
      priority integer not null,
      description text not null,
      when_involved_kind text,
      min_age integer,
      max_age integer,
      propose_kind text not null,
      created_at timestamptz not null default now()
    );

    -- Professionals of different organisations who signalled about the same child (or siblings) find each other.
    create table signal_matches (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('child', 'family')),
      signal_id uuid not null references signals (id) on delete cascade,
      other_signal_id uuid not null references signals (id) on delete cascade,
      created_at timestamptz not null,
      proposed_organisation_id uuid references organisations (id),
      rule_id uuid references match_rules (id),
      unique (signal_id, other_signal_id)
    );
    create index signal_matches_other on signal_matches (other_signal_id);

    create table coordination_confirmations (
      match_id uuid not null references signal_matches (id) on delete cascade,
      professional_id uuid not null references users (id),
      organisation_id uuid not null references organisations (id),
      confirmed_at timestamptz not null,
      primary key (match_id, professional_id)
    );

    -- What the pluggable sender was asked to send (e-mail to professionals, information to the family).
    create table outbox (
      id uuid primary key default gen_random_uuid(),
      channel text not null,
      recipient text not null,
      subject text not null,
      body text not null,
      created_at timestamptz not null,
      sent_at timestamptz
    );
  `.execute(db);
}
