import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { INDICATORS } from './definitions.js';
import { refreshAll, refreshDirty, refreshMonitoring } from './refresh.js';
import { percentile, wilson } from './values.js';

/*
 * A small municipality of our own (GM9990, two neighbourhoods, one school) inside the demo region, filled by
 * hand, so every figure below is worked out here and not by the engine. As of 30 June 2026.
 */
const AS_OF = '2026-06-30';
let t: TestApp;
let adminId: string;
let orgId: string;
const area: Record<string, string> = {};
let schoolId: string;

async function child(name: string, birth: string, neighbourhood: 'nb1' | 'nb2' | 'nb3' | 'nb4', familyId?: string) {
  const row = await t.database.db.insertInto('children').values({
    given_name: name, family_name: 'Test', birth_date: birth, municipality_id: area.gm!, neighbourhood_id: area[neighbourhood]!,
    family_id: familyId ?? null, bsn_hash: `test-${name}`, bsn_encrypted: 'x',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

async function family(name: string, opened: string, closed: string | null = null) {
  const f = await t.database.db.insertInto('families').values({ name }).returning('id').executeTakeFirstOrThrow();
  const plan = await t.database.db.insertInto('plans').values({
    family_id: f.id, status: closed ? 'closed' : 'open', opened_at: `${opened}T10:00:00Z`, opened_by: adminId, closed_at: closed ? `${closed}T10:00:00Z` : null,
  }).returning('id').executeTakeFirstOrThrow();
  return { familyId: f.id, planId: plan.id };
}

async function episode(planId: string, childId: string, e: { level: number; requested: string; decided?: string; started?: string; ended?: string; referrer?: string; form?: string }) {
  const row = await t.database.db.insertInto('episodes').values({
    plan_id: planId, child_id: childId, level: e.level, provider_organisation_id: orgId, status: e.ended ? 'ended' : e.started ? 'active' : 'planned',
    requested_on: e.requested, decided_on: e.decided ?? null, started_on: e.started ?? null, ended_on: e.ended ?? null,
    referrer: e.referrer ?? null, form_of_help: e.form ?? null, created_by: adminId, created_at: new Date(), updated_at: new Date(),
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A neighbourhood of the test municipality. */
async function neighbourhood(code: string, name: string) {
  return (await t.database.db.insertInto('areas').values({ kind: 'neighbourhood', code, name, parent_id: area.gm! }).returning('id').executeTakeFirstOrThrow()).id;
}

/** The engine's exact sum (before disclosure control) for a unit, period and part. */
async function exact(code: string, unit: string, period: string, part: string, where = sql`true`) {
  const row = await sql<{ n: number | null }>`select sum(n)::int as n from monitoring_values
    where indicator = ${code} and unit_id = ${unit} and period = ${period} and part = ${part} and ${where}`.execute(t.database.db);
  return row.rows[0]?.n ?? 0;
}

async function histogram(code: string, unit: string, period: string) {
  const rows = await sql<{ days: number; n: number }>`select days, sum(n)::int as n from monitoring_values
    where indicator = ${code} and unit_id = ${unit} and period = ${period} and part = 'days' group by days order by days`.execute(t.database.db);
  return rows.rows;
}

beforeAll(async () => {
  t = await createTestApp();
  adminId = (await t.database.db.selectFrom('users').select('id').where('email', '=', 'beheerder@dichtbij.example').executeTakeFirstOrThrow()).id;
  const region = await t.database.db.selectFrom('areas').select('id').where('code', '=', 'JR-DRENTHE').executeTakeFirstOrThrow();
  area.gm = (await t.database.db.insertInto('areas').values({ kind: 'municipality', code: 'GM9990', name: 'Testdorp', parent_id: region.id }).returning('id').executeTakeFirstOrThrow()).id;
  area.nb1 = await neighbourhood('WK999001', 'Noord');
  area.nb2 = await neighbourhood('WK999002', 'Zuid');
  orgId = (await t.database.db.insertInto('organisations').values({ name: 'Testzorg', kind: 'youth-care-provider', area_id: area.gm!, updated_at: new Date() }).returning('id').executeTakeFirstOrThrow()).id;
  schoolId = (await t.database.db.insertInto('organisations').values({ name: 'Testschool', kind: 'school', area_id: area.nb1!, brin: '99ZZ00', updated_at: new Date() }).returning('id').executeTakeFirstOrThrow()).id;
  // Only the hand-built data below: without the demo's case history a full recomputation takes moments.
  await sql`truncate children, families, plans, requests, signals, literacy_assessments, module_completions, group_posts cascade`.execute(t.database.db);
}, 120_000);

afterAll(async () => t?.close());

describe('standard indicators on a hand-built data set', () => {
  beforeAll(async () => {
    // Family 1 (Noord): Anna (born 2015) in specialist care from 2025-02-01 to 2025-08-31 (211 days), stepped down
    // on 2025-06-01; Bram (born 2019) in ambulatory care from 2025-03-10, referred by the GP.
    const f1 = await family('Een', '2025-01-15', '2025-12-01');
    const anna = await child('anna', '2015-04-01', 'nb1', f1.familyId);
    const bram = await child('bram', '2019-09-01', 'nb1', f1.familyId);
    const annaEpisode = await episode(f1.planId, anna, { level: 3, requested: '2025-01-20', decided: '2025-01-25', started: '2025-02-01', ended: '2025-08-31', referrer: '01', form: '11' });
    await episode(f1.planId, bram, { level: 2, requested: '2025-03-01', decided: '2025-03-05', started: '2025-03-10', referrer: '02' });
    await t.database.db.insertInto('level_changes').values({
      episode_id: annaEpisode, child_id: anna, from_level: 3, to_level: 2, direction: 'down', requested_on: '2025-06-01', effective_on: '2025-06-01',
      decision: 'not-needed', requested_by: adminId, created_at: new Date(),
    }).execute();
    await t.database.db.insertInto('coordinators').values({ plan_id: f1.planId, professional_id: adminId, started_at: '2025-01-15T10:00:00Z', ended_at: '2025-12-01T10:00:00Z' }).execute();
    // Three goals, two met, one cancelled (not counted).
    for (const status of ['met', 'met', 'not-met', 'cancelled'] as const) {
      await t.database.db.insertInto('goals').values({ plan_id: f1.planId, domain: 'school', description: 'doel', status, created_by: adminId, created_at: new Date(), updated_at: new Date() }).execute();
    }
    // Family 2 (Zuid): Cas (born 2012) in light support; a plan without a coordinator.
    const f2 = await family('Twee', '2025-04-01');
    const cas = await child('cas', '2012-01-10', 'nb2', f2.familyId);
    await episode(f2.planId, cas, { level: 1, requested: '2025-04-01', decided: '2025-04-02', started: '2025-04-12' });
    // Requests: received on the 1st, first contact on the 4th and the 11th; outcomes advice and special education.
    const pathway = await t.database.db.selectFrom('pathways').select('id').executeTakeFirstOrThrow();
    const team = await t.database.db.insertInto('support_teams').values({ school_id: schoolId, name: 'OT Testschool' }).returning('id').executeTakeFirstOrThrow();
    for (const [childId, contact, outcome] of [[anna, '2025-05-04', 'advice'], [cas, '2025-05-11', 'special-education']] as const) {
      await t.database.db.insertInto('requests').values({
        pathway_id: pathway.id, child_id: childId, entry_point: 'school-support-team', team_id: team.id, status: 'closed', step_position: 1,
        created_by: adminId, received_at: '2025-05-01T09:00:00Z', first_contact_at: `${contact}T09:00:00Z`, decided_at: '2025-05-20T09:00:00Z', outcome,
      }).execute();
    }
    // Literacy: 4 pupils start group 3 (3 sufficient); 2 of the sufficient ones are assessed again in group 4, 1 still sufficient.
    const imp = await t.database.db.insertInto('imports').values({ kind: 'assessments', byte_size: 0, status: 'accepted' }).returning('id').executeTakeFirstOrThrow();
    const assessments: Array<[string, string, number, boolean]> = [
      ['p1', '2024-10-01', 3, true], ['p2', '2024-10-01', 3, true], ['p3', '2024-10-01', 3, true], ['p4', '2024-10-01', 3, false],
      ['p1', '2025-10-01', 4, true], ['p2', '2025-10-01', 4, false], ['p4', '2025-10-01', 4, true],
    ];
    for (const [pupil, on, group, sufficient] of assessments) {
      await t.database.db.insertInto('literacy_assessments').values({ school_id: schoolId, pupil_pseudonym: pupil, assessed_on: on, school_group: group, sufficient, import_id: imp.id }).execute();
    }
    // Population of Testdorp in 2025: 1 000 youth aged 0-17 and 200 aged 18-22.
    for (const [band, count] of [['0-3', 200], ['4-11', 450], ['12-17', 350], ['18-22', 200]] as const) {
      await t.database.db.insertInto('population').values({ municipality_id: area.gm!, year: 2025, age_band: band, count, import_id: imp.id }).execute();
    }
    await refreshAll(t.database.db, AS_OF);
  }, 120_000);

  test('every indicator of DOMAIN.md §5 is defined once', () => {
    expect(INDICATORS.map((i) => i.code).sort()).toEqual(['BASIS-SOLVED', 'COMPLEX', 'GOALS-MET', 'LIT-KEPT', 'LIT-START', 'NETWORK', 'ONE-PLAN', 'REF-2ND', 'REF-SO', 'SIGNAL-MATCH', 'SPEC-DUR', 'SPEC-USE', 'STEP-DOWN', 'WAIT-FIRST', 'WAIT-START'].sort());
  });

  test('the recomputed tables keep the columns the migrations gave them', async () => {
    const columns = async (table: string) => (await sql<{ c: string }>`
      select column_name || ' ' || data_type || ' ' || coalesce(collation_name, '-') || ' ' || is_nullable as c
      from information_schema.columns where table_name = ${table} order by ordinal_position`.execute(t.database.db)).rows.map((r) => r.c);
    const key = ['indicator text C NO', 'unit_id uuid - NO', 'period text C NO', 'part text C NO', 'age_band text C NO', 'first_2000 boolean - NO', 'split text C NO'];
    expect(await columns('monitoring_values')).toEqual([...key, 'days integer - NO', 'n bigint - NO']);
    expect(await columns('monitoring_counts')).toEqual([...key, 'n bigint - NO']);
    const keys = await sql<{ key: string }>`select pg_get_constraintdef(oid) as key from pg_constraint where conname in ('monitoring_counts_pkey', 'monitoring_values_pkey') order by conname`.execute(t.database.db);
    expect(keys.rows.map((r) => r.key)).toEqual([
      'PRIMARY KEY (unit_id, period, indicator, part, age_band, first_2000, split)',
      'PRIMARY KEY (unit_id, period, indicator, part, age_band, first_2000, split, days)',
    ]);
    const fillfactor = await sql<{ relname: string; reloptions: string[] }>`select relname, reloptions from pg_class where relname in ('monitoring_values', 'monitoring_counts') order by relname`.execute(t.database.db);
    expect(fillfactor.rows).toEqual([{ relname: 'monitoring_counts', reloptions: ['fillfactor=85'] }, { relname: 'monitoring_values', reloptions: ['fillfactor=85'] }]);
  });

  test('each part is counted one way: per fact of one day, or per subject', async () => {
    const mixed = await sql`select indicator, part from monitoring_facts group by 1, 2 having count(distinct per_subject) > 1`.execute(t.database.db);
    expect(mixed.rows).toEqual([]);
    const parts = await sql<{ n: number }>`select count(distinct (indicator, part))::int as n from monitoring_facts`.execute(t.database.db);
    expect(parts.rows[0]!.n).toBeGreaterThan(20);
  });

  test('SPEC-USE counts each child in specialist care once per period, with inflow and outflow', async () => {
    expect(await exact('SPEC-USE', area.gm!, '2025', 'num')).toBe(1);
    expect(await exact('SPEC-USE', area.nb1!, '2025-Q2', 'num')).toBe(1);
    expect(await exact('SPEC-USE', area.nb2!, '2025', 'num')).toBe(0);
    expect(await exact('SPEC-USE', area.gm!, '2025-01', 'num')).toBe(0);
    expect(await exact('SPEC-USE', area.gm!, '2025-09', 'num')).toBe(0);
    expect(await exact('SPEC-USE', area.gm!, '2025', 'inflow')).toBe(1);
    expect(await exact('SPEC-USE', area.gm!, '2025-08', 'outflow')).toBe(1);
    // Anna was 9 in 2025: she counts in the 4-11 band, and not in the first 2000 days.
    expect(await exact('SPEC-USE', area.gm!, '2025', 'num', sql`age_band = '4-11'`)).toBe(1);
    expect(await exact('SPEC-USE', area.gm!, '2025', 'num', sql`first_2000`)).toBe(0);
  });

  test('SPEC-DUR, WAIT-START, STEP-DOWN and WAIT-FIRST keep exact histograms of whole days', async () => {
    // 2025-02-01 to 2025-08-31 is 211 days.
    expect(await histogram('SPEC-DUR', area.gm!, '2025')).toEqual([{ days: 211, n: 1 }]);
    expect(await exact('SPEC-DUR', area.gm!, '2025', 'residential')).toBe(1);
    // Decided to started: Anna 7, Bram 5, Cas 10 days.
    expect(await histogram('WAIT-START', area.gm!, '2025')).toEqual([{ days: 5, n: 1 }, { days: 7, n: 1 }, { days: 10, n: 1 }]);
    // 2025-02-01 to 2025-06-01: 120 days.
    expect(await histogram('STEP-DOWN', area.gm!, '2025')).toEqual([{ days: 120, n: 1 }]);
    expect(await histogram('WAIT-FIRST', area.gm!, '2025-05')).toEqual([{ days: 3, n: 1 }, { days: 10, n: 1 }]);
  });

  test('REF-2ND counts referrals to level 2 and 3 by referrer; REF-SO counts toward the school', async () => {
    expect(await exact('REF-2ND', area.gm!, '2025', 'num')).toBe(2);
    expect(await exact('REF-2ND', area.gm!, '2025', 'num', sql`split = '02'`)).toBe(1);
    expect(await exact('REF-2ND', area.gm!, '2025-01', 'num')).toBe(1);
    expect(await exact('REF-SO', schoolId, '2025', 'num')).toBe(1);
    expect(await exact('REF-SO', area.nb1!, '2025', 'num')).toBe(1);
  });

  test('COMPLEX also counts a family while three or more of its episodes run at once', async () => {
    // Family 3 (Zuid), three light episodes in 2024; all three run from 15 to 20 March only.
    const f3 = await family('Drie', '2024-01-01', '2024-06-30');
    const dirk = await child('dirk', '2016-02-02', 'nb2', f3.familyId);
    await episode(f3.planId, dirk, { level: 1, requested: '2024-01-01', decided: '2024-01-01', started: '2024-01-01', ended: '2024-03-20' });
    await episode(f3.planId, dirk, { level: 1, requested: '2024-03-01', decided: '2024-03-01', started: '2024-03-01', ended: '2024-05-31' });
    await episode(f3.planId, dirk, { level: 2, requested: '2024-03-15', decided: '2024-03-15', started: '2024-03-15', ended: '2024-04-10' });
    await refreshDirty(t.database.db, AS_OF);
    const complex = async (period: string) => [await exact('COMPLEX', area.gm!, period, 'num'), await exact('COMPLEX', area.gm!, period, 'den')];
    expect(await complex('2024-03')).toEqual([1, 1]);
    expect(await complex('2024-Q1')).toEqual([1, 1]);
    expect(await complex('2024')).toEqual([1, 1]);
    // In April two episodes run at once: support, not complex.
    expect(await complex('2024-04')).toEqual([0, 1]);
    expect(await complex('2024-02')).toEqual([0, 1]);
  });

  test('BASIS-SOLVED, COMPLEX, ONE-PLAN and GOALS-MET are shares of their own denominators', async () => {
    expect([await exact('BASIS-SOLVED', area.gm!, '2025', 'num'), await exact('BASIS-SOLVED', area.gm!, '2025', 'den')]).toEqual([1, 2]);
    // Two families with support in 2025, one with specialist care; family 2's plan never had a coordinator.
    expect([await exact('COMPLEX', area.gm!, '2025', 'num'), await exact('COMPLEX', area.gm!, '2025', 'den')]).toEqual([1, 2]);
    expect([await exact('ONE-PLAN', area.gm!, '2025', 'num'), await exact('ONE-PLAN', area.gm!, '2025', 'den')]).toEqual([1, 2]);
    expect([await exact('GOALS-MET', area.gm!, '2025', 'num'), await exact('GOALS-MET', area.gm!, '2025', 'den')]).toEqual([2, 3]);
  });

  test('LIT-START and LIT-KEPT follow the pupils of the school', async () => {
    expect([await exact('LIT-START', schoolId, '2024', 'num'), await exact('LIT-START', schoolId, '2024', 'den')]).toEqual([3, 4]);
    // Later assessments of pupils who started sufficient: p1 (kept) and p2 (lost); p4 started insufficient.
    expect([await exact('LIT-KEPT', schoolId, '2025', 'num'), await exact('LIT-KEPT', schoolId, '2025', 'den')]).toEqual([1, 2]);
  });

  test('SIGNAL-MATCH and NETWORK count matches and active professionals', async () => {
    const signal = async (bsnHash: string) => (await t.database.db.insertInto('signals').values({
      bsn_hash: bsnHash, bsn_encrypted: 'x', domain: 'development', professional_id: adminId, organisation_id: orgId,
      registered_at: '2025-03-01T10:00:00Z', active_until: '2026-03-01',
    }).returning('id').executeTakeFirstOrThrow()).id;
    const a = await signal('test-anna');
    const b = await signal('test-anna');
    await t.database.db.insertInto('signal_matches').values({ kind: 'child', signal_id: a, other_signal_id: b, created_at: '2025-01-05T10:00:00Z' }).execute();
    const author = (await t.database.db.insertInto('users').values({ email: 'netwerk@test.example', name: 'Netwerker' }).returning('id').executeTakeFirstOrThrow()).id;
    await t.database.db.insertInto('memberships').values({ user_id: author, organisation_id: orgId }).execute();
    const group = await t.database.db.selectFrom('learning_groups').select('id').executeTakeFirstOrThrow();
    await t.database.db.insertInto('group_posts').values({ group_id: group.id, author_id: author, body: 'hallo', created_at: '2025-03-03T10:00:00Z', last_activity_at: '2025-03-03T10:00:00Z' }).execute();
    await t.database.db.insertInto('group_posts').values({ group_id: group.id, author_id: author, body: 'weer', created_at: '2025-03-09T10:00:00Z', last_activity_at: '2025-03-09T10:00:00Z' }).execute();
    await refreshDirty(t.database.db, AS_OF);
    expect(await exact('SIGNAL-MATCH', area.gm!, '2025', 'num')).toBe(1);
    // The family plan opened on 2025-01-15, ten days after the match.
    expect(await histogram('SIGNAL-MATCH', area.gm!, '2025')).toEqual([{ days: 10, n: 1 }]);
    // Two posts by one professional in March: one active professional.
    expect(await exact('NETWORK', area.gm!, '2025-03', 'num')).toBe(1);
  });

  test('figures reach a policy officer under disclosure control: small numbers are secret, rates carry an interval', async () => {
    const s = await t.signIn('beleid.hoogeveen@dichtbij.example');
    const spec = (await s.get('/api/v1/indicators/SPEC-USE/values?area=GM9990&period=2025')).json();
    expect(spec.items[0]).toMatchObject({ area: 'GM9990', suppressed: true });
    expect(spec.items[0].value).toBeUndefined();
    expect(spec.items[0].denominator).toEqual({ value: 1000, suppressed: false });
    const wait = (await s.get('/api/v1/indicators/WAIT-START/values?area=GM9990&period=2025')).json();
    // Three cases: a median needs ten.
    expect(wait.items[0]).toMatchObject({ suppressed: true });
    expect(wait.items[0].value).toBeUndefined();
    const bad = await s.get('/api/v1/indicators/SPEC-USE/values?area=WK999001&period=2025');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].code).toBe('level-not-published');
    expect((await s.get('/api/v1/indicators/NOPE/values?area=GM9990&period=2025')).statusCode).toBe(400);
    expect((await s.get('/api/v1/indicators/SPEC-USE/values?area=GM0000&period=2025')).statusCode).toBe(400);
    expect((await s.get('/api/v1/indicators/SPEC-USE/values?area=GM9990&period=2099')).statusCode).toBe(400);
    expect((await s.get('/api/v1/indicators/SPEC-USE/values?area=GM9990&period=2025&by=referrer')).statusCode).toBe(400);
  });

  test('a new area, school or population figure reaches the dashboards at once (the kept catalog is renewed)', async () => {
    const s = await t.signIn('beleid.hoogeveen@dichtbij.example');
    const read = async (query: string) => (await s.get(`/api/v1/indicators/${query}`)).json() as { items: Array<{ area: string; denominator?: { value: number } }> };
    expect((await read('SPEC-USE/values?area=GM9990&period=2025')).items[0]!.denominator!.value).toBe(1000);
    expect((await read('BASIS-SOLVED/values?area=GM9990&period=2025&by=area')).items.map((i) => i.area)).toEqual(['WK999001', 'WK999002']);
    expect((await s.get('/api/v1/indicators/LIT-START/values?area=99ZZ01&period=2025')).statusCode).toBe(400);

    await t.database.db.updateTable('population').set({ count: 300 }).where('municipality_id', '=', area.gm!).where('year', '=', 2025).where('age_band', '=', '0-3').execute();
    const west = await neighbourhood('WK999004', 'West');
    const school = await t.database.db.insertInto('organisations').values({ name: 'Tweede school', kind: 'school', area_id: area.nb2!, brin: '99ZZ01', updated_at: new Date() }).returning('id').executeTakeFirstOrThrow();
    try {
      expect((await read('SPEC-USE/values?area=GM9990&period=2025')).items[0]!.denominator!.value).toBe(1100);
      expect((await read('BASIS-SOLVED/values?area=GM9990&period=2025&by=area')).items.map((i) => i.area)).toEqual(['WK999001', 'WK999004', 'WK999002']);
      expect((await s.get('/api/v1/indicators/LIT-START/values?area=99ZZ01&period=2025')).statusCode).toBe(200);
    } finally {
      await t.database.db.deleteFrom('organisations').where('id', '=', school.id).execute();
      await t.database.db.deleteFrom('areas').where('id', '=', west).execute();
      await t.database.db.updateTable('population').set({ count: 200 }).where('municipality_id', '=', area.gm!).where('year', '=', 2025).where('age_band', '=', '0-3').execute();
    }
    expect((await read('BASIS-SOLVED/values?area=GM9990&period=2025&by=area')).items.map((i) => i.area)).toEqual(['WK999001', 'WK999002']);
  });
});

describe('disclosure control', () => {
  test('no count below the threshold reaches a policy officer, at any level or split', async () => {
    const s = await t.signIn('beleid.hoogeveen@dichtbij.example');
    for (const query of ['REF-2ND/values?area=GM0118&period=2024,2025&by=referrer', 'SPEC-USE/values?area=JR-DRENTHE&period=2025&by=area', 'WAIT-FIRST/values?area=GM0118&period=2025&by=area', 'BASIS-SOLVED/values?area=GM9990&period=2025&by=ageBand']) {
      const { items } = (await s.get(`/api/v1/indicators/${query}`)).json() as { items: Array<Record<string, { value?: number | null; suppressed: boolean } | unknown>> };
      for (const item of items) {
        for (const key of ['numerator', 'denominator', 'cases']) {
          const c = item[key] as { value?: number | null; suppressed: boolean } | undefined;
          if (!c) continue;
          if (c.suppressed) expect(c.value ?? null).toBeNull();
          else expect(c.value! % 5 === 0 && c.value! >= 10).toBe(true);
        }
        if (item.suppressed) expect(item.value).toBeUndefined();
      }
    }
  });
});

describe('statistics', () => {
  test('Wilson interval and nearest-rank percentiles', () => {
    const { lower, upper } = wilson(50, 100);
    expect(lower).toBeCloseTo(0.4038, 3);
    expect(upper).toBeCloseTo(0.5962, 3);
    expect(wilson(0, 20).lower).toBe(0);
    const h = [{ days: 1, n: 3 }, { days: 4, n: 3 }, { days: 9, n: 4 }];
    expect(percentile(h, 0.5)).toBe(4);
    expect(percentile(h, 0.9)).toBe(9);
    expect(percentile([{ days: 2, n: 1 }], 0.5)).toBe(2);
  });
});

describe('incremental refresh', () => {
  const snapshot = async () => (await sql<{ k: string }>`select indicator || '|' || unit_id || '|' || period || '|' || part || '|' || age_band || '|' || first_2000 || '|' || split || '|' || days || '=' || n as k
    from monitoring_values order by 1`.execute(t.database.db)).rows.map((r) => r.k);
  // The counts kept beside the histograms are their sums, cell by cell.
  const counts = async () => (await sql<{ k: string }>`select indicator || '|' || unit_id || '|' || period || '|' || part || '|' || age_band || '|' || first_2000 || '|' || split || '=' || n as k
    from monitoring_counts order by 1`.execute(t.database.db)).rows.map((r) => r.k);
  // The stored facts as a multiset: identical rows (two met goals of one plan) appear as often as they occur.
  const facts = async () => (await sql<{ k: string }>`select concat_ws('|', subject_kind, subject_id, indicator, part, per_subject, area_id,
      school_id, starts_on, ends_on, birth_on, split, days) as k from monitoring_facts order by 1`.execute(t.database.db)).rows.map((r) => r.k);
  const countsOfHistograms = async () => (await sql<{ k: string }>`select indicator || '|' || unit_id || '|' || period || '|' || part || '|' || age_band || '|' || first_2000 || '|' || split || '=' || sum(n) as k
    from monitoring_values where days >= 0 group by indicator, unit_id, period, part, age_band, first_2000, split order by 1`.execute(t.database.db)).rows.map((r) => r.k);

  /**
   * The values by their definition, straight from the facts: every fact joined with every period it touches,
   * age at the fact's day (one-day facts counted per fact) or at the period's last day, a subject counted once
   * per cell, summed over every ancestor area and the school. Slow, and independent of the engine's ranges.
   */
  const byDefinition = async () => (await sql<{ k: string }>`
    with recursive tree (area_id, unit_id) as (
      select id, id from areas union all select t.area_id, a.parent_id from tree t join areas a on a.id = t.unit_id where a.parent_id is not null
    ),
    touched as (
      select f.indicator, f.part, f.area_id, f.school_id, p.key as period, f.split, coalesce(f.days, -1) as days, f.birth_on, r.ref,
        case when f.per_subject then f.subject_kind || ':' || f.subject_id else f.ctid::text end as who
      from monitoring_facts f
      join monitoring_periods p on p.starts_on <= least(coalesce(f.ends_on, ${AS_OF}::date), ${AS_OF}::date) and p.ends_on > f.starts_on
      cross join lateral (select case when not f.per_subject and f.ends_on = f.starts_on then f.starts_on else p.ends_on - 1 end as ref) r
      -- Nothing counts before its first day has come (an end of care planned ahead, say).
      where f.starts_on <= ${AS_OF}::date
    ),
    cells as (
      select indicator, part, area_id, school_id, period, split, days,
        case when birth_on is null then '' when ref < birth_on then 'unborn' when ref < birth_on + interval '4 years' then '0-3'
             when ref < birth_on + interval '12 years' then '4-11' when ref < birth_on + interval '18 years' then '12-17'
             when ref < birth_on + interval '23 years' then '18-22' else '23+' end as age_band,
        birth_on is not null and ref < birth_on + 2000 as first_2000, count(distinct who) as n
      from touched group by 1, 2, 3, 4, 5, 6, 7, 8, 9
    ),
    units as (
      select c.indicator, t.unit_id, c.period, c.part, c.age_band, c.first_2000, c.split, c.days, c.n from cells c join tree t on t.area_id = c.area_id
      union all
      select indicator, school_id, period, part, age_band, first_2000, split, days, n from cells where school_id is not null
    )
    select indicator || '|' || unit_id || '|' || period || '|' || part || '|' || age_band || '|' || first_2000 || '|' || split || '|' || days || '=' || sum(n) as k
    from units group by indicator, unit_id, period, part, age_band, first_2000, split, days order by 1`.execute(t.database.db)).rows.map((r) => r.k);

  test('equals a full recomputation, and the values by their definition, after random sequences of events', async () => {
    const day = fc.integer({ min: 0, max: 900 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const event = fc.oneof(
      fc.record({ kind: fc.constant('episode' as const), level: fc.integer({ min: 1, max: 3 }), start: day, length: fc.option(fc.integer({ min: 0, max: 400 })) }),
      fc.record({ kind: fc.constant('move' as const), to: fc.constantFrom('nb1' as const, 'nb2' as const) }),
      fc.record({ kind: fc.constant('end' as const), on: day }),
      fc.record({ kind: fc.constant('close-plan' as const), on: day }),
    );
    // Each run starts from the full recomputation the previous one ended with.
    await refreshAll(t.database.db, AS_OF);
    // Births from before 2012 to after the last episode: every age band, the first 2000 days, and care before birth.
    await fc.assert(fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 5500 }), async (events, born) => {
      const f = await family(`prop-${Math.random()}`, '2024-01-01');
      // Two met goals: once the plan closes, its family has two identical facts of each part.
      for (let i = 0; i < 2; i++) {
        await t.database.db.insertInto('goals').values({ plan_id: f.planId, domain: 'school', description: 'doel', status: 'met', created_by: adminId, created_at: new Date(), updated_at: new Date() }).execute();
      }
      const birth = new Date(Date.UTC(2011, 0, 1) + born * 86_400_000).toISOString().slice(0, 10);
      const kid = await child(`prop-${Math.random()}`, birth, 'nb1', f.familyId);
      for (const e of events) {
        if (e.kind === 'episode') {
          const end = e.length === null ? undefined : new Date(Date.parse(e.start) + e.length * 86_400_000).toISOString().slice(0, 10);
          await episode(f.planId, kid, { level: e.level, requested: e.start, decided: e.start, started: e.start, ended: end, referrer: '01' });
        } else if (e.kind === 'move') {
          await t.database.db.updateTable('children').set({ neighbourhood_id: area[e.to]! }).where('id', '=', kid).execute();
        } else if (e.kind === 'end') {
          await t.database.db.updateTable('episodes').set({ ended_on: e.on, status: 'ended' }).where('child_id', '=', kid).where('ended_on', 'is', null).where('started_on', '<=', e.on).execute();
        } else {
          await t.database.db.updateTable('plans').set({ status: 'closed', closed_at: `${e.on}T12:00:00Z` }).where('id', '=', f.planId).where('status', '=', 'open').execute();
        }
        await refreshDirty(t.database.db, AS_OF);
      }
      const incremental = await snapshot();
      const incrementalCounts = await counts();
      const incrementalFacts = await facts();
      expect(incrementalCounts).toEqual(await countsOfHistograms());
      await refreshAll(t.database.db, AS_OF);
      expect(incrementalFacts).toEqual(await facts());
      const full = await snapshot();
      expect(incremental).toEqual(full);
      expect(full).toEqual(await byDefinition());
      expect(incrementalCounts).toEqual(await counts());
    }), { numRuns: 20 });
  }, 300_000);

  test('the scheduled refresh recomputes everything when the figures are gone, and otherwise only what changed', async () => {
    await refreshAll(t.database.db, AS_OF);
    const before = await snapshot();
    // What a crash does to the unlogged tables: PostgreSQL empties them.
    await sql`truncate monitoring_values, monitoring_facts, monitoring_state`.execute(t.database.db);
    const first = await refreshMonitoring(t.database.db, AS_OF);
    expect(first.full).toBe(true);
    expect(await snapshot()).toEqual(before);
    const second = await refreshMonitoring(t.database.db, AS_OF);
    expect(second).toMatchObject({ full: false, subjects: 0 });
  }, 120_000);

  test('a new month takes lasting facts into the new period', async () => {
    const f = await family('maand', '2026-05-01');
    // A neighbourhood of its own: other tests leave lasting care elsewhere.
    area.nb3 = await neighbourhood('WK999003', 'Oost');
    const kid = await child('maand', '2016-01-01', 'nb3', f.familyId);
    await episode(f.planId, kid, { level: 3, requested: '2026-05-01', decided: '2026-05-01', started: '2026-05-02' });
    await refreshAll(t.database.db, '2026-05-31');
    expect(await exact('SPEC-USE', area.nb3!, '2026-06', 'num')).toBe(0);
    await refreshDirty(t.database.db, '2026-06-01');
    expect(await exact('SPEC-USE', area.nb3!, '2026-06', 'num')).toBe(1);
    const incremental = await snapshot();
    await refreshAll(t.database.db, '2026-06-01');
    expect(incremental).toEqual(await snapshot());
  }, 120_000);

  test('what was dated ahead counts from its day, also within the month', async () => {
    const f = await family('vooruit', '2026-06-01');
    area.nb4 = await neighbourhood('WK999005', 'Zuidwest');
    const kid = await child('vooruit', '2016-01-01', 'nb4', f.familyId);
    // Care planned to start on the 10th and to end on the 20th, entered on the 5th.
    await episode(f.planId, kid, { level: 3, requested: '2026-06-01', decided: '2026-06-02', started: '2026-06-10', ended: '2026-06-20' });
    await refreshDirty(t.database.db, '2026-06-05');
    expect(await exact('SPEC-USE', area.nb4!, '2026-06', 'inflow')).toBe(0);
    expect(await exact('SPEC-USE', area.nb4!, '2026-06', 'num')).toBe(0);
    // Nothing changes in the sources; the days come.
    await refreshDirty(t.database.db, '2026-06-12');
    expect(await exact('SPEC-USE', area.nb4!, '2026-06', 'inflow')).toBe(1);
    expect(await exact('SPEC-USE', area.nb4!, '2026-06', 'num')).toBe(1);
    expect(await exact('SPEC-USE', area.nb4!, '2026-06', 'outflow')).toBe(0);
    await refreshDirty(t.database.db, '2026-06-25');
    expect(await exact('SPEC-USE', area.nb4!, '2026-06', 'outflow')).toBe(1);
    expect(await exact('SPEC-DUR', area.nb4!, '2026-06', 'days')).toBe(1);
    const incremental = await snapshot();
    await refreshAll(t.database.db, '2026-06-25');
    expect(incremental).toEqual(await snapshot());
  }, 120_000);

  test('answers are kept until the figures change: ETag and 304, renewed by a refresh that changed something', async () => {
    await refreshAll(t.database.db, AS_OF);
    const s = await t.signIn('beleid.hoogeveen@dichtbij.example');
    const url = '/api/v1/indicators/REF-2ND/values?area=GM9990&period=2026';
    const ask = (etag?: string) => s.request({ method: 'GET', url, headers: etag ? { 'if-none-match': etag } : {} });
    const first = await ask();
    const etag = String(first.headers.etag);
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    expect((await ask(etag)).statusCode).toBe(304);
    // Another format is another representation.
    expect((await s.request({ method: 'GET', url: `${url}&format=csv`, headers: { 'if-none-match': etag } })).statusCode).toBe(200);
    // A refresh that found nothing to do keeps the answer.
    await refreshDirty(t.database.db, AS_OF);
    expect((await ask(etag)).statusCode).toBe(304);

    // Twenty referrals this year: until a refresh the kept answer stands, after it the new figure is served.
    const f = await family('verwijzing', '2026-06-01');
    for (let i = 0; i < 20; i++) await episode(f.planId, await child(`verwijzing-${i}`, '2016-01-01', 'nb1', f.familyId), { level: 2, requested: '2026-06-03', referrer: '01' });
    expect((await ask(etag)).statusCode).toBe(304);
    await refreshDirty(t.database.db, AS_OF);
    const after = await ask(etag);
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    // The number of referrals (a rate's numerator; no population for 2026 here, so no rate) is the new one.
    const exactNow = await exact('REF-2ND', area.gm!, '2026', 'num');
    const numerator = after.json().items[0].numerator;
    expect(numerator.suppressed).toBe(false);
    expect(Math.abs(numerator.value - exactNow)).toBeLessThan(5);
    expect(first.json().items[0].numerator).not.toEqual(numerator);
  }, 120_000);
});
