import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { Level } from './definitions.js';

/*
 * What a dashboard request looks up besides the figures: areas, schools, periods and published population.
 * They change seldom, so a server keeps them in memory and asks the database only for the catalog version
 * (migration 0009: every change to areas, organisations or population renews it) together with the day the
 * figures were computed for: one small query per request instead of seven.
 */

export interface Area { id: string; code: string; name: string; kind: Level; parentId: string | null }
export interface School { id: string; code: string; name: string; areaId: string | null }
export interface Period { key: string; kind: 'month' | 'quarter' | 'year'; year: number; starts_on: string; ends_on: string }

export interface Catalog {
  areaByCode: Map<string, Area>;
  areaById: Map<string, Area>;
  schoolByCode: Map<string, School>;
  /** Child areas by name (for lists) and by code (for the group rule). */
  childrenByName(areaId: string): Area[];
  childrenByCode(areaId: string): Area[];
  /** Schools registered in an area, by code. */
  schoolsIn(areaId: string): School[];
  /** Schools registered anywhere under an area (itself included), by name (for lists) or by code (for the group rule). */
  schoolsUnder(areaId: string, order: 'name' | 'code'): School[];
  periodByKey: Map<string, Period>;
  /** The periods of some years, by first day. */
  periodsOfYears(years: number[]): Period[];
  /** Published population of the municipalities in an area (itself included), or undefined where none is. */
  population(areaId: string, year: number, ageBand: string): number | undefined;
}

interface Loaded {
  areas: Array<{ id: string; code: string; name: string; kind: Level; parent_id: string | null }>;
  schools: Array<{ id: string; code: string; name: string; area_id: string | null }>;
  periods: Period[];
  population: Array<{ municipality_id: string; year: number; age_band: string; count: number }>;
}

// Byte order, as the database's own "C" collation sorts codes and names.
const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

function listIn<T>(lists: Map<string, T[]>, key: string): T[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
}

function build(loaded: Loaded): Catalog {
  const areas: Area[] = loaded.areas.map((a) => ({ id: a.id, code: a.code, name: a.name, kind: a.kind, parentId: a.parent_id }));
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const children = new Map<string, Area[]>();
  for (const a of areas) if (a.parentId) listIn(children, a.parentId).push(a);
  const childrenByName = new Map([...children].map(([id, list]) => [id, [...list].sort(byKey((a) => a.name))]));
  const childrenByCode = new Map([...children].map(([id, list]) => [id, [...list].sort(byKey((a) => a.code))]));

  const schools: School[] = loaded.schools.map((s) => ({ id: s.id, code: s.code, name: s.name, areaId: s.area_id }));
  const schoolsIn = new Map<string, School[]>();
  const schoolsUnder = new Map<string, School[]>();
  const ancestors = (areaId: string) => {
    const chain: string[] = [];
    for (let a = areaById.get(areaId); a; a = a.parentId ? areaById.get(a.parentId) : undefined) chain.push(a.id);
    return chain;
  };
  for (const s of schools) {
    if (!s.areaId) continue;
    listIn(schoolsIn, s.areaId).push(s);
    for (const id of ancestors(s.areaId)) listIn(schoolsUnder, id).push(s);
  }
  for (const list of schoolsIn.values()) list.sort(byKey((s) => s.code));
  const schoolsUnderByName = new Map([...schoolsUnder].map(([id, list]) => [id, [...list].sort(byKey((s) => s.name))]));
  const schoolsUnderByCode = new Map([...schoolsUnder].map(([id, list]) => [id, [...list].sort(byKey((s) => s.code))]));

  const people = new Map<string, number>();
  for (const p of loaded.population) {
    for (const id of ancestors(p.municipality_id)) {
      const key = `${id}|${p.year}|${p.age_band}`;
      people.set(key, (people.get(key) ?? 0) + p.count);
    }
  }

  const periods = [...loaded.periods].sort(byKey((p) => p.starts_on));
  return {
    areaByCode: new Map(areas.map((a) => [a.code, a])),
    areaById,
    schoolByCode: new Map(schools.map((s) => [s.code, s])),
    childrenByName: (id) => childrenByName.get(id) ?? [],
    childrenByCode: (id) => childrenByCode.get(id) ?? [],
    schoolsIn: (id) => schoolsIn.get(id) ?? [],
    schoolsUnder: (id, order) => (order === 'name' ? schoolsUnderByName : schoolsUnderByCode).get(id) ?? [],
    periodByKey: new Map(periods.map((p) => [p.key, p])),
    periodsOfYears: (years) => periods.filter((p) => years.includes(p.year)),
    population: (id, year, band) => people.get(`${id}|${year}|${band}`),
  };
}

// A few versions at most are alive at once (one per database a process talks to). Requests that find a version
// missing wait for the same load.
const cache = new Map<string, Promise<Catalog>>();
const CACHE_SIZE = 4;

/**
 * The day the figures were computed for, the catalog of the database's current version, and a key that changes
 * whenever the figures or the catalog do.
 */
export async function catalogOf(db: DbOrTx): Promise<{ asOf: string | null; catalog: Catalog; version: string }> {
  const head = await sql<{ version: string; as_of: string | null; figures: string | null }>`
    select c.version, s.as_of, s.version as figures from monitoring_catalog c left join monitoring_state s on true`.execute(db);
  const { version, as_of: asOf, figures } = head.rows[0]!;
  let catalog = cache.get(version);
  if (!catalog) {
    catalog = load(db);
    cache.set(version, catalog);
    catalog.catch(() => cache.delete(version));
    while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return { asOf, catalog: await catalog, version: `${version}/${figures ?? 'none'}` };
}

/**
 * Everything in one statement, so from one snapshot. A change committed since the version was read is then in
 * it too: newer than its key says, and replaced as soon as requests see the new version.
 */
async function load(db: DbOrTx): Promise<Catalog> {
  const { rows } = await sql<{ loaded: Loaded }>`
    select json_build_object(
      'areas', (select coalesce(json_agg(json_build_object('id', id, 'code', code, 'name', name, 'kind', kind, 'parent_id', parent_id)), '[]') from areas),
      'schools', (select coalesce(json_agg(json_build_object('id', id, 'code', brin, 'name', name, 'area_id', area_id)), '[]')
        from organisations where kind in ('school', 'ikc') and brin is not null),
      'periods', (select json_agg(json_build_object('key', key, 'kind', kind, 'year', year, 'starts_on', starts_on, 'ends_on', ends_on)) from monitoring_periods),
      'population', (select coalesce(json_agg(json_build_object('municipality_id', municipality_id, 'year', year, 'age_band', age_band, 'count', count)), '[]') from population)
    ) as loaded`.execute(db);
  return build(rows[0]!.loaded);
}
