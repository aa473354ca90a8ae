import { type RawBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { type ControlledCount, controlCount, type GroupCount, type GroupSuppression, protectGroup } from '../../platform/disclosure.js';
import { invalid, type Problem } from '../../platform/problems.js';
import type { Catalog, Period } from './catalog.js';
import { type IndicatorDefinition, indicatorByCode, type Level, type Split } from './definitions.js';

/*
 * Figures as anyone without case access sees them: read a few rows of monitoring_values, then apply the CBS
 * rule (platform/disclosure.ts) and the group rule on top of it (see `protection`). Shares and rates are
 * computed from rounded parts and suppressed when either part is; durations need 10 cases; only published
 * levels and splits can be asked for.
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

interface Unit {
  id: string;
  code: string;
  name: string;
  level: Level;
  /** The parent area; for a school, the area it is registered in. */
  parentId: string | null;
}

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

function resolveUnit(catalog: Catalog, code: string): Unit | undefined {
  const area = catalog.areaByCode.get(code);
  if (area) return { id: area.id, code: area.code, name: area.name, level: area.kind, parentId: area.parentId };
  const school = catalog.schoolByCode.get(code);
  return school ? { id: school.id, code: school.code, name: school.name, level: 'school', parentId: school.areaId } : undefined;
}

/** The units one level down: areas under an area, schools in a neighbourhood; or every school under an area. */
function unitsBelow(catalog: Catalog, unit: Unit, schoolsOnly: boolean): Unit[] {
  if (!schoolsOnly && unit.level !== 'neighbourhood') {
    return catalog.childrenByName(unit.id).map((a) => ({ id: a.id, code: a.code, name: a.name, level: a.kind, parentId: unit.id }));
  }
  return catalog.schoolsUnder(unit.id, 'name').map((s) => ({ id: s.id, code: s.code, name: s.name, level: 'school' as const, parentId: s.areaId }));
}

/** The periods asked for, checked against the period table and the day the figures were computed for. */
function resolvePeriods(catalog: Catalog, keys: string[], by: By | undefined, asOf: string): Period[] {
  const rows = keys.map((k) => catalog.periodByKey.get(k));
  if (rows.some((p) => !p || p.starts_on > asOf)) throw refuse('period', 'unknown-period');
  const asked = rows as Period[];
  if (by !== 'month' && by !== 'quarter') return asked;
  if (asked.some((p) => p.kind !== 'year' && !(by === 'month' && p.kind === 'quarter'))) throw refuse('by', 'split-not-published');
  return catalog.periodsOfYears([...new Set(asked.map((p) => p.year))])
    .filter((p) => p.kind === by && p.starts_on <= asOf && asked.some((a) => p.starts_on >= a.starts_on && p.ends_on <= a.ends_on));
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

/** The rows a request reads: its group column (age band, split or none) and its age filter. */
function selection(query: ValuesQuery) {
  return {
    grp: query.by === 'ageBand' ? sql.ref('age_band') : query.by === 'referrer' || query.by === 'level' ? sql.ref('split') : sql.lit(''),
    ages: query.ageBand === 'first-2000-days' ? sql`first_2000` : query.ageBand ? sql`age_band = ${query.ageBand}` : sql`true`,
  };
}

/** The figures asked for, under disclosure control, for the catalog and the day the figures were computed for. */
export async function computeValues(db: DbOrTx, query: ValuesQuery, catalog: Catalog, asOf: string) {
  const definition = definitionOf(query.code);
  const unit = resolveUnit(catalog, query.area);
  if (!unit) throw refuse('area', 'unknown-area');
  if (!definition.levels.includes(unit.level)) throw refuse('area', 'level-not-published');
  const splits: readonly string[] = definition.splits;
  if (query.ageBand && !splits.includes('ageBand')) throw refuse('ageBand', 'split-not-published');
  if (query.by && ['ageBand', 'referrer', 'level'].includes(query.by) && !splits.includes(query.by as Split)) throw refuse('by', 'split-not-published');

  const periods = resolvePeriods(catalog, query.periods, query.by, asOf);
  let units = [unit];
  if (query.by === 'area' || query.by === 'school') {
    units = unitsBelow(catalog, unit, query.by === 'school');
    if (units.some((u) => !definition.levels.includes(u.level)) || (query.by === 'area' && unit.level === 'school')) throw refuse('by', 'level-not-published');
  }

  const scope = protectionScope(catalog, { definition, query, units, periods, asOf });
  const read = units.length === 0 ? { values: [], near: [], detail: [] } : await readValues(db, { definition, query, units, periods, scope });
  const valuesByCell = groupBy(read.values, (r) => `${r.unit_id}|${r.period}|${r.grp}`);

  const denominatorBands = definition.denominator ? POPULATION_BANDS[definition.denominator] : undefined;
  const groups = query.by === 'ageBand' ? AGE_BANDS.filter((b) => b !== 'first-2000-days')
    : query.by === 'referrer' || query.by === 'level' ? [...new Set(read.values.map((r) => r.grp))].sort() : [''];

  const shownCount = units.length === 0 ? () => controlCount(0) : protection(definition, query, scope, read);

  const items: ValueItem[] = [];
  for (const u of units) {
    for (const period of periods) {
      for (const g of groups) {
        const mine = valuesByCell.get(`${u.id}|${period.key}|${g}`) ?? [];
        const histogram = (part: string) => mine.filter((r) => r.part === part).map((r) => ({ days: r.days, n: Number(r.n) }));
        const shown = (part: string) => shownCount(part, { unit: u, period: period.key, grp: g });
        const item: ValueItem = { area: u.code, areaName: u.name, areaLevel: u.level, period: period.key, ...(query.by && g !== '' ? { group: g } : {}), suppressed: true };
        let populationCount: number | null = null;
        if (denominatorBands) {
          const bands = query.by === 'ageBand' ? [g] : query.ageBand ? [query.ageBand] : denominatorBands;
          const found = bands.map((b) => catalog.population(u.id, period.year, b)).filter((n): n is number => n !== undefined);
          populationCount = found.length > 0 && bands.every((b) => denominatorBands.includes(b)) ? found.reduce((sum, n) => sum + n, 0) : null;
        }
        Object.assign(item, figure(definition, shown, histogram, populationCount));
        if (definition.extras) {
          item.extras = Object.fromEntries(definition.extras.map((part) => {
            // A median shown beside a withheld count would tell the count reaches 10.
            if (part === 'days') return [part, shown(definition.numerator).suppressed ? { suppressed: true } : median(histogram(part))];
            return [part, shown(part)];
          }));
        }
        items.push(item);
      }
    }
  }
  return { indicator: { code: definition.code, name: definition.name, unit: definition.unit, statistic: definition.statistic }, asOf, disclosureControlled: true as const, items };
}

function median(histogram: Array<{ days: number; n: number }>): { value?: number; suppressed: boolean } {
  const cases = histogram.reduce((sum, h) => sum + h.n, 0);
  return cases < MIN_CASES_FOR_DURATIONS ? { suppressed: true } : { value: percentile(histogram, 0.5), suppressed: false };
}

function figure(
  definition: IndicatorDefinition,
  shown: (part: string) => ControlledCount,
  histogram: (part: string) => Array<{ days: number; n: number }>,
  populationCount: number | null,
): Partial<ValueItem> {
  if (definition.statistic === 'count') {
    const c = shown(definition.numerator);
    return { suppressed: c.suppressed, ...(c.suppressed ? {} : { value: c.value! }) };
  }
  if (definition.statistic === 'median') {
    const cases = shown(definition.numerator);
    const days = histogram(definition.numerator);
    const m = cases.suppressed ? { suppressed: true } : median(days);
    return m.suppressed ? { suppressed: true, cases } : { suppressed: false, value: m.value!, p90: percentile(days, 0.9), cases };
  }
  const numerator = shown(definition.numerator);
  const denominator = definition.statistic === 'rate'
    ? (populationCount === null ? { value: null, suppressed: true } : controlCount(populationCount))
    : shown(definition.denominator!);
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

/*
 * The group rule across requests. A cell is one count (the value of a count indicator; a share's numerator or
 * denominator; a duration's cases; each count beside a figure) for a unit, a period, an age selection and a
 * split. Besides the CBS rule, a cell is withheld when a group it belongs to needs it withheld
 * (platform/disclosure.ts `protectGroup`): as a part, with its siblings under their total, along every
 * dimension where it is not the total itself
 * - area: the areas under its parent area; a school: the schools registered in its area, and the schools in
 *   its municipality;
 * - age band: the five age bands, under all ages (with the same first-2000-days selection);
 * - split: the referrers or levels that occur in the cell's unit and period, under no split;
 * - period: the months of its quarter and of its year, or the quarters of its year;
 * and, as the total of such a group, when every part of it is secret and the total alone would pin them.
 * Every group is decided on the primary values (the CBS rule alone) of its own cells, so a cell comes out the
 * same in every request that shows it: asking for a hidden cell directly gives nothing away. Published
 * population (CBS) needs no protection and is not a cell.
 */

const BANDS = AGE_BANDS.filter((b) => b !== 'first-2000-days');

type Counts = (part: string) => number;
interface Group { key: string; total: Counts; parts: Counts[] }
interface OutputCell { unit: Unit; period: string; grp: string }

interface ScopeInput { definition: IndicatorDefinition; query: ValuesQuery; units: Unit[]; periods: Period[]; asOf: string }

/** The cells the group rule looks at around the figures asked for: which units and periods, and how they group. */
function protectionScope(catalog: Catalog, { definition, query, units, periods, asOf }: ScopeInput) {
  const levels: readonly string[] = definition.levels;
  const published = (list: Array<{ kind: string }>) => list.length > 0 && list.every((a) => levels.includes(a.kind));

  // Schools: those registered in an area (a school's own, or a figure's), and those in a municipality.
  const municipalityOf = (areaId: string | null) => {
    const area = areaId ? catalog.areaById.get(areaId) : undefined;
    return area?.kind === 'municipality' ? area.id : area?.kind === 'neighbourhood' ? area.parentId : null;
  };
  // A municipality's schools: its own and those of its neighbourhoods.
  const schoolsInMunicipality = (id: string) => catalog.schoolsUnder(id, 'code');
  const schoolAreas = new Set<string>();
  const municipalities = new Set<string>();
  if (levels.includes('school')) {
    for (const u of units) {
      const area = u.level === 'school' ? u.parentId : u.id;
      if (area) schoolAreas.add(area);
      const municipality = u.level === 'school' ? municipalityOf(u.parentId) : u.level === 'municipality' ? u.id : null;
      if (municipality) municipalities.add(municipality);
    }
  }

  // Every period of the figures' years that has begun: the months and quarters a period adds up from or to.
  const yearPeriods = catalog.periodsOfYears([...new Set(periods.map((p) => p.year))]).filter((p) => p.starts_on <= asOf);

  // The figures' own units and their siblings in the periods asked, and the figures' own in every period of
  // their years.
  const outputIds = units.map((u) => u.id);
  const nearIds = new Set(outputIds);
  for (const u of units) {
    if (u.level === 'school') continue;
    const parent = u.parentId ? catalog.areaById.get(u.parentId) : undefined;
    if (parent && levels.includes(parent.kind)) [parent, ...catalog.childrenByCode(parent.id)].forEach((a) => nearIds.add(a.id));
    if (published(catalog.childrenByCode(u.id))) catalog.childrenByCode(u.id).forEach((a) => nearIds.add(a.id));
  }
  for (const id of schoolAreas) catalog.schoolsIn(id).forEach((s) => nearIds.add(s.id));
  for (const id of municipalities) schoolsInMunicipality(id).forEach((s) => nearIds.add(s.id));
  schoolAreas.forEach((id) => nearIds.add(id));
  municipalities.forEach((id) => nearIds.add(id));
  return { catalog, levels, published, municipalityOf, schoolsInMunicipality, yearPeriods, outputIds, nearIds: [...nearIds], periods };
}
type Scope = ReturnType<typeof protectionScope>;

interface ValueRow { unit_id: string; period: string; part: string; grp: string; days: number; n: number }
interface DetailRow { unit_id: string; period: string; part: string; age_band: string; first_2000: boolean; split: string; n: number }

/**
 * Everything a request reads, in one statement: the figures (by days, for medians), the counts around them for
 * the group rule, and the figures' own counts by age band and split. Counts of histograms come from
 * monitoring_counts: a histogram has a row for every day.
 */
async function readValues(db: DbOrTx, { definition, query, units, periods, scope }: { definition: IndicatorDefinition; query: ValuesQuery; units: Unit[]; periods: Period[]; scope: Scope }) {
  const { grp, ages } = selection(query);
  const keys = periods.map((p) => p.key);
  const detail = definition.splits.length > 0;
  const parts = partsOf(definition);
  const plain = parts.filter((p) => p !== HISTOGRAM);
  const histogram = parts.includes(HISTOGRAM);
  // Each part's count per cell at the finest split: plain parts as they are, histograms as their counts.
  const counts = (where: RawBuilder<unknown>) => sql`(
    select unit_id, period, part, age_band, first_2000, split, n from monitoring_values
    where indicator = ${definition.code} and part = any(${plain}::text[]) and ${where}
    union all
    select unit_id, period, part, age_band, first_2000, split, n from monitoring_counts
    where ${histogram} and indicator = ${definition.code} and ${where}
  )`;
  const { rows } = await sql<{ q: 'value' | 'near' | 'detail'; unit_id: string; period: string; part: string; grp: string | null; days: number | null; age_band: string | null; first_2000: boolean | null; split: string | null; n: number }>`
    select 'value' as q, unit_id, period, part, ${grp} as grp, days, null as age_band, null::boolean as first_2000, null as split, sum(n)::bigint as n
    from monitoring_values
    where indicator = ${definition.code} and unit_id = any(${units.map((u) => u.id)}::uuid[]) and period = any(${keys}::text[]) and ${ages}
    group by unit_id, period, part, grp, days
    union all
    select 'near', unit_id, period, part, ${grp} as grp, null, null, null, null, sum(n)::bigint
    from ${counts(sql`((unit_id = any(${scope.nearIds}::uuid[]) and period = any(${keys}::text[]))
        or (unit_id = any(${scope.outputIds}::uuid[]) and period = any(${scope.yearPeriods.map((p) => p.key)}::text[])))`)} c
    where ${ages}
    group by unit_id, period, part, grp
    union all
    select 'detail', unit_id, period, part, null, null, age_band, first_2000, split, sum(n)::bigint
    from ${counts(sql`${detail} and unit_id = any(${scope.outputIds}::uuid[]) and period = any(${keys}::text[])`)} c
    group by unit_id, period, part, age_band, first_2000, split`.execute(db);
  const by = groupBy(rows, (r) => r.q);
  return {
    values: (by.get('value') ?? []) as ValueRow[],
    near: (by.get('near') ?? []) as ValueRow[],
    detail: (by.get('detail') ?? []) as DetailRow[],
  };
}

// The part kept as a histogram of whole days (monitoring_counts holds its counts); every other part is a count.
const HISTOGRAM = 'days';
const partsOf = (d: IndicatorDefinition) =>
  [d.numerator, ...(d.denominator && !d.denominator.startsWith('population:') ? [d.denominator] : []), ...(d.extras ?? [])];

function protection(
  definition: IndicatorDefinition,
  query: ValuesQuery,
  { catalog, levels, published, municipalityOf, schoolsInMunicipality, yearPeriods }: Scope,
  read: { near: ValueRow[]; detail: DetailRow[] },
): (part: string, cell: OutputCell) => ControlledCount {
  const splitDimension = definition.splits.some((s) => s === 'referrer' || s === 'level');
  const ageDimension = definition.splits.includes('ageBand');
  const firstDays = query.ageBand === 'first-2000-days';
  const bandFilter = query.ageBand && !firstDays ? query.ageBand : null;
  const within = (kind: Period['kind'], outer: Period) => yearPeriods.filter((p) => p.kind === kind && p.starts_on >= outer.starts_on && p.starts_on < outer.ends_on);
  const around = (kind: Period['kind'], inner: Period) => yearPeriods.find((p) => p.kind === kind && p.starts_on <= inner.starts_on && inner.starts_on < p.ends_on);

  const nearCounts = new Map(read.near.map((r) => [`${r.unit_id}|${r.period}|${r.grp}|${r.part}`, Number(r.n)]));
  const at = (unitId: string, period: string, g: string): Counts => (part) => nearCounts.get(`${unitId}|${period}|${g}|${part}`) ?? 0;

  // The figures' own cells by every age band and split, for the groups along those dimensions.
  const detailByCell = groupBy(read.detail, (r) => `${r.unit_id}|${r.period}`);
  const detailRows = (unitId: string, period: string, band: string | null) =>
    (detailByCell.get(`${unitId}|${period}`) ?? []).filter((r) => (!firstDays || r.first_2000) && (band === null || r.age_band === band));
  const by = (unitId: string, period: string, band: string | null, split: string | null): Counts => (part) =>
    detailRows(unitId, period, band).filter((r) => r.part === part && (split === null || r.split === split)).reduce((s, r) => s + Number(r.n), 0);
  const splitsOf = (unitId: string, period: string, band: string | null) => [...new Set(detailRows(unitId, period, band).map((r) => r.split))].sort();

  /** The groups an output cell belongs to, as a part (with its place) and as the total. */
  function groupsOf({ unit: u, period: key, grp: g }: OutputCell) {
    const asPart: Array<{ group: Group; index: number }> = [];
    const asTotal: Group[] = [];
    const band = query.by === 'ageBand' ? g : bandFilter;
    const split = query.by === 'referrer' || query.by === 'level' ? g : null;
    // One age band filtered and another asked for: empty by construction, and no part of anything.
    if (query.by === 'ageBand' && bandFilter && g !== bandFilter) return { asPart, asTotal };
    const member = (group: Group, index: number) => {
      if (index >= 0) asPart.push({ group, index });
    };
    const sel = `${g}|${firstDays}|${bandFilter}`;

    if (u.level !== 'school') {
      const parent = u.parentId ? catalog.areaById.get(u.parentId) : undefined;
      const siblings = parent ? catalog.childrenByCode(parent.id) : [];
      if (parent && levels.includes(parent.kind) && published(siblings)) {
        member({ key: `area|${parent.id}|${key}|${sel}`, total: at(parent.id, key, g), parts: siblings.map((a) => at(a.id, key, g)) }, siblings.findIndex((a) => a.id === u.id));
      }
      const below = catalog.childrenByCode(u.id);
      if (published(below)) asTotal.push({ key: `area|${u.id}|${key}|${sel}`, total: at(u.id, key, g), parts: below.map((a) => at(a.id, key, g)) });
    }
    if (levels.includes('school')) {
      const schoolGroup = (prefix: string, areaId: string, list: Array<{ id: string }>): Group =>
        ({ key: `${prefix}|${areaId}|${key}|${sel}`, total: at(areaId, key, g), parts: list.map((s) => at(s.id, key, g)) });
      if (u.level === 'school' && u.parentId) {
        const direct = catalog.schoolsIn(u.parentId);
        member(schoolGroup('schools', u.parentId, direct), direct.findIndex((s) => s.id === u.id));
        const municipality = municipalityOf(u.parentId);
        const all = municipality ? schoolsInMunicipality(municipality) : [];
        if (municipality) member(schoolGroup('municipal-schools', municipality, all), all.findIndex((s) => s.id === u.id));
      } else if (u.level !== 'school') {
        if (catalog.schoolsIn(u.id).length > 0) asTotal.push(schoolGroup('schools', u.id, catalog.schoolsIn(u.id)));
        if (u.level === 'municipality' && schoolsInMunicipality(u.id).length > 0) asTotal.push(schoolGroup('municipal-schools', u.id, schoolsInMunicipality(u.id)));
      }
    }

    if (ageDimension) {
      const group = { key: `age|${u.id}|${key}|${firstDays}|${split ?? '*'}`, total: by(u.id, key, null, split), parts: BANDS.map((b) => by(u.id, key, b, split)) };
      if (band === null) asTotal.push(group);
      else member(group, BANDS.indexOf(band as (typeof BANDS)[number]));
    }
    if (splitDimension) {
      const present = splitsOf(u.id, key, band);
      const group = { key: `split|${u.id}|${key}|${firstDays}|${band ?? '*'}`, total: by(u.id, key, band, null), parts: present.map((s) => by(u.id, key, band, s)) };
      if (split === null) {
        if (present.length > 0) asTotal.push(group);
      } else member(group, present.indexOf(split));
    }

    const period = yearPeriods.find((p) => p.key === key);
    const periodGroup = (kind: Period['kind'], outer: Period): Group => {
      const list = within(kind, outer);
      return { key: `${kind}s|${u.id}|${outer.key}|${sel}`, total: at(u.id, outer.key, g), parts: list.map((p) => at(u.id, p.key, g)) };
    };
    const place = (kind: Period['kind'], outer: Period) => within(kind, outer).findIndex((p) => p.key === key);
    if (period?.kind === 'month') {
      const quarter = around('quarter', period);
      const year = around('year', period);
      if (quarter) member(periodGroup('month', quarter), place('month', quarter));
      if (year) member(periodGroup('month', year), place('month', year));
    } else if (period?.kind === 'quarter') {
      const year = around('year', period);
      if (year) member(periodGroup('quarter', year), place('quarter', year));
      asTotal.push(periodGroup('month', period));
    } else if (period) {
      asTotal.push(periodGroup('month', period), periodGroup('quarter', period));
    }
    return { asPart, asTotal };
  }

  const decided = new Map<string, GroupSuppression>();
  const decide = (group: Group, part: string) => {
    const key = `${group.key}|${part}`;
    let result = decided.get(key);
    if (!result) {
      result = protectGroup(seen(definition, part, group.total), group.parts.map((p) => seen(definition, part, p)));
      decided.set(key, result);
    }
    return result;
  };
  const cells = new Map<string, ReturnType<typeof groupsOf>>();

  return (part, cell) => {
    const primary = controlCount(at(cell.unit.id, cell.period, cell.grp)(part));
    if (primary.suppressed) return primary;
    const cellKey = `${cell.unit.id}|${cell.period}|${cell.grp}`;
    let groups = cells.get(cellKey);
    if (!groups) {
      groups = groupsOf(cell);
      cells.set(cellKey, groups);
    }
    const hidden = groups.asPart.some(({ group, index }) => decide(group, part).parts.has(index))
      || groups.asTotal.some((group) => decide(group, part).total);
    return hidden ? { value: null, suppressed: true } : primary;
  };
}

/**
 * A cell as the reader of a group sees it: rounded, and where a median is shown only from 10 cases, on which
 * side of 10 it lies.
 */
function seen(definition: IndicatorDefinition, part: string, counts: Counts): GroupCount {
  const n = counts(part);
  const c = controlCount(n);
  if (c.suppressed) return c;
  if (definition.statistic === 'median' && part === definition.numerator) {
    return { ...c, ...(n >= MIN_CASES_FOR_DURATIONS ? { atLeast: MIN_CASES_FOR_DURATIONS } : { atMost: MIN_CASES_FOR_DURATIONS - 1 }) };
  }
  // The median beside a count (days from a match to a plan) counts some of the same subjects.
  if (part === definition.numerator && definition.extras?.includes('days') && counts('days') >= MIN_CASES_FOR_DURATIONS) return { ...c, atLeast: MIN_CASES_FOR_DURATIONS };
  return c;
}

function groupBy<T>(list: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
