import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Periods by number (months since year 0, quarters, years), so spans are counted per range of periods
    -- instead of joining every fact with every period it touches.
    alter table monitoring_periods add column idx integer, add column last_day date;
    update monitoring_periods set last_day = ends_on - 1, idx = case kind
      when 'month' then year * 12 + extract(month from starts_on)::int - 1
      when 'quarter' then year * 4 + (extract(month from starts_on)::int - 1) / 3
      else year end;
    alter table monitoring_periods alter column idx set not null, alter column last_day set not null;
    create unique index monitoring_periods_kind_idx on monitoring_periods (kind, idx);

    create function monitoring_period_index(kind text, d date) returns integer
    language sql immutable parallel safe as $$
      select case kind
        when 'month' then extract(year from d)::int * 12 + extract(month from d)::int - 1
        when 'quarter' then extract(year from d)::int * 4 + (extract(month from d)::int - 1) / 3
        else extract(year from d)::int end
    $$;

    -- Age band on a reference day; '' where age does not apply.
    create function monitoring_age_band(birth date, ref date) returns text
    language sql immutable parallel safe as $$
      select case when birth is null then '' when ref < birth then 'unborn'
        when ref < birth + interval '4 years' then '0-3' when ref < birth + interval '12 years' then '4-11'
        when ref < birth + interval '18 years' then '12-17' when ref < birth + interval '23 years' then '18-22'
        else '23+' end
    $$;

    -- What an incremental refresh and its triggers look up: a child's requests, the signals on a BSN.
    create index requests_child on requests (child_id);
    create index signals_bsn on signals (bsn_hash);

    -- A fact counted per fact is a fact of one day; whatever lasts is counted per subject.
    alter table monitoring_facts add constraint monitoring_facts_one_day check (per_subject or ends_on = starts_on);

    -- Derived tables are recomputed from the source tables, so they skip the write-ahead log: a full
    -- recomputation writes tens of millions of rows. After a crash PostgreSQL empties them, the state with
    -- them, and the scheduled job then recomputes everything.
    alter table monitoring_facts set unlogged;
    alter table monitoring_values set unlogged;
    alter table monitoring_state set unlogged;

    -- Byte order for the text keys: they are codes, and sorting them under a locale costs time for nothing.
    alter table monitoring_values
      alter column indicator type text collate "C", alter column period type text collate "C",
      alter column part type text collate "C", alter column age_band type text collate "C",
      alter column split type text collate "C";
    alter table monitoring_facts
      alter column subject_kind type text collate "C", alter column subject_id type text collate "C",
      alter column indicator type text collate "C", alter column part type text collate "C",
      alter column split type text collate "C";
  `.execute(db);
}
