import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbKind, openTestDatabase } from '../../../test/helpers/app.js';
import type { DatabaseHandle, Db } from '../db/database.js';
import { type NationalResult, NATIONAL_GENERATOR_VERSION, readNationalMarker, seedCaseHistory, seedNational } from './national.js';

const AS_OF = '2026-06-30';
const CHILDREN = 5000;

async function count(db: Db, query: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`${sql.raw(query)}`.execute(db);
  return Number(rows[0]!.n);
}

/** One checksum over the generated rows of each table: equal checksums, equal rows. */
async function checksums(db: Db): Promise<Record<string, string>> {
  const tables: Record<string, string> = {
    children: `select id, family_id, bsn_hash, given_name, family_name, birth_date, expected_birth_date, municipality_id, neighbourhood_id, school_id, created_at from children where id::text like 'd1c4%'`,
    plans: `select id, family_id, status, opened_at, closed_at from plans where id::text like 'd1c4%'`,
    episodes: `select id, plan_id, child_id, level, provider_organisation_id, status, requested_on, decided_on, started_on, ended_on, referrer, form_of_help from episodes where id::text like 'd1c4%'`,
    levelChanges: `select id, episode_id, from_level, to_level, direction, effective_on, decision from level_changes where id::text like 'd1c4%'`,
    requests: `select id, pathway_id, child_id, entry_point, status, received_at, first_contact_at, decided_at, outcome, episode_id from requests where id::text like 'd1c4%'`,
    signals: `select id, bsn_hash, professional_id, organisation_id, registered_at, active_until from signals where id::text like 'd1c4%'`,
    matches: `select id, signal_id, other_signal_id, created_at from signal_matches where id::text like 'd1c4%'`,
    population: `select a.code, p.year, p.age_band, p.count from population p join areas a on a.id = p.municipality_id where a.code like 'GM5%'`,
  };
  const result: Record<string, string> = {};
  for (const [name, query] of Object.entries(tables)) {
    const { rows } = await sql<{ sum: string }>`select md5(string_agg(t::text, '|' order by t::text)) as sum from (${sql.raw(query)}) t`.execute(db);
    result[name] = rows[0]!.sum;
  }
  return result;
}

describe.skipIf(dbKind !== 'postgres')('a synthetic country on PostgreSQL', () => {
  let first: DatabaseHandle;
  let second: DatabaseHandle;
  let made: NationalResult;
  let again: NationalResult;

  beforeAll(async () => {
    first = await openTestDatabase();
    second = await openTestDatabase();
    made = await seedNational(first.db, { seed: 7, children: CHILDREN, asOf: AS_OF });
    again = await seedNational(second.db, { seed: 7, children: CHILDREN, asOf: AS_OF });
  }, 120_000);
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('the same seed and day give the same country, row for row', async () => {
    expect(made.counts.children).toBe(CHILDREN);
    expect(again.counts).toEqual(made.counts);
    expect(await checksums(second.db)).toEqual(await checksums(first.db));
  });

  it('has the shape of the national set: 342 municipalities, a plan for about four families in ten, a tenth of the episodes specialist', async () => {
    const { counts } = made;
    expect(counts.municipalities).toBe(342);
    expect(counts.regions).toBe(42);
    expect(counts.plans / counts.families).toBeGreaterThan(0.35);
    expect(counts.plans / counts.families).toBeLessThan(0.5);
    const specialist = await count(first.db, `select count(*) as n from level_changes where id::text like 'd1c4%' and direction = 'start' and to_level = 3`);
    expect(specialist / counts.episodes).toBeGreaterThan(0.05);
    expect(specialist / counts.episodes).toBeLessThan(0.15);
    expect(await count(first.db, `select count(*) as n from level_changes where id::text like 'd1c4%' and direction = 'down' and from_level = 3`)).toBeGreaterThan(0);
    expect(await count(first.db, `select count(*) as n from requests where id::text like 'd1c4%' and first_contact_at is not null and outcome is not null`)).toBeGreaterThan(0);
    expect(await count(first.db, `select count(*) as n from goals g join plans p on p.id = g.plan_id where g.id::text like 'd1c4%' and p.status = 'closed' and g.status in ('met', 'not-met')`)).toBeGreaterThan(0);
    expect(counts.matches).toBeGreaterThan(0);
  });

  it('every child lives in a neighbourhood of its own municipality, in a synthetic region and a province', async () => {
    const misplaced = await count(
      first.db,
      `select count(*) as n from children c
        left join areas nb on nb.id = c.neighbourhood_id and nb.kind = 'neighbourhood' and nb.code like 'WK5%'
        left join areas m on m.id = c.municipality_id and m.kind = 'municipality' and m.code like 'GM5%'
        left join areas r on r.id = m.parent_id and r.kind = 'region' and r.code like 'JR-N%'
        left join areas p on p.id = r.parent_id and p.kind = 'province' and p.code between 'PV20' and 'PV31'
        where c.id::text like 'd1c4%' and (nb.parent_id is distinct from c.municipality_id or p.id is null)`,
    );
    expect(misplaced).toBe(0);
    // A school is in the child's neighbourhood.
    expect(await count(first.db, `select count(*) as n from children c join organisations s on s.id = c.school_id where c.id::text like 'd1c4%' and s.area_id <> c.neighbourhood_id`)).toBe(0);
  });

  it('the population adds up to the children of each municipality, per year and age band', async () => {
    const wrong = await count(
      first.db,
      `with expected as (
         select ch.municipality_id, y.year,
           case when a.age < 4 then '0-3' when a.age < 12 then '4-11' when a.age < 18 then '12-17' else '18-22' end as age_band, count(*)::int as n
         from children ch cross join generate_series(2021, 2026) y(year)
         cross join lateral (select extract(year from age(make_date(y.year, 1, 1), ch.birth_date))::int as age) a
         where ch.id::text like 'd1c4%' and ch.birth_date < make_date(y.year, 1, 1) and a.age < 23
         group by 1, 2, 3
       ), stored as (
         select p.* from population p join areas m on m.id = p.municipality_id where m.code like 'GM5%'
       )
       select count(*) as n from stored s full join expected e using (municipality_id, year, age_band)
       where coalesce(s.count, 0) <> coalesce(e.n, 0) or s.year is null`,
    );
    expect(wrong).toBe(0);
    const lastYear = await count(first.db, `select sum(p.count) as n from population p join areas m on m.id = p.municipality_id where m.code like 'GM5%' and p.year = 2026`);
    expect(lastYear).toBe(await count(first.db, `select count(*) as n from children where id::text like 'd1c4%' and birth_date < date '2026-01-01'`));
  });

  it('writes consistent cases although the foreign keys were not checked during the load', async () => {
    // An episode is for a child of the plan's family, born by then, within the plan's time.
    expect(
      await count(
        first.db,
        `select count(*) as n from episodes e join plans p on p.id = e.plan_id left join children c on c.id = e.child_id
         where e.id::text like 'd1c4%' and (c.family_id is distinct from p.family_id or e.requested_on < c.birth_date or e.requested_on < p.opened_at::date
           or (p.closed_at is not null and coalesce(e.ended_on, e.started_on, e.decided_on, e.requested_on) > p.closed_at::date))`,
      ),
    ).toBe(0);
    // A match joins two signals on the same child from different organisations, both still active.
    expect(
      await count(
        first.db,
        `select count(*) as n from signal_matches m left join signals a on a.id = m.signal_id left join signals b on b.id = m.other_signal_id
         where m.id::text like 'd1c4%' and (a.bsn_hash is distinct from b.bsn_hash or a.organisation_id = b.organisation_id or a.active_until < date '${AS_OF}')`,
      ),
    ).toBe(0);
    expect(await count(first.db, `select count(*) as n from signals s where s.id::text like 'd1c4%' and not exists (select 1 from children c where c.bsn_hash = s.bsn_hash)`)).toBe(0);
    expect(await count(first.db, `select count(*) as n from requests r where r.id::text like 'd1c4%' and (r.first_contact_at < r.received_at or r.decided_at < r.first_contact_at)`)).toBe(0);
    // The monitoring triggers were off: nothing is listed as changed.
    expect(await count(first.db, `select count(*) as n from monitoring_dirty where subject_id like 'd1c4%'`)).toBe(0);
  });

  it('leaves a marker with its time, and refuses a second country in the same database', async () => {
    const marker = await readNationalMarker(first.db);
    expect(marker).toMatchObject({ generator: 'national', version: NATIONAL_GENERATOR_VERSION, seed: 7, asOf: AS_OF, years: 5 });
    expect(marker!.seconds).toBeGreaterThan(0);
    await expect(seedNational(first.db, { seed: 8, children: 100, asOf: AS_OF })).rejects.toThrow(/bevat al een synthetisch land/);
  });
});

describe.skipIf(dbKind !== 'pglite')('synthetic history on PGlite', () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('a country is refused on the embedded database', async () => {
    await expect(seedNational(database.db, { seed: 1, children: 100 })).rejects.toThrow(/alleen op PostgreSQL/);
  });

  it('adds to two demo municipalities the history it reports, in their own neighbourhoods and schools', async () => {
    const { db } = database;
    const municipalities = await db.selectFrom('areas').select(['id', 'code']).where('code', 'in', ['GM0118', 'GM1680']).orderBy('code').execute();
    const tables = ['children', 'families', 'plans', 'episodes', 'level_changes', 'requests', 'signals', 'signal_matches', 'goals', 'coordinators'];
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(db, `select count(*) as n from ${t}`)] as const)));

    // The demo region already holds its own history: count what this call adds.
    const historyPerMunicipality = () => sql<{ code: string; n: number }>`
      select m.code, count(*)::int as n from children c join areas m on m.id = c.municipality_id
      where c.id::text like 'd1c5%' and m.code in ('GM0118', 'GM1680') group by m.code order by m.code`.execute(db);
    const historyBefore = new Map((await historyPerMunicipality()).rows.map((r) => [r.code, r.n]));
    const counts = await seedCaseHistory(db, { municipalityIds: municipalities.map((m) => m.id), childrenPerMunicipality: 300, seed: 3, asOf: AS_OF });

    expect(counts.children).toBe(600);
    const added = (t: string) => count(db, `select count(*) as n from ${t}`).then((n) => n - before[t]!);
    expect(await added('children')).toBe(counts.children);
    expect(await added('families')).toBe(counts.families);
    expect(await added('plans')).toBe(counts.plans);
    expect(await added('episodes')).toBe(counts.episodes);
    expect(await added('level_changes')).toBe(counts.levelChanges);
    expect(await added('requests')).toBe(counts.requests);
    expect(await added('signals')).toBe(counts.signals);
    expect(await added('signal_matches')).toBe(counts.matches);
    expect(await added('goals')).toBe(counts.goals);
    expect(await added('coordinators')).toBe(counts.coordinators);
    expect(counts.episodes).toBeGreaterThan(200);

    // 300 in each municipality, in one of its neighbourhoods, at one of its schools.
    const perMunicipality = (await historyPerMunicipality()).rows.map((r) => ({ code: r.code, n: r.n - (historyBefore.get(r.code) ?? 0) }));
    expect(perMunicipality).toEqual([{ code: 'GM0118', n: 300 }, { code: 'GM1680', n: 300 }]);
    expect(await count(db, `select count(*) as n from children c join areas nb on nb.id = c.neighbourhood_id where c.id::text like 'd1c5%' and nb.parent_id <> c.municipality_id`)).toBe(0);
    expect(
      await count(
        db,
        `select count(*) as n from children c join organisations s on s.id = c.school_id join areas a on a.id = s.area_id
         where c.id::text like 'd1c5%' and c.municipality_id not in (a.id, a.parent_id)`,
      ),
    ).toBe(0);
    // The work was done by synthetic professionals who can never sign in or show up in the directory.
    expect(await count(db, `select count(*) as n from users where email like 'historie-3-%' and (is_active or password_hash is not null)`)).toBe(0);
    expect(counts.professionals).toBe(await count(db, `select count(*) as n from users where email like 'historie-3-%'`));
    // The demo imported its own population: nothing is added over it.
    expect(counts.population).toBe(0);

    await expect(seedCaseHistory(db, { municipalityIds: municipalities.map((m) => m.id), childrenPerMunicipality: 10, seed: 3, asOf: AS_OF })).rejects.toThrow(/seed 3/);
  });
});
