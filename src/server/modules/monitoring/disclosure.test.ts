import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type SignedInClient, type TestApp } from '../../../../test/helpers/app.js';
import { refreshAll } from './refresh.js';

/*
 * Secondary suppression as a policy officer meets it. A municipality of our own (GM9991, five neighbourhoods)
 * inside the demo region, filled by hand with the starts of support that WAIT-START counts as cases: every
 * figure below is worked out here. The officer sees cases rounded to fives and 0-7 secret; the question is
 * whether subtracting what she sees from a total still pins a secret count, and whether asking for a hidden
 * cell directly gives it away.
 */
const AS_OF = '2025-12-31';
const BANDS = ['unborn', '0-3', '4-11', '12-17', '18-22'] as const;
const BIRTH: Record<string, string> = { '0-3': '2023-01-01', '4-11': '2017-01-01', '12-17': '2010-01-01', '18-22': '2005-01-01' };
const MONTHS = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
const NEIGHBOURHOODS = ['WK999101', 'WK999102', 'WK999103', 'WK999104', 'WK999105'];

let t: TestApp;
let officer: SignedInClient;
let adminId: string;
let providerId: string;
let municipalityId: string;
const neighbourhoodIds: string[] = [];

/** A start of support for one child: where the child lives, its age band and the month it started. */
interface Start { neighbourhood: number; band: '0-3' | '4-11' | '12-17' | '18-22'; month: number }

let serial = 0;
/** Replaces all case data by these starts and recomputes the figures. */
async function build(starts: Start[]) {
  const db = t.database.db;
  await sql`truncate children, families, plans cascade`.execute(db);
  const plans = new Map<number, string>();
  for (const start of starts) {
    let planId = plans.get(start.neighbourhood);
    if (!planId) {
      const family = await db.insertInto('families').values({ name: `Gezin ${start.neighbourhood}` }).returning('id').executeTakeFirstOrThrow();
      planId = (await db.insertInto('plans').values({ family_id: family.id, status: 'open', opened_at: '2024-12-01T10:00:00Z', opened_by: adminId }).returning('id').executeTakeFirstOrThrow()).id;
      plans.set(start.neighbourhood, planId);
    }
    serial += 1;
    const child = await db.insertInto('children').values({
      given_name: `kind${serial}`, family_name: 'Proef', birth_date: BIRTH[start.band]!, municipality_id: municipalityId,
      neighbourhood_id: neighbourhoodIds[start.neighbourhood]!, bsn_hash: `proef-${serial}`, bsn_encrypted: 'x',
    }).returning('id').executeTakeFirstOrThrow();
    const on = `${MONTHS[start.month - 1]}-15`;
    await db.insertInto('episodes').values({
      plan_id: planId, child_id: child.id, level: 2, provider_organisation_id: providerId, status: 'active',
      requested_on: `${MONTHS[start.month - 1]}-01`, decided_on: `${MONTHS[start.month - 1]}-05`, started_on: on,
      created_by: adminId, created_at: new Date(), updated_at: new Date(),
    }).execute();
  }
  await refreshAll(db, AS_OF);
}

interface Item { area: string; period: string; group?: string; suppressed: boolean; value?: number; cases?: { value?: number | null; suppressed: boolean } }

async function items(query: string): Promise<Item[]> {
  const response = await officer.get(`/api/v1/indicators/WAIT-START/values?${query}`);
  expect(response.statusCode, query).toBe(200);
  return response.json().items;
}
const one = async (query: string) => (await items(query))[0]!;

/** What the officer reads from a median figure's cases: the rounded count, and which side of 10 the median says. */
interface Seen { value: number | null; suppressed: boolean; atLeast?: number; atMost?: number }
function seen(item: Item): Seen {
  const cases = item.cases!;
  if (cases.suppressed) return { value: null, suppressed: true };
  return { value: cases.value!, suppressed: false, ...(item.suppressed ? { atMost: 9 } : { atLeast: 10 }) };
}
const range = (s: Seen, plain = false) => ({
  lo: Math.max(8, s.value! - 2, plain ? 0 : (s.atLeast ?? 0)),
  hi: Math.min(s.value! + 2, plain ? Infinity : (s.atMost ?? Infinity)),
});

/** The brief's reader: the hidden parts add up to [lo, hi], reading each hidden part as 0-7 (null: no reading fits). */
function hiddenSum(total: Seen, parts: Seen[]) {
  const shown = parts.filter((p) => !p.suppressed).map((p) => range(p, true));
  const t0 = range(total, true);
  const lo = Math.max(0, t0.lo - shown.reduce((s, r) => s + r.hi, 0));
  const hi = Math.min(t0.hi - shown.reduce((s, r) => s + r.lo, 0), 7 * (parts.length - shown.length));
  return lo > hi ? null : { lo, hi };
}

/**
 * The fewest possible values the officer can narrow any secret part of a group down to, with everything she
 * sees of it (rounded counts and medians) and what she knows for certain: every hidden part is at least 0,
 * and at most 7 when it truly is one of the secret ones and so are all hidden parts. Infinity when no part is
 * secret or the total is hidden.
 */
function narrowest(total: Seen, parts: Seen[], truth: number[]): number {
  if (total.suppressed) return Infinity;
  const shown = parts.filter((p) => !p.suppressed).map((p) => range(p));
  const t0 = range(total);
  const k = parts.length - shown.length;
  const lo = Math.max(0, t0.lo - shown.reduce((s, r) => s + r.hi, 0));
  const hi = t0.hi - shown.reduce((s, r) => s + r.lo, 0);
  const allSecret = parts.every((p, i) => !p.suppressed || truth[i]! <= 7);
  let fewest = Infinity;
  parts.forEach((p, i) => {
    if (!p.suppressed || truth[i]! > 7) return;
    const least = allSecret ? Math.max(0, lo - 7 * (k - 1)) : 0;
    fewest = Math.min(fewest, Math.min(7, hi) - least + 1);
  });
  return fewest;
}

const pick = (list: Item[], key: (i: Item) => string, keys: readonly string[]) => keys.map((k) => list.find((i) => key(i) === k)!);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  adminId = (await db.selectFrom('users').select('id').where('email', '=', 'beheerder@dichtbij.example').executeTakeFirstOrThrow()).id;
  // A youth-care region of its own, so that the demo's other municipalities (all empty once the case data is
  // gone) do not make the region's figures give Proefdorp's away, and Proefdorp's withheld for their sake.
  const province = await db.selectFrom('areas').select('id').where('code', '=', 'PV22').executeTakeFirstOrThrow();
  const region = await db.insertInto('areas').values({ kind: 'region', code: 'JR-PROEF', name: 'Proefregio', parent_id: province.id }).returning('id').executeTakeFirstOrThrow();
  municipalityId = (await db.insertInto('areas').values({ kind: 'municipality', code: 'GM9991', name: 'Proefdorp', parent_id: region.id }).returning('id').executeTakeFirstOrThrow()).id;
  for (const [i, code] of NEIGHBOURHOODS.entries()) {
    neighbourhoodIds.push((await db.insertInto('areas').values({ kind: 'neighbourhood', code, name: `Wijk ${i + 1}`, parent_id: municipalityId }).returning('id').executeTakeFirstOrThrow()).id);
  }
  providerId = (await db.insertInto('organisations').values({ name: 'Proefzorg', kind: 'youth-care-provider', area_id: municipalityId, updated_at: new Date() }).returning('id').executeTakeFirstOrThrow()).id;
  // Only the hand-built data: without the demo's case history a full recomputation takes moments.
  await sql`truncate children, families, plans, requests, signals, literacy_assessments, module_completions, group_posts cascade`.execute(db);
  officer = await t.signIn('beleid.hoogeveen@dichtbij.example');
}, 120_000);

afterAll(async () => t?.close());

describe('a secret count cannot be worked out from a total and its parts', () => {
  // Four neighbourhoods with 8 starts each and one with none: 32 in all. Each neighbourhood's children are of
  // one age band and started in one month, so age bands and months show the same pattern: four of 8, one of 0.
  beforeAll(async () => {
    const starts: Start[] = [];
    (['0-3', '4-11', '12-17', '18-22'] as const).forEach((band, n) => {
      for (let i = 0; i < 8; i += 1) starts.push({ neighbourhood: n, band, month: n + 1 });
    });
    await build(starts);
  }, 120_000);

  test('by area: one more neighbourhood is withheld, and total minus the rest no longer pins the empty one', async () => {
    const total = await one('area=GM9991&period=2025');
    expect(total.cases).toEqual({ value: 30, suppressed: false });
    const parts = pick(await items('area=GM9991&period=2025&by=area'), (i) => i.area, NEIGHBOURHOODS);
    // Rounding alone would show 10, 10, 10, 10 and a secret: 28-32 minus at least 32 leaves exactly 0.
    const roundedOnly: Seen[] = [10, 10, 10, 10, null].map((value) => ({ value, suppressed: value === null }));
    expect(hiddenSum(seen(total), roundedOnly)).toEqual({ lo: 0, hi: 0 });
    // The first of the equal smallest goes too.
    expect(parts.map((p) => p.cases)).toEqual([
      { value: null, suppressed: true }, { value: 10, suppressed: false }, { value: 10, suppressed: false }, { value: 10, suppressed: false }, { value: null, suppressed: true },
    ]);
    const sum = hiddenSum(seen(total), parts.map(seen))!;
    expect(sum.hi - sum.lo + 1).toBeGreaterThanOrEqual(5);
    expect(narrowest(seen(total), parts.map(seen), [8, 8, 8, 8, 0])).toBeGreaterThanOrEqual(5);
  });

  test('the neighbourhood withheld for its neighbour\'s sake is withheld when asked for on its own too', async () => {
    const direct = await one('area=WK999101&period=2025');
    expect(direct.cases).toEqual({ value: null, suppressed: true });
    expect(direct.value).toBeUndefined();
    // Its children are all 0-3, and the other bands are empty: that band goes with it.
    expect((await one('area=WK999101&period=2025&ageBand=0-3')).cases?.suppressed).toBe(true);
    expect((await one('area=WK999102&period=2025')).cases).toEqual({ value: 10, suppressed: false });
  });

  test('by age band: the empty band is not pinned, and the band withheld with it stays withheld when asked for alone', async () => {
    const total = await one('area=GM9991&period=2025');
    const bands = pick(await items('area=GM9991&period=2025&by=ageBand'), (i) => i.group!, BANDS);
    expect(bands.map((b) => b.cases?.suppressed)).toEqual([true, true, false, false, false]);
    const sum = hiddenSum(seen(total), bands.map(seen))!;
    expect(sum.hi - sum.lo + 1).toBeGreaterThanOrEqual(5);
    expect(narrowest(seen(total), bands.map(seen), [0, 8, 8, 8, 8])).toBeGreaterThanOrEqual(5);
    for (const [i, band] of BANDS.entries()) {
      expect((await one(`area=GM9991&period=2025&ageBand=${band}`)).cases, band).toEqual(bands[i]!.cases);
    }
  });

  test('by month: the empty months are not pinned, and a withheld month stays withheld when asked for alone', async () => {
    const total = await one('area=GM9991&period=2025');
    const months = pick(await items('area=GM9991&period=2025&by=month'), (i) => i.period, MONTHS);
    // January goes for the year's sake (eight empty months beside 10, 10, 10, 10 under 30); April for the
    // second quarter's (10 with May and June empty, under a second quarter of 10).
    expect(months.map((m) => m.cases?.suppressed)).toEqual([true, false, false, true, true, true, true, true, true, true, true, true]);
    const sum = hiddenSum(seen(total), months.map(seen))!;
    expect(sum.hi - sum.lo + 1).toBeGreaterThanOrEqual(5);
    for (const [i, month] of MONTHS.entries()) {
      expect((await one(`area=GM9991&period=${month}`)).cases, month).toEqual(months[i]!.cases);
    }
    const quarters = pick(await items('area=GM9991&period=2025&by=quarter'), (i) => i.period, ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(quarters.map((q) => q.cases?.suppressed)).toEqual([false, true, true, true]);
    expect((await one('area=GM9991&period=2025-Q2')).cases?.suppressed).toBe(true);
  });

  test('a shown median never sits beside a withheld count', async () => {
    for (const item of await items('area=GM9991&period=2025,2025-Q1&by=area')) {
      if (item.cases?.suppressed) expect([item.suppressed, item.value]).toEqual([true, undefined]);
    }
  });
});

describe('for random counts per neighbourhood, age band and month', () => {
  // Blocks of children of one neighbourhood and age band who started in one month. Blocks of 8 and 13 (the
  // lowest counts that round to 10 and 15) make the totals tight, as in the worked example above.
  const block = fc.record({
    neighbourhood: fc.integer({ min: 0, max: 4 }),
    band: fc.constantFrom('0-3' as const, '4-11' as const, '12-17' as const, '18-22' as const),
    month: fc.integer({ min: 1, max: 12 }),
    size: fc.constantFrom(1, 2, 3, 5, 7, 8, 8, 8, 9, 13),
  });
  const starts = fc.array(block, { minLength: 1, maxLength: 5 })
    .map((blocks) => blocks.flatMap(({ size, ...start }) => Array.from({ length: size }, () => start)));

  test('every cell reads the same asked for alone or in a list, and no secret count is narrowed below 5 values', async () => {
    await fc.assert(fc.asyncProperty(starts, async (list) => {
      await build(list);
      const count = (where: (s: Start) => boolean) => list.filter(where).length;
      const total = await one('area=GM9991&period=2025');

      const areas = pick(await items('area=GM9991&period=2025&by=area'), (i) => i.area, NEIGHBOURHOODS);
      for (const [n, code] of NEIGHBOURHOODS.entries()) expect((await one(`area=${code}&period=2025`)).cases, code).toEqual(areas[n]!.cases);
      expect(narrowest(seen(total), areas.map(seen), NEIGHBOURHOODS.map((_, n) => count((s) => s.neighbourhood === n)))).toBeGreaterThanOrEqual(5);

      const bands = pick(await items('area=GM9991&period=2025&by=ageBand'), (i) => i.group!, BANDS);
      for (const [b, band] of BANDS.entries()) expect((await one(`area=GM9991&period=2025&ageBand=${band}`)).cases, band).toEqual(bands[b]!.cases);
      expect(narrowest(seen(total), bands.map(seen), BANDS.map((band) => count((s) => s.band === band)))).toBeGreaterThanOrEqual(5);

      const months = pick(await items('area=GM9991&period=2025&by=month'), (i) => i.period, MONTHS);
      for (const [m, month] of MONTHS.entries()) expect((await one(`area=GM9991&period=${month}`)).cases, month).toEqual(months[m]!.cases);
      const inMonth = MONTHS.map((_, m) => count((s) => s.month === m + 1));
      expect(narrowest(seen(total), months.map(seen), inMonth)).toBeGreaterThanOrEqual(5);
      const quarters = pick(await items('area=GM9991&period=2025&by=quarter'), (i) => i.period, ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
      const inQuarter = [0, 1, 2, 3].map((q) => inMonth.slice(3 * q, 3 * q + 3).reduce((a, b) => a + b, 0));
      expect(narrowest(seen(total), quarters.map(seen), inQuarter)).toBeGreaterThanOrEqual(5);
      for (const [q, quarter] of quarters.entries()) {
        expect(narrowest(seen(quarter), months.slice(3 * q, 3 * q + 3).map(seen), inMonth.slice(3 * q, 3 * q + 3))).toBeGreaterThanOrEqual(5);
      }
    }), { numRuns: 10 });
  }, 180_000);
});
