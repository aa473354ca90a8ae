import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Subjects with a fact dated ahead of the day the figures were computed for (care planned to start or end
    -- later this month, say): the first refresh on or after that day recomputes them, although nothing changed
    -- in the sources. Derived from monitoring_facts, so unlogged like it.
    create unlogged table monitoring_ahead (
      subject_kind text collate "C" not null,
      subject_id text collate "C" not null,
      due_on date not null,
      primary key (subject_kind, subject_id)
    );
    create index monitoring_ahead_due on monitoring_ahead (due_on);
    insert into monitoring_ahead (subject_kind, subject_id, due_on)
    select f.subject_kind, f.subject_id, min(f.starts_on) from monitoring_facts f join monitoring_state s on f.starts_on > s.as_of
    group by f.subject_kind, f.subject_id;

    -- Renewed whenever the figures change, so a server can keep answers per version of the figures.
    alter table monitoring_state add column version uuid not null default gen_random_uuid();

    -- The same numbers by date_part, which returns a float: extract returns numeric since PostgreSQL 14, and a
    -- full recomputation asks for hundreds of millions of these.
    create or replace function monitoring_period_index(kind text, d date) returns integer
    language sql immutable parallel safe as $$
      select case kind
        when 'month' then date_part('year', d)::int * 12 + date_part('month', d)::int - 1
        when 'quarter' then date_part('year', d)::int * 4 + (date_part('month', d)::int - 1) / 3
        else date_part('year', d)::int end
    $$;

    -- An incremental refresh updates values in place: room on every page lets the new version of a row stay on
    -- its page (a HOT update, no new index entry). The next full recomputation writes the tables this way.
    alter table monitoring_values set (fillfactor = 85);
    alter table monitoring_counts set (fillfactor = 85);

    -- Keys led by unit and period: the several indicators an event changes for one unit and period then sit on
    -- the same pages (the refresh writes the tables in key order).
    alter table monitoring_values drop constraint monitoring_values_pkey,
      add constraint monitoring_values_pkey primary key (unit_id, period, indicator, part, age_band, first_2000, split, days);
    alter table monitoring_counts drop constraint monitoring_counts_pkey,
      add constraint monitoring_counts_pkey primary key (unit_id, period, indicator, part, age_band, first_2000, split);
  `.execute(db);
}
