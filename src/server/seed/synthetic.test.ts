import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, type Db, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { dayOf } from '../platform/dates.js';
import { type SyntheticCounts, seedSyntheticRegion } from './synthetic.js';

const CHILDREN = 2000;

async function freshDatabase(): Promise<DatabaseHandle> {
  const database = await openDatabase({});
  await migrateToLatest(database.db);
  return database;
}

async function count(db: Db, query: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`${sql.raw(query)}`.execute(db);
  return Number(rows[0]!.n);
}

/** Names and family sizes, independent of the random ids: one line per family, sorted. */
async function familyShapes(db: Db): Promise<string[]> {
  const { rows } = await sql<{ line: string }>`
    select f.name || ': ' || string_agg(c.given_name || ' ' || c.family_name, ', ' order by c.birth_date, c.given_name)
      || ' / ' || (select count(*) from guardians g where g.family_id = f.id) || ' guardians'
      || ' / plan ' || coalesce((select p.status from plans p where p.family_id = f.id), 'none') as line
    from families f join children c on c.family_id = f.id
    group by f.id, f.name`.execute(db);
  return rows.map((r) => r.line).sort();
}

describe('synthetic case data', () => {
  const databases: DatabaseHandle[] = [];
  let db: Db;
  let counts: SyntheticCounts;

  beforeAll(async () => {
    const database = await freshDatabase();
    databases.push(database);
    db = database.db;
    counts = await seedSyntheticRegion(db, { children: CHILDREN, seed: 11 });
  });
  afterAll(async () => {
    for (const database of databases) await database.close();
  });

  it('generates the children asked for, in families of one to three, about three in ten with a plan', async () => {
    expect(counts.children).toBe(CHILDREN);
    expect(await count(db, 'select count(*) as n from children')).toBe(CHILDREN);
    expect(await count(db, 'select count(*) as n from families')).toBe(counts.families);
    expect(await count(db, 'select count(*) as n from plans')).toBe(counts.plans);
    expect(await count(db, 'select count(*) as n from episodes')).toBe(counts.episodes);
    // 1.72 children per family on average.
    expect(counts.families).toBeGreaterThan(CHILDREN / 2);
    expect(counts.families).toBeLessThan(CHILDREN / 1.5);
    expect(counts.plans / counts.families).toBeGreaterThan(0.25);
    expect(counts.plans / counts.families).toBeLessThan(0.35);
    expect(counts.episodes).toBeGreaterThanOrEqual(counts.plans);
    expect(counts.episodes).toBeLessThanOrEqual(3 * counts.plans);

    expect(await count(db, 'select count(*) as n from (select family_id from children group by family_id having count(*) not between 1 and 3) x')).toBe(0);
    expect(await count(db, 'select count(*) as n from children where family_id is null or bsn_hash is not null')).toBe(0);
    expect(await count(db, 'select count(*) as n from families f where (select count(*) from guardians g where g.family_id = f.id) not between 1 and 2')).toBe(0);
    const closed = await count(db, "select count(*) as n from plans where status = 'closed'");
    expect(closed).toBeGreaterThan(0);
    expect(closed / counts.plans).toBeLessThan(0.1);
  });

  it('places children in the synthetic region, aged 0 to 18, schools only in their own municipality', async () => {
    const today = dayOf(new Date());
    const { rows } = await sql<{ oldest: string; youngest: string }>`select min(birth_date) as oldest, max(birth_date) as youngest from children`.execute(db);
    expect(rows[0]!.youngest < today).toBe(true);
    expect(rows[0]!.oldest >= `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`).toBe(true);
    expect(await count(db, "select count(*) as n from children c join areas n on n.id = c.neighbourhood_id where n.parent_id <> c.municipality_id or n.kind <> 'neighbourhood'")).toBe(0);
    expect(
      await count(
        db,
        `select count(*) as n from children c join organisations s on s.id = c.school_id join areas a on a.id = s.area_id
         where s.kind not in ('school', 'childcare', 'ikc') or coalesce(a.parent_id, a.id) <> c.municipality_id and a.id <> c.municipality_id`,
      ),
    ).toBe(0);
    expect(await count(db, 'select count(*) as n from children where school_id is not null')).toBeGreaterThan(CHILDREN / 4);
  });

  it('gives every plan exactly one current coordinator, involved with every child of the family', async () => {
    expect(await count(db, 'select count(*) as n from plans p where (select count(*) from coordinators c where c.plan_id = p.id and c.ended_at is null) <> 1')).toBe(0);
    expect(await count(db, 'select count(*) as n from coordinators where ended_at is not null')).toBeGreaterThan(0);
    expect(
      await count(
        db,
        `select count(*) as n from plans p join coordinators co on co.plan_id = p.id and co.ended_at is null join children c on c.family_id = p.family_id
         where not exists (select 1 from involvements i where i.child_id = c.id and i.professional_id = co.professional_id and i.plan_id = p.id
                           and i.reason = 'coordinator' and i.ended_at is null and i.started_at <= now())`,
      ),
    ).toBe(0);
    // One to four team members besides the coordinator (a former coordinator stays on the team).
    expect(
      await count(
        db,
        `select count(*) as n from plans p where (select count(distinct i.professional_id) from involvements i where i.plan_id = p.id and i.reason = 'team-member') not between 1 and 5`,
      ),
    ).toBe(0);
  });

  it('lets every involvement point at a child of its plan family, and every child have a registered one', async () => {
    expect(await count(db, 'select count(*) as n from involvements i join plans p on p.id = i.plan_id join children c on c.id = i.child_id where c.family_id <> p.family_id')).toBe(0);
    expect(await count(db, "select count(*) as n from involvements where (plan_id is null) <> (reason = 'registered')")).toBe(0);
    expect(await count(db, "select count(*) as n from children c where not exists (select 1 from involvements i where i.child_id = c.id and i.reason = 'registered' and i.ended_at is null and i.started_at <= now())")).toBe(0);
    expect(await count(db, 'select count(*) as n from involvements where started_at > now() or ended_at < started_at')).toBe(0);
    // Team members of a closed plan stepped back when it closed; the coordinator keeps the file.
    expect(await count(db, "select count(*) as n from involvements i join plans p on p.id = i.plan_id where p.status = 'closed' and i.reason = 'team-member' and i.ended_at is distinct from p.closed_at")).toBe(0);
    expect(await count(db, "select count(*) as n from involvements i join plans p on p.id = i.plan_id where p.status = 'open' and i.ended_at is not null")).toBe(0);
    // Another organisation than the one that opened the plan works under the family's consent.
    expect(
      await count(
        db,
        `select count(*) as n from involvements i join plans p on p.id = i.plan_id join memberships m on m.user_id = p.opened_by
         where i.organisation_id <> m.organisation_id and not exists (select 1 from consents c where c.id = i.consent_id and c.child_id = i.child_id and i.organisation_id = any (c.organisation_ids))`,
      ),
    ).toBe(0);
  });

  it('keeps goals, evaluations, episodes and level changes consistent with their plan', async () => {
    const today = dayOf(new Date());
    expect(await count(db, 'select count(*) as n from plans p where (select count(*) from goals g where g.plan_id = p.id) not between 1 and 4')).toBe(0);
    expect(await count(db, 'select count(*) as n from goals g where (select count(*) from goal_evaluations e where e.goal_id = g.id) > 3')).toBe(0);
    expect(await count(db, 'select count(*) as n from goals g join plans p on p.id = g.plan_id join children c on c.id = g.child_id where c.family_id <> p.family_id')).toBe(0);
    expect(await count(db, 'select count(*) as n from plans p where (select count(*) from episodes e where e.plan_id = p.id) not between 1 and 3')).toBe(0);
    expect(await count(db, 'select count(*) as n from episodes e join plans p on p.id = e.plan_id join children c on c.id = e.child_id where c.family_id <> p.family_id')).toBe(0);

    // Dates in order, none in the future, status matching the dates.
    expect(
      await count(
        db,
        `select count(*) as n from episodes e join plans p on p.id = e.plan_id where
           e.requested_on < (p.opened_at at time zone 'Europe/Amsterdam')::date
           or e.decided_on < e.requested_on or e.started_on < coalesce(e.decided_on, e.requested_on) or e.ended_on < e.started_on
           or greatest(e.requested_on, e.decided_on, e.started_on, e.ended_on) >= '${today}'
           or (e.status = 'planned') <> (e.started_on is null)
           or (e.status = 'ended') <> (e.ended_on is not null and e.end_reason is not null)
           or exists (select 1 from level_changes s where s.episode_id = e.id and s.direction = 'start' and s.to_level = 3) <> (e.decided_on is not null)
           or (p.status = 'closed' and e.status <> 'ended')`,
      ),
    ).toBe(0);
    expect(await count(db, "select count(distinct status) as n from episodes")).toBe(3);
    expect(await count(db, 'select count(distinct level) as n from episodes')).toBe(4);
    expect(await count(db, 'select count(*) as n from episodes where referrer is null or form_of_help is null')).toBe(0);

    // One start per episode: approved for level 3, not needed below; up and down changes follow it.
    expect(await count(db, "select count(*) as n from episodes e where (select count(*) from level_changes lc where lc.episode_id = e.id and lc.direction = 'start') <> 1")).toBe(0);
    expect(
      await count(
        db,
        `select count(*) as n from level_changes where child_id is null
           or (to_level = 3 and (decision <> 'approved' or decided_on is null or decided_by is null or decided_on < requested_on))
           or (to_level < 3 and (decision <> 'not-needed' or decided_on is not null))
           or (direction = 'start') <> (from_level is null)
           or (direction = 'up' and to_level <= from_level) or (direction = 'down' and to_level >= from_level)`,
      ),
    ).toBe(0);
    expect(await count(db, "select count(*) as n from level_changes where direction in ('up', 'down')")).toBeGreaterThan(0);
    // The episode's level is the last change's.
    expect(
      await count(db, 'select count(*) as n from episodes e where e.level <> (select lc.to_level from level_changes lc where lc.episode_id = e.id order by lc.seq desc limit 1)'),
    ).toBe(0);
    expect(await count(db, 'select count(*) as n from level_changes lc join episodes e on e.id = lc.episode_id where lc.child_id <> e.child_id')).toBe(0);
  });

  it('gives the same children and families for the same seed, and others for another seed', async () => {
    // The database of the other tests holds seed 11.
    const [a, b] = [await freshDatabase(), await freshDatabase()];
    databases.push(a, b);
    const countsA = await seedSyntheticRegion(a.db, { children: CHILDREN, seed: 5 });
    const countsB = await seedSyntheticRegion(b.db, { children: CHILDREN, seed: 5 });
    expect(countsB).toEqual(countsA);
    const [shapesA, shapesB, shapesC] = [await familyShapes(a.db), await familyShapes(b.db), await familyShapes(db)];
    expect(shapesA).toHaveLength(countsA.families);
    expect(shapesB).toEqual(shapesA);
    expect(shapesC).not.toEqual(shapesA);
    // Two more databases and two regions on embedded PostgreSQL: slow, not timed.
  }, 180_000);
});
