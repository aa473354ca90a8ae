import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- What a dashboard looks up besides the figures (areas, schools, periods, population) changes seldom; a
    -- server keeps it in memory and asks only for this version, which every change to those tables renews.
    -- A random value rather than a counter, so versions of different databases never coincide.
    create table monitoring_catalog (
      id boolean primary key default true check (id),
      version uuid not null
    );
    insert into monitoring_catalog (id, version) values (true, gen_random_uuid());

    create function monitoring_catalog_changed() returns trigger language plpgsql as $$
    begin
      update monitoring_catalog set version = gen_random_uuid();
      return null;
    end $$;

    create trigger monitoring_catalog_areas after insert or update or delete or truncate on areas
      for each statement execute function monitoring_catalog_changed();
    create trigger monitoring_catalog_organisations after insert or update or delete or truncate on organisations
      for each statement execute function monitoring_catalog_changed();
    create trigger monitoring_catalog_population after insert or update or delete or truncate on population
      for each statement execute function monitoring_catalog_changed();

    -- The count of every cell kept as a histogram of days (part 'days'), beside its histogram: the group rule of
    -- disclosure control reads the counts of many cells around a figure, and a histogram has a row per day.
    -- Derived like monitoring_values, so unlogged as well.
    create unlogged table monitoring_counts (
      indicator text collate "C" not null,
      unit_id uuid not null,
      period text collate "C" not null,
      part text collate "C" not null,
      age_band text collate "C" not null,
      first_2000 boolean not null,
      split text collate "C" not null,
      n bigint not null,
      primary key (indicator, unit_id, period, part, age_band, first_2000, split)
    );
    insert into monitoring_counts
    select indicator, unit_id, period, part, age_band, first_2000, split, sum(n) from monitoring_values where days >= 0
    group by indicator, unit_id, period, part, age_band, first_2000, split;
  `.execute(db);
}
