import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Every CSV import, accepted or refused, with who sent it: the import log.
    create table imports (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('population', 'assessments', 'published')),
      file_name text,
      byte_size integer not null check (byte_size >= 0),
      row_count integer not null default 0,
      status text not null check (status in ('accepted', 'refused')),
      error_code text,
      error_detail text,
      imported_by uuid references users (id),
      imported_at timestamptz not null default now()
    );
    create index imports_at on imports (imported_at desc);

    -- Published youth population (CBS) per municipality, age band and year: the denominator of every rate.
    create table population (
      municipality_id uuid not null references areas (id),
      year integer not null check (year between 1900 and 2200),
      age_band text not null check (age_band in ('0-3', '4-11', '12-17', '18-22')),
      count integer not null check (count >= 0),
      import_id uuid not null references imports (id),
      primary key (municipality_id, year, age_band)
    );

    -- Literacy assessments as schools report them: a pupil pseudonym chosen by the school, never a BSN.
    create table literacy_assessments (
      school_id uuid not null references organisations (id),
      pupil_pseudonym text not null,
      assessed_on date not null,
      school_group integer not null check (school_group between 1 and 8),
      sufficient boolean not null,
      import_id uuid not null references imports (id),
      primary key (school_id, pupil_pseudonym, assessed_on)
    );

    -- Figures published elsewhere (CBS, a national monitor) for comparison beside our own.
    create table published_figures (
      indicator_code text not null,
      area_id uuid not null references areas (id),
      period text not null,
      value numeric not null,
      source text not null,
      import_id uuid not null references imports (id),
      primary key (indicator_code, area_id, period)
    );

    -- Result agreements (resultaatafspraken): baseline, target, the direction that counts as better, who agreed.
    create table result_agreements (
      id uuid primary key default gen_random_uuid(),
      indicator_code text not null,
      area_id uuid not null references areas (id),
      programme_id uuid references programmes (id),
      baseline_value numeric not null,
      baseline_on date not null,
      target_value numeric not null,
      target_on date not null,
      direction text not null check (direction in ('higher', 'lower')),
      agreed_by text not null,
      note text,
      created_by uuid not null references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (target_on > baseline_on)
    );
    create index result_agreements_area on result_agreements (area_id);

    -- The periods a figure can be asked for; ends_on is exclusive.
    create table monitoring_periods (
      key text primary key,
      kind text not null check (kind in ('month', 'quarter', 'year')),
      year integer not null,
      starts_on date not null,
      ends_on date not null
    );
    insert into monitoring_periods (key, kind, year, starts_on, ends_on)
    select to_char(m, 'YYYY-MM'), 'month', extract(year from m)::int, m::date, (m + interval '1 month')::date
      from generate_series(date '2000-01-01', date '2049-12-01', interval '1 month') m
    union all
    select to_char(q, 'YYYY') || '-Q' || extract(quarter from q), 'quarter', extract(year from q)::int, q::date, (q + interval '3 months')::date
      from generate_series(date '2000-01-01', date '2049-10-01', interval '3 months') q
    union all
    select to_char(y, 'YYYY'), 'year', extract(year from y)::int, y::date, (y + interval '1 year')::date
      from generate_series(date '2000-01-01', date '2049-01-01', interval '1 year') y;
    create index monitoring_periods_range on monitoring_periods (starts_on, ends_on);

    -- Facts: what each subject (a child, family, request, school, professional, BSN) contributes, at the finest
    -- grain. A subject's facts are replaced whole when it changes; figures are the sum of the facts.
    create table monitoring_facts (
      subject_kind text not null,
      subject_id text not null,
      indicator text not null,
      part text not null,
      -- Counted once per subject and cell (children in care during a period), or once per fact (referrals).
      per_subject boolean not null,
      area_id uuid not null,
      school_id uuid,
      starts_on date not null,
      -- Inclusive; null while it lasts.
      ends_on date,
      -- Birth date, or expected birth date for a child not yet born; null where age does not apply.
      birth_on date,
      split text not null default '',
      days integer
    );
    create index monitoring_facts_subject on monitoring_facts (subject_kind, subject_id);
    create index monitoring_facts_open on monitoring_facts (subject_kind, subject_id) where ends_on is null;

    -- Figures per unit (an area at any level, or a school), period and split; days = -1 for plain counts.
    create table monitoring_values (
      indicator text not null,
      unit_id uuid not null,
      period text not null,
      part text not null,
      age_band text not null,
      first_2000 boolean not null,
      split text not null,
      days integer not null,
      n bigint not null,
      primary key (indicator, unit_id, period, part, age_band, first_2000, split, days)
    );

    -- Subjects whose facts must be computed again; filled by triggers on the source tables.
    create table monitoring_dirty (
      subject_kind text not null,
      subject_id text not null,
      primary key (subject_kind, subject_id)
    );

    -- The day the figures were computed for (which periods exist yet).
    create table monitoring_state (
      id boolean primary key default true check (id),
      as_of date not null,
      refreshed_at timestamptz not null
    );

    create function monitoring_mark(kind text, id text) returns void language sql as $$
      insert into monitoring_dirty (subject_kind, subject_id) select kind, id where id is not null
      on conflict do nothing
    $$;

    create function monitoring_mark_family_of_plan(plan uuid) returns void language sql as $$
      insert into monitoring_dirty (subject_kind, subject_id)
      select 'family', family_id::text from plans where id = plan
      on conflict do nothing
    $$;

    create function monitoring_track_child() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then
        perform monitoring_mark('child', old.id::text);
        perform monitoring_mark('family', old.family_id::text);
        perform monitoring_mark('bsn', old.bsn_hash);
      end if;
      if tg_op <> 'DELETE' then
        perform monitoring_mark('child', new.id::text);
        perform monitoring_mark('family', new.family_id::text);
        perform monitoring_mark('bsn', new.bsn_hash);
        -- A request counts toward where its child lives.
        insert into monitoring_dirty (subject_kind, subject_id)
        select 'request', id::text from requests where child_id = new.id
        on conflict do nothing;
      end if;
      return null;
    end $$;

    create function monitoring_track_episode() returns trigger language plpgsql as $$
    declare r record;
    begin
      r := case when tg_op = 'DELETE' then old else new end;
      perform monitoring_mark('child', r.child_id::text);
      perform monitoring_mark_family_of_plan(r.plan_id);
      return null;
    end $$;

    create function monitoring_track_level_change() returns trigger language plpgsql as $$
    declare r record;
    begin
      r := case when tg_op = 'DELETE' then old else new end;
      perform monitoring_mark('child', r.child_id::text);
      perform monitoring_mark_family_of_plan((select plan_id from episodes where id = r.episode_id));
      return null;
    end $$;

    create function monitoring_track_plan() returns trigger language plpgsql as $$
    declare r record;
    begin
      r := case when tg_op = 'DELETE' then old else new end;
      perform monitoring_mark('family', r.family_id::text);
      insert into monitoring_dirty (subject_kind, subject_id)
      select 'bsn', bsn_hash from children where family_id = r.family_id and bsn_hash is not null
      on conflict do nothing;
      return null;
    end $$;

    create function monitoring_track_plan_part() returns trigger language plpgsql as $$
    declare r record;
    begin
      r := case when tg_op = 'DELETE' then old else new end;
      perform monitoring_mark_family_of_plan(r.plan_id);
      return null;
    end $$;

    create function monitoring_track_request() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then perform monitoring_mark('request', old.id::text); end if;
      if tg_op <> 'DELETE' then perform monitoring_mark('request', new.id::text); end if;
      return null;
    end $$;

    create function monitoring_track_match() returns trigger language plpgsql as $$
    declare r record;
    begin
      r := case when tg_op = 'DELETE' then old else new end;
      perform monitoring_mark('bsn', (select bsn_hash from signals where id = r.signal_id));
      return null;
    end $$;

    create function monitoring_track_assessment() returns trigger language plpgsql as $$
    declare r record;
    begin
      r := case when tg_op = 'DELETE' then old else new end;
      perform monitoring_mark('school', r.school_id::text);
      return null;
    end $$;

    create function monitoring_track_professional() returns trigger language plpgsql as $$
    declare r record;
    begin
      r := case when tg_op = 'DELETE' then old else new end;
      perform monitoring_mark('professional', (to_jsonb(r) ->> case when tg_table_name = 'module_completions' then 'user_id' else 'author_id' end));
      return null;
    end $$;

    create trigger monitoring_children after insert or update or delete on children
      for each row execute function monitoring_track_child();
    create trigger monitoring_episodes after insert or update or delete on episodes
      for each row execute function monitoring_track_episode();
    create trigger monitoring_level_changes after insert or update or delete on level_changes
      for each row execute function monitoring_track_level_change();
    create trigger monitoring_plans after insert or update or delete on plans
      for each row execute function monitoring_track_plan();
    create trigger monitoring_goals after insert or update or delete on goals
      for each row execute function monitoring_track_plan_part();
    create trigger monitoring_coordinators after insert or update or delete on coordinators
      for each row execute function monitoring_track_plan_part();
    create trigger monitoring_requests after insert or update or delete on requests
      for each row execute function monitoring_track_request();
    create trigger monitoring_signal_matches after insert or update or delete on signal_matches
      for each row execute function monitoring_track_match();
    create trigger monitoring_assessments after insert or update or delete on literacy_assessments
      for each row execute function monitoring_track_assessment();
    create trigger monitoring_posts after insert or update or delete on group_posts
      for each row execute function monitoring_track_professional();
    create trigger monitoring_replies after insert or update or delete on post_replies
      for each row execute function monitoring_track_professional();
    create trigger monitoring_completions after insert or update or delete on module_completions
      for each row execute function monitoring_track_professional();
  `.execute(db);
}
