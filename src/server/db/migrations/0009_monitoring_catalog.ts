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
  `.execute(db);
}
