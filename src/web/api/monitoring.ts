/**
 * Types and calls of the monitoring API (indicators, their values under disclosure control, result agreements),
 * as the server sends them (`src/server/modules/monitoring/README.md`, `src/server/modules/results/README.md`),
 * and where an area sits in the tree country > province > youth-care region > municipality > neighbourhood >
 * school, read from the network directory.
 */

import { isAbort, request } from './client';
import type { Area, AreaKind, Me, Organisation, OrganisationSummary, Paged } from './types';

export type Statistic = 'count' | 'share' | 'rate' | 'median';
export type IndicatorLevel = 'country' | 'province' | 'region' | 'municipality' | 'neighbourhood' | 'school';
/** From the top down: `by=area` on a unit gives the units of the next level. */
export const INDICATOR_LEVELS: readonly IndicatorLevel[] = ['country', 'province', 'region', 'municipality', 'neighbourhood', 'school'];
export type Attribution = 'residence' | 'school' | 'organisation';
/** The splits a table can show; months and quarters are a finer time axis, not a table of their own. */
export type Split = 'ageBand' | 'referrer' | 'level';
export const SPLITS: readonly Split[] = ['ageBand', 'referrer', 'level'];
export type ValuesBy = 'area' | 'school' | Split | 'month' | 'quarter';

export interface Indicator {
  code: string;
  name: string;
  explanation: string;
  statistic: Statistic;
  /** As people read it after the number: '%', 'per 1.000 jeugdigen', 'dagen', 'aantal'. */
  unit: string;
  betterDirection: 'higher' | 'lower' | null;
  attribution: Attribution;
  levels: IndicatorLevel[];
  splits: string[];
  source: string;
}

/** A part of a figure (numerator, denominator, number of cases): without a value when it is secret. */
export interface ControlledPart {
  value?: number | null;
  suppressed: boolean;
}

export interface IndicatorValue {
  area: string;
  areaName: string;
  areaLevel: IndicatorLevel;
  period: string;
  group?: string | null;
  /** Missing when suppressed, or when there is nothing to compute it from. */
  value?: number | null;
  suppressed: boolean;
  /** The 95% confidence interval of a share or a rate. */
  lower?: number | null;
  upper?: number | null;
  numerator?: ControlledPart;
  denominator?: ControlledPart;
  cases?: ControlledPart;
  p90?: number | null;
}

export interface IndicatorValues {
  indicator: { code: string; name: string; unit: string; statistic: Statistic };
  asOf: string;
  disclosureControlled: boolean;
  items: IndicatorValue[];
}

export interface ValuesQuery {
  area: string;
  periods: readonly string[];
  by?: ValuesBy;
  ageBand?: string;
}

export type AgreementStatus = 'on-track' | 'at-risk' | 'off-track' | 'unknown';
export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['on-track', 'at-risk', 'off-track', 'unknown'];

export interface ResultAgreement {
  id: string;
  indicator: { code: string; name: string };
  area: { code: string; name: string; level: AreaKind };
  programme: { id: string; name: string } | null;
  baseline: { value: number; on: string };
  target: { value: number; on: string };
  direction: 'higher' | 'lower';
  agreedBy: string;
  note: string | null;
  current: { value: number | null; period: string; suppressed: boolean } | null;
  expected: number;
  status: AgreementStatus;
  canManage?: boolean;
}

/** One step of the way down to a unit: an area or a school (a school's code is its BRIN). */
export interface AreaStep {
  code: string;
  name: string;
  level: IndicatorLevel;
}

const API = '/api/v1';
const enc = (value: string) => encodeURIComponent(value);

function valuesSearch(query: ValuesQuery, format?: 'csv'): string {
  const params = new URLSearchParams({ area: query.area, period: query.periods.join(',') });
  if (query.by) params.set('by', query.by);
  if (query.ageBand) params.set('ageBand', query.ageBand);
  if (format) params.set('format', format);
  return params.toString();
}

let indicatorsCache: Promise<{ items: Indicator[] }> | null = null;

export const monitoringApi = {
  /** The indicator definitions; they change only with a release, so they are asked once per page load. */
  indicators(signal?: AbortSignal): Promise<{ items: Indicator[] }> {
    if (!indicatorsCache) {
      indicatorsCache = request<{ items: Indicator[] }>('GET', '/indicators');
      indicatorsCache.catch(() => {
        indicatorsCache = null;
      });
    }
    return abortable(indicatorsCache, signal);
  },
  values: (code: string, query: ValuesQuery, signal?: AbortSignal) =>
    request<IndicatorValues>('GET', `/indicators/${enc(code)}/values?${valuesSearch(query)}`, { signal }),
  /** The same figures as CSV: a plain link (the session cookie goes along). */
  valuesCsvUrl: (code: string, query: ValuesQuery) => `${API}/indicators/${enc(code)}/values?${valuesSearch(query, 'csv')}`,
  resultAgreements: (area: string, signal?: AbortSignal) =>
    request<Paged<ResultAgreement>>('GET', '/result-agreements', { query: { area, pageSize: 100 }, signal }),
};

/** Lets a caller stop waiting for a shared promise without cancelling it for the others. */
function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('Aborted', 'AbortError'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

// ---- Where a unit sits: the breadcrumbs ----

/** The directory's area kinds are the indicator levels above the school. */
const isAreaLevel = (level: IndicatorLevel): level is AreaKind => level !== 'school';

/**
 * The kind an area code has by the CBS and youth-care-region conventions (NL, PV22, JR-DRENTHE, GM0118,
 * WK011801). Only used to narrow the directory search; the directory has the last word.
 */
function kindHint(code: string): AreaKind | undefined {
  if (code === 'NL') return 'country';
  if (/^PV\d+$/.test(code)) return 'province';
  if (code.startsWith('JR')) return 'region';
  if (/^GM\d+$/.test(code)) return 'municipality';
  if (/^(WK|BU)\d+$/.test(code)) return 'neighbourhood';
  return undefined;
}

async function areaByCode(code: string, signal?: AbortSignal): Promise<Area | null> {
  const page = await request<Paged<Area>>('GET', '/areas', { query: { query: code, kind: kindHint(code), pageSize: 100 }, signal });
  return page.items.find((a) => a.code.toUpperCase() === code.toUpperCase()) ?? null;
}

async function areaChain(area: Area, signal?: AbortSignal): Promise<AreaStep[]> {
  const chain: AreaStep[] = [{ code: area.code, name: area.name, level: area.kind }];
  let parentId = area.parentId;
  // Five levels at most; the bound guards against a loop in bad reference data.
  for (let i = 0; parentId && i < INDICATOR_LEVELS.length; i++) {
    const parent = await request<Area>('GET', `/areas/${enc(parentId)}`, { signal });
    chain.unshift({ code: parent.code, name: parent.name, level: parent.kind });
    parentId = parent.parentId;
  }
  return chain;
}

/** A school is found by its name (the values answer gives it) and checked by its BRIN. */
async function schoolChain(brin: string, name: string, signal?: AbortSignal): Promise<AreaStep[] | null> {
  const page = await request<Paged<OrganisationSummary>>('GET', '/organisations', { query: { query: name, pageSize: 20 }, signal });
  for (const candidate of page.items.filter((o) => o.name === name)) {
    const organisation = await request<Organisation>('GET', `/organisations/${enc(candidate.id)}`, { signal });
    if (organisation.brin?.toUpperCase() !== brin.toUpperCase()) continue;
    const placeCode = organisation.neighbourhood?.code ?? organisation.municipality?.code;
    const place = placeCode ? await areaByCode(placeCode, signal) : null;
    const above = place ? await areaChain(place, signal) : [];
    return [...above, { code: brin, name, level: 'school' }];
  }
  return null;
}

/** A school's name as the values API knows it, asked on an indicator published per school; null when it is not a school. */
async function schoolNameOf(brin: string, signal?: AbortSignal): Promise<string | null> {
  const { items } = await monitoringApi.indicators(signal);
  const perSchool = items.find((i) => i.levels.includes('school'));
  if (!perSchool) return null;
  try {
    const values = await monitoringApi.values(perSchool.code, { area: brin, periods: [String(new Date().getFullYear() - 1)] }, signal);
    return values.items[0]?.areaLevel === 'school' ? values.items[0].areaName : null;
  } catch (error) {
    if (isAbort(error)) throw error;
    return null;
  }
}

const pathCache = new Map<string, AreaStep[]>();

/** Remembers the way down to units just listed (drill-down), so opening one needs no look-up. */
export function rememberUnits(parentPath: readonly AreaStep[], units: readonly AreaStep[]): void {
  for (const unit of units) if (!pathCache.has(unit.code)) pathCache.set(unit.code, [...parentPath, unit]);
}

/**
 * The way from the country down to a unit. `name` is the unit's name when already known (a values answer);
 * it is needed to find a school. Falls back to the unit alone when the directory cannot tell.
 */
export async function areaPath(code: string, name: string | null, signal?: AbortSignal): Promise<AreaStep[]> {
  const cached = pathCache.get(code);
  if (cached) return cached;
  let path: AreaStep[] | null = null;
  const area = await areaByCode(code, signal);
  if (area) path = await areaChain(area, signal);
  else {
    const schoolName = name ?? (await schoolNameOf(code, signal));
    if (schoolName) path = await schoolChain(code, schoolName, signal);
    name = schoolName;
  }
  if (!path) return [{ code, name: name ?? code, level: kindHint(code) ?? 'school' }];
  pathCache.set(code, path);
  return path;
}

/** Result agreements that hold for a unit: its own and those of the areas it lies in, nearest first. */
export async function agreementsAlong(path: readonly AreaStep[], signal?: AbortSignal): Promise<ResultAgreement[]> {
  const areas = path.filter((step) => isAreaLevel(step.level)).reverse();
  const pages = await Promise.all(areas.map((step) => monitoringApi.resultAgreements(step.code, signal)));
  return pages.flatMap((page) => page.items);
}

/**
 * Where a user's dashboard opens: the area of their role grant when the session tells it, else the area of the
 * municipality or province they work for (policy officers and programme leads), else the whole country.
 */
export async function homeArea(user: Me & { areas?: { code: string }[] }, signal?: AbortSignal): Promise<string> {
  const granted = user.areas?.[0]?.code;
  if (granted) return granted;
  if (!user.roles.some((role) => role === 'policy-officer' || role === 'programme-lead')) return 'NL';
  const government = user.organisations.find((o) => o.kind === 'municipality') ?? user.organisations.find((o) => o.kind === 'province');
  if (!government) return 'NL';
  const organisation = await request<Organisation>('GET', `/organisations/${enc(government.id)}`, { signal });
  const municipality = organisation.municipality?.code;
  if (!municipality) return 'NL';
  if (government.kind === 'municipality') return municipality;
  const area = await areaByCode(municipality, signal);
  const chain = area ? await areaChain(area, signal) : [];
  return chain.find((step) => step.level === 'province')?.code ?? 'NL';
}
