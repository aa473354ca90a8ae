import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { type ControlledCount, controlCount } from '../../platform/disclosure.js';
import { invalid, type Problem } from '../../platform/problems.js';
import { type IndicatorDefinition, indicatorByCode, type Level, type Split } from './definitions.js';

/*
 * Figures as anyone without case access sees them: read a few rows of monitoring_values, then apply the CBS
 * rule (platform/disclosure.ts). Shares and rates are computed from rounded parts and suppressed when either
 * part is; durations need 10 cases; only published levels and splits can be asked for.
 */

export const BY = ['area', 'school', 'ageBand', 'referrer', 'level', 'month', 'quarter'] as const;
export type By = (typeof BY)[number];
export const AGE_BANDS = ['unborn', '0-3', '4-11', '12-17', '18-22', 'first-2000-days'] as const;
const MIN_CASES_FOR_DURATIONS = 10;
const Z = 1.959964;

export interface ValuesQuery {
  code: string;
  area: string;
  periods: string[];
  by?: By;
  ageBand?: (typeof AGE_BANDS)[number];
}

interface Unit { id: string; code: string; name: string; level: Level }

export interface ValueItem {
  area: string;
  areaName: string;
  areaLevel: Level;
  period: string;
  group?: string;
  value?: number;
  suppressed: boolean;
  lower?: number;
  upper?: number;
  numerator?: ControlledCount;
  denominator?: ControlledCount;
  cases?: ControlledCount;
  p90?: number;
  extras?: Record<string, ControlledCount | { value?: number; suppressed: boolean }>;
}

const refuse = (name: string, reason: 'unknown-indicator' | 'unknown-area' | 'unknown-period' | 'level-not-published' | 'split-not-published'): Problem =>
  invalid([{ name, code: reason, reason: `monitoring.${reason}` }]);

export function definitionOf(code: string): IndicatorDefinition {
  const definition = indicatorByCode.get(code);
  if (!definition) throw refuse('code', 'unknown-indicator');
  return definition;
}

async function resolveUnit(db: DbOrTx, code: string): Promise<Unit | undefined> {
  const area = await db.selectFrom('areas').select(['id', 'code', 'name', 'kind']).where('code', '=', code).executeTakeFirst();
  if (area) return { id: area.id, code: area.code, name: area.name, level: area.kind };
  const school = await db.selectFrom('organisations').select(['id', 'brin', 'name']).where('brin', '=', code).where('kind', 'in', ['school', 'ikc']).executeTakeFirst();
  return school ? { id: school.id, code: school.brin!, name: school.name, level: 'school' } : undefined;
}

/** The units one level down: areas under an area, schools in a neighbourhood; or every school under an area. */
async function unitsBelow(db: DbOrTx, unit: Unit, schoolsOnly: boolean): Promise<Unit[]> {
  if (!schoolsOnly && unit.level !== 'neighbourhood') {
    const rows = await db.selectFrom('areas').select(['id', 'code', 'name', 'kind']).where('parent_id', '=', unit.id).orderBy('name').execute();
    return rows.map((a) => ({ id: a.id, code: a.code, name: a.name, level: a.kind }));
  }
  const rows = await sql<{ id: string; brin: string; name: string }>`
    with recursive tree (id) as (select ${unit.id}::uuid union all select a.id from areas a join tree t on a.parent_id = t.id)
    select o.id, o.brin, o.name from organisations o join tree t on t.id = o.area_id
    where o.kind in ('school', 'ikc') and o.brin is not null order by o.name`.execute(db);
  return rows.rows.map((s) => ({ id: s.id, code: s.brin, name: s.name, level: 'school' as const }));
}

async function asOfDate(db: DbOrTx): Promise<string> {
  const state = await db.selectFrom('monitoring_state').select('as_of').executeTakeFirst();
  return state?.as_of ?? new Date().toISOString().slice(0, 10);
}

/** The periods asked for, checked against the period table and the day the figures were computed for. */
async function resolvePeriods(db: DbOrTx, keys: string[], by: By | undefined, asOf: string) {
  const rows = await db.selectFrom('monitoring_periods').select(['key', 'kind', 'year', 'starts_on', 'ends_on']).where('key', 'in', keys).execute();
  if (rows.length !== new Set(keys).size || rows.some((p) => p.starts_on > asOf)) throw refuse('period', 'unknown-period');
  if (by !== 'month' && by !== 'quarter') return keys.map((k) => rows.find((p) => p.key === k)!);
  if (rows.some((p) => p.kind !== 'year' && !(by === 'month' && p.kind === 'quarter'))) throw refuse('by', 'split-not-published');
  const parts = await db.selectFrom('monitoring_periods').select(['key', 'kind', 'year', 'starts_on', 'ends_on'])
    .where('kind', '=', by).where('starts_on', '<=', asOf)
    .where((eb) => eb.or(rows.map((p) => eb.and([eb('starts_on', '>=', p.starts_on), eb('ends_on', '<=', p.ends_on)]))))
    .orderBy('starts_on').execute();
  return parts;
}

export function wilson(successes: number, trials: number): { lower: number; upper: number } {
  if (trials <= 0) return { lower: 0, upper: 0 };
  const p = Math.min(1, successes / trials);
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (Z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/** The value at a rank (nearest-rank definition) of a histogram of whole days. */
export function percentile(histogram: Array<{ days: number; n: number }>, fraction: number): number {
  const sorted = [...histogram].sort((a, b) => a.days - b.days);
  const total = sorted.reduce((sum, h) => sum + h.n, 0);
  const rank = Math.max(1, Math.ceil(fraction * total));
  let seen = 0;
  for (const h of sorted) {
    seen += h.n;
    if (seen >= rank) return h.days;
  }
  return sorted.at(-1)?.days ?? 0;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const POPULATION_BANDS: Record<string, string[]> = {
  'population:youth': ['0-3', '4-11', '12-17'],
  'population:pupils': ['4-11', '12-17'],
};

/** Published youth population of the municipalities in each unit, per year and age band. */
async function population(db: DbOrTx, units: Unit[], years: number[]) {
  if (units.length === 0 || years.length === 0) return [];
  const rows = await sql<{ unit_id: string; year: number; age_band: string; count: number }>`
    with recursive tree (unit_id, id, kind) as (
      select a.id, a.id, a.kind from areas a where a.id = any(${units.map((u) => u.id)}::uuid[])
      union all select t.unit_id, a.id, a.kind from areas a join tree t on a.parent_id = t.id where t.kind <> 'municipality'
    )
    select t.unit_id, p.year, p.age_band, sum(p.count)::int as count
    from tree t join population p on p.municipality_id = t.id
    where t.kind = 'municipality' and p.year = any(${years}::int[])
    group by t.unit_id, p.year, p.age_band`.execute(db);
  return rows.rows;
}

export async function indicatorValues(db: DbOrTx, query: ValuesQuery) {
  const definition = definitionOf(query.code);
  const unit = await resolveUnit(db, query.area);
  if (!unit) throw refuse('area', 'unknown-area');
  if (!definition.levels.includes(unit.level)) throw refuse('area', 'level-not-published');
  const splits: readonly string[] = definition.splits;
  if (query.ageBand && !splits.includes('ageBand')) throw refuse('ageBand', 'split-not-published');
  if (query.by && ['ageBand', 'referrer', 'level'].includes(query.by) && !splits.includes(query.by as Split)) throw refuse('by', 'split-not-published');

  const asOf = await asOfDate(db);
  const periods = await resolvePeriods(db, query.periods, query.by, asOf);
  let units = [unit];
  if (query.by === 'area' || query.by === 'school') {
    units = await unitsBelow(db, unit, query.by === 'school');
    if (units.some((u) => !definition.levels.includes(u.level)) || (query.by === 'area' && unit.level === 'school')) throw refuse('by', 'level-not-published');
  }

  const group = query.by === 'ageBand' ? sql.ref('age_band') : query.by === 'referrer' || query.by === 'level' ? sql.ref('split') : sql.lit('');
  const rows = units.length === 0 ? [] : (await sql<{ unit_id: string; period: string; part: string; grp: string; days: number; n: number }>`
    select unit_id, period, part, ${group} as grp, days, sum(n)::bigint as n
    from monitoring_values
    where indicator = ${definition.code} and unit_id = any(${units.map((u) => u.id)}::uuid[]) and period = any(${periods.map((p) => p.key)}::text[])
      and ${query.ageBand === 'first-2000-days' ? sql`first_2000` : query.ageBand ? sql`age_band = ${query.ageBand}` : sql`true`}
    group by unit_id, period, part, grp, days`.execute(db)).rows;

  const denominatorBands = definition.denominator ? POPULATION_BANDS[definition.denominator] : undefined;
  const people = denominatorBands ? await population(db, units, [...new Set(periods.map((p) => p.year))]) : [];

  const groups = query.by === 'ageBand' ? AGE_BANDS.filter((b) => b !== 'first-2000-days')
    : query.by === 'referrer' || query.by === 'level' ? [...new Set(rows.map((r) => r.grp))].sort() : [''];

  const items: ValueItem[] = [];
  for (const u of units) {
    for (const period of periods) {
      for (const g of groups) {
        const mine = rows.filter((r) => r.unit_id === u.id && r.period === period.key && r.grp === g);
        const count = (part: string) => mine.filter((r) => r.part === part).reduce((sum, r) => sum + Number(r.n), 0);
        const histogram = (part: string) => mine.filter((r) => r.part === part).map((r) => ({ days: r.days, n: Number(r.n) }));
        const item: ValueItem = { area: u.code, areaName: u.name, areaLevel: u.level, period: period.key, ...(query.by && g !== '' ? { group: g } : {}), suppressed: true };
        let populationCount: number | null = null;
        if (denominatorBands) {
          const bands = query.by === 'ageBand' ? [g] : query.ageBand ? [query.ageBand] : denominatorBands;
          const found = people.filter((p) => p.unit_id === u.id && p.year === period.year && bands.includes(p.age_band));
          populationCount = found.length > 0 && bands.every((b) => denominatorBands.includes(b)) ? found.reduce((s, p) => s + p.count, 0) : null;
        }
        Object.assign(item, figure(definition, count, histogram, populationCount));
        if (definition.extras) {
          item.extras = Object.fromEntries(definition.extras.map((part) => {
            if (part === 'days') return [part, duration(histogram(part)).median];
            return [part, controlCount(count(part))];
          }));
        }
        items.push(item);
      }
    }
  }
  return { indicator: { code: definition.code, name: definition.name, unit: definition.unit, statistic: definition.statistic }, asOf, disclosureControlled: true as const, items };
}

function duration(histogram: Array<{ days: number; n: number }>) {
  const cases = histogram.reduce((sum, h) => sum + h.n, 0);
  if (cases < MIN_CASES_FOR_DURATIONS) return { cases: controlCount(cases), median: { suppressed: true } };
  return { cases: controlCount(cases), median: { value: percentile(histogram, 0.5), suppressed: false }, p90: percentile(histogram, 0.9) };
}

function figure(
  definition: IndicatorDefinition,
  count: (part: string) => number,
  histogram: (part: string) => Array<{ days: number; n: number }>,
  populationCount: number | null,
): Partial<ValueItem> {
  if (definition.statistic === 'count') {
    const c = controlCount(count(definition.numerator));
    return { suppressed: c.suppressed, ...(c.suppressed ? {} : { value: c.value! }) };
  }
  if (definition.statistic === 'median') {
    const d = duration(histogram(definition.numerator));
    return d.median.suppressed ? { suppressed: true, cases: d.cases } : { suppressed: false, value: d.median.value!, p90: d.p90!, cases: d.cases };
  }
  const numerator = controlCount(count(definition.numerator));
  const denominator = definition.statistic === 'rate'
    ? (populationCount === null ? { value: null, suppressed: true } : controlCount(populationCount))
    : controlCount(count(definition.denominator!));
  const scale = definition.statistic === 'rate' ? 1000 : 100;
  if (numerator.suppressed || denominator.suppressed || !denominator.value) return { suppressed: true, numerator, denominator };
  const interval = wilson(numerator.value!, denominator.value);
  return {
    suppressed: false,
    value: round((numerator.value! / denominator.value) * scale, 1),
    lower: round(interval.lower * scale, 1),
    upper: round(interval.upper * scale, 1),
    numerator,
    denominator,
  };
}
