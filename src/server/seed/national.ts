import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.js';
import type { OrganisationKind } from '../db/schema.js';
import { mulberry32, neighbourhoodName, placeName, uniqueName } from './synthetic.js';

/*
 * A synthetic country for monitoring at national scale (PostgreSQL only), and the same kind of case history
 * for an existing region (the demo), so dashboards have figures above the disclosure threshold.
 *
 * Only the small tables (areas, organisations, professionals) are planned in Node. Every large table is
 * written by one INSERT ... SELECT over generate_series, with pseudo-randomness from
 * hashint8extended(row number, seed + salt): the same seed and day give the same rows on PostgreSQL and on
 * PGlite. Ids are deterministic too: a fixed prefix per generator and seed, a kind, and the row number. So
 * rows go in in key order (the primary keys grow at their right edge), and a row's parents are computed,
 * never looked up: child n of family k is `start(k) + j`, plan p of family k is `2k + i`, episode e of plan
 * p is `4p + e`.
 *
 * The national set is what a national youth-care monitor sees: families, children, plans, coordinators,
 * goals, episodes with level changes, requests through pathways, signals with matches, literacy
 * assessments, the learning network and the population per municipality. No guardians, consents,
 * involvements or timelines: nobody works on these cases, so nobody can open them.
 */

/** Bumped whenever the generator writes different rows for the same seed: a stored set of another version is stale. */
export const NATIONAL_GENERATOR_VERSION = 1;
export const NATIONAL_CHILDREN = 4_000_000;

export interface NationalOptions {
  seed: number;
  /** Default 4,000,000. */
  children?: number;
  /** Years of history before `asOf`; default 5. */
  years?: number;
  /** The last day of history is the day before; default today (UTC). */
  asOf?: string;
  /** Progress lines (Dutch), e.g. console.log. */
  log?: (line: string) => void;
  /**
   * How the monitoring triggers (and foreign keys) are kept out of the load; measured in docs/PERFORMANCE.md.
   * Default 'replica' for a superuser, else 'disable-triggers'.
   */
  bulkLoad?: BulkLoad;
}

export type BulkLoad = 'replica' | 'disable-triggers' | 'keep-triggers';

export interface CaseRowCounts {
  families: number;
  children: number;
  plans: number;
  coordinators: number;
  goals: number;
  episodes: number;
  levelChanges: number;
  requests: number;
  signals: number;
  matches: number;
  assessments: number;
  population: number;
}

export interface NationalCounts extends CaseRowCounts {
  provinces: number;
  regions: number;
  municipalities: number;
  neighbourhoods: number;
  organisations: number;
  professionals: number;
  learningRows: number;
}

export interface NationalResult {
  seed: number;
  asOf: string;
  years: number;
  version: number;
  seconds: number;
  counts: NationalCounts;
  /** Seconds per step, in order. */
  steps: Array<[string, number]>;
}

// ---------------------------------------------------------------------------------------------------------
// Shapes (after CBS youth-care figures where there are any; otherwise plausible)

const PROVINCES = 12;
const REGIONS = 42;
const MUNICIPALITIES = 342;
const NEIGHBOURHOODS_PER_MUNICIPALITY = 10;
const CHILDREN_PER = { school: 250, gpPractice: 2000, provider: 10_000 } as const;
/** Families with a plan in the period (the latest one); some of them also had an earlier, closed plan. */
const SHARE_FAMILIES_WITH_PLAN = 0.374;
const SHARE_EARLIER_PLAN = 0.12;
/** Requests that did not lead to an episode (advice, special education, still open), per child. */
const FREE_REQUESTS_PER_CHILD = 0.15;
/** Children with one or more signals on them (not tied to a plan), per child. */
const SIGNAL_GROUPS_PER_CHILD = 0.155;
/** Share of schools that send their literacy assessments. */
const NATIONAL_LITERACY_SHARE = 0.4;
const MAX_AGE_DAYS = 8394; // just under 23 years
const NATIONAL_MUNICIPALITY_BASE = 5000; // GM5000-GM5341: real CBS codes stay below GM2000; GM9xxx is seedSyntheticRegion's
const NATIONAL_PREFIX = 'd1c4';
export const HISTORY_PREFIX = 'd1c5';

// Family sizes 1, 2, 3 in the shares 45/38/17 %, in a fixed shuffled pattern of 100 families (172 children),
// so the first child of family k is arithmetic: start(k) = 172 * floor(k / 100) + START[k % 100].
const PATTERN_FAMILIES = 100;

const enum Kind {
  Area = 1,
  Organisation = 2,
  User = 3,
  Family = 10,
  Child = 11,
  Plan = 12,
  Coordinator = 13,
  Goal = 14,
  Episode = 15,
  LevelChange = 16,
  RequestFromEpisode = 17,
  Request = 18,
  SignalForPlan = 19,
  Signal = 20,
  MatchForPlan = 21,
  Match = 22,
  SupportTeam = 23,
  Pathway = 24,
  Import = 26,
  LearningGroup = 27,
  Post = 28,
  Reply = 29,
  Training = 30,
  Module = 31,
  Enrolment = 32,
}

// ---------------------------------------------------------------------------------------------------------
// The national set

export async function seedNational(db: Db, options: NationalOptions): Promise<NationalResult> {
  const started = performance.now();
  const seed = checkSeed(options.seed);
  const children = options.children ?? NATIONAL_CHILDREN;
  const years = options.years ?? 5;
  const asOf = checkDay(options.asOf ?? new Date().toISOString().slice(0, 10));
  const log = options.log ?? (() => {});
  if (!Number.isSafeInteger(children) || children < 1 || children > 50_000_000) {
    throw new Error(`Het aantal kinderen moet tussen 1 en 50 miljoen liggen (children must be 1..50,000,000): ${children}`);
  }
  if (!Number.isInteger(years) || years < 1 || years > 20) throw new Error(`Het aantal jaren moet tussen 1 en 20 liggen (years must be 1..20): ${years}`);
  await refusePglite(db, 'Een synthetisch land kan alleen op PostgreSQL worden aangemaakt, niet op de ingebouwde database (PGlite). Zet DATABASE_URL op een PostgreSQL-server.');
  const existing = await db.selectFrom('areas').select('code').where('code', '=', municipalityCode(0)).executeTakeFirst();
  if (existing) {
    throw new Error(`Deze database bevat al een synthetisch land (gemeente ${municipalityCode(0)} bestaat). Gebruik een lege database (this database already holds a national set).`);
  }

  const ids = new Ids(NATIONAL_PREFIX, seed);
  const country = planCountry(children, seed, ids);
  const steps: Array<[string, number]> = [];
  const counts = await db.connection().execute(async (connection) => {
    await trySetting(connection, 'temp_buffers', '512MB');
    return connection.transaction().execute(async (tx) => {
      const bulk = await startBulkLoad(tx, options.bulkLoad);
      let mark = performance.now();
      const step = (name: string) => {
        const now = performance.now();
        steps.push([name, (now - mark) / 1000]);
        log(`  ${name}: ${((now - mark) / 1000).toFixed(1)} s`);
        mark = now;
      };
      await insertCountry(tx, country);
      step('gebieden, organisaties, professionals');
      const spine = await prepareSpine(tx, {
        ids,
        asOf,
        years,
        children,
        municipalities: country.municipalities,
        neighbourhoods: country.neighbourhoods,
        schools: country.schools,
        literacyShare: NATIONAL_LITERACY_SHARE,
        pathwaysActive: true,
      });
      // The triggers look rows up through these indexes, so with triggers on they stay.
      const indexes = options.bulkLoad === 'keep-triggers' ? { rebuild: async () => {} } : await suspendIndexes(tx, BULK_TABLES);
      step('voorbereiding');
      const rows = await generateCases(tx, spine, step);
      const population = await insertPopulation(tx, spine, country.municipalities.map((m) => m.id), 'bevolking-synthetisch-land.csv', false);
      step('bevolking');
      const learningRows = await insertLearning(tx, spine, country);
      step('leernetwerk');
      await indexes.rebuild();
      step('indexen');
      await bulk.finish();
      return { ...rows, population, learningRows };
    });
  });
  const vacuumStarted = performance.now();
  await sql`vacuum (analyze)`.execute(db);
  steps.push(['vacuum (analyze)', (performance.now() - vacuumStarted) / 1000]);
  log(`  vacuum (analyze): ${((performance.now() - vacuumStarted) / 1000).toFixed(1)} s`);

  const result: NationalResult = {
    seed,
    asOf,
    years,
    version: NATIONAL_GENERATOR_VERSION,
    seconds: (performance.now() - started) / 1000,
    steps,
    counts: {
      provinces: PROVINCES,
      regions: REGIONS,
      municipalities: country.municipalities.length,
      neighbourhoods: country.neighbourhoods.length,
      organisations: country.organisations.length,
      professionals: country.users.length,
      ...counts,
    },
  };
  await writeMarker(db, result);
  return result;
}

/** What seedNational left in the database's comment: which set, and how long it took to make. */
export interface NationalMarker {
  generator: 'national';
  version: number;
  seed: number;
  asOf: string;
  years: number;
  seconds: number;
  counts: NationalCounts;
  steps: Array<[string, number]>;
}

export async function readNationalMarker(db: Db): Promise<NationalMarker | null> {
  const { rows } = await sql<{ comment: string | null }>`select shobj_description(oid, 'pg_database') as comment from pg_database where datname = current_database()`.execute(db);
  const comment = rows[0]?.comment;
  if (!comment) return null;
  try {
    const parsed = JSON.parse(comment) as NationalMarker;
    return parsed.generator === 'national' ? parsed : null;
  } catch {
    return null;
  }
}

async function writeMarker(db: Db, result: NationalResult): Promise<void> {
  const marker: NationalMarker = { generator: 'national', ...result };
  const text = JSON.stringify(marker).replaceAll("'", "''");
  await sql.raw(`do $$ begin execute format('comment on database %I is %L', current_database(), '${text}'); end $$`).execute(db);
}

// ---------------------------------------------------------------------------------------------------------
// Case history for an existing region

export interface CaseHistoryOptions {
  municipalityIds: readonly string[];
  childrenPerMunicipality: number;
  years?: number;
  seed?: number;
  asOf?: string;
  /** Population figures counted from the children, only where the municipality has none for that year yet; default true. */
  population?: boolean;
  /** Literacy assessments of the municipalities' schools (the demo imports its own); default false. */
  literacy?: boolean;
}

export interface CaseHistoryCounts extends CaseRowCounts {
  professionals: number;
}

/**
 * Adds `childrenPerMunicipality` synthetic children per municipality to an existing region, with the same
 * kind of history as the national set: families, plans, episodes, level changes, requests, signals and
 * matches, literacy assessments of the region's own schools, and population figures where none exist yet.
 * Children live in the municipality's existing neighbourhoods and go to its existing schools; the work is
 * done by a few synthetic professionals per municipality (inactive, without password, so they never appear
 * in the directory), members of the municipality's existing organisations. Works on PGlite and PostgreSQL.
 * It bypasses the monitoring triggers: compute the figures afterwards with refreshAll.
 */
export async function seedCaseHistory(db: Db, options: CaseHistoryOptions): Promise<CaseHistoryCounts> {
  const seed = checkSeed(options.seed ?? 1);
  const years = options.years ?? 5;
  const asOf = checkDay(options.asOf ?? new Date().toISOString().slice(0, 10));
  const perMunicipality = options.childrenPerMunicipality;
  if (!Number.isSafeInteger(perMunicipality) || perMunicipality < 1) throw new Error(`childrenPerMunicipality must be a whole number >= 1: ${perMunicipality}`);
  if (!Number.isInteger(years) || years < 1 || years > 20) throw new Error(`years must be 1..20: ${years}`);
  if (options.municipalityIds.length === 0) return { ...emptyCounts(), professionals: 0 };
  const ids = new Ids(HISTORY_PREFIX, seed);

  return db.connection().execute(async (connection) => {
    await trySetting(connection, 'temp_buffers', '64MB');
    return connection.transaction().execute(async (tx) => {
      const taken = await tx.selectFrom('children').select('id').where('id', '=', ids.of(Kind.Child, 0)).executeTakeFirst();
      if (taken) throw new Error(`Er is al een synthetische geschiedenis met seed ${seed}; kies een andere seed (case history with seed ${seed} already exists).`);
      const bulk = await startBulkLoad(tx);
      const region = await planHistoryRegion(tx, ids, options.municipalityIds, perMunicipality);
      const spine = await prepareSpine(tx, {
        ids,
        asOf,
        years,
        children: region.neighbourhoods.reduce((sum, n) => sum + n.children, 0),
        municipalities: region.municipalities,
        neighbourhoods: region.neighbourhoods,
        schools: region.schools,
        literacyShare: options.literacy ? 1 : 0,
        pathwaysActive: false,
      });
      const rows = await generateCases(tx, spine, () => {});
      const population = options.population === false ? 0 : await insertPopulation(tx, spine, [...options.municipalityIds], 'bevolking-synthetische-geschiedenis.csv', true);
      await bulk.finish();
      for (const table of ANALYZED_TABLES) await sql.raw(`analyze ${table}`).execute(tx);
      return { ...rows, population, professionals: region.professionals };
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Bulk loading: no triggers while the rows go in

const MONITORED_TABLES = ['children', 'episodes', 'level_changes', 'plans', 'goals', 'coordinators', 'requests', 'signal_matches', 'literacy_assessments', 'group_posts', 'post_replies', 'module_completions'];
const BULK_TABLES = ['families', 'children', 'plans', 'coordinators', 'goals', 'episodes', 'level_changes', 'requests', 'signals', 'signal_matches', 'literacy_assessments'];
const ANALYZED_TABLES = ['families', 'children', 'plans', 'coordinators', 'goals', 'episodes', 'level_changes', 'requests', 'signals', 'signal_matches', 'literacy_assessments', 'population'];

/**
 * A superuser (the local server, PGlite) loads with session_replication_role = replica: neither the
 * monitoring triggers nor the foreign-key checks fire, which halves the load. The rows are made consistent
 * by construction (national.test.ts checks the tree). Others disable only the monitoring triggers, which
 * needs ownership of the tables; the foreign keys are then checked as usual.
 */
async function startBulkLoad(tx: Tx, mode?: BulkLoad): Promise<{ finish(): Promise<void> }> {
  await sql`set local timezone = 'UTC'`.execute(tx);
  await sql`set local work_mem = '256MB'`.execute(tx);
  await sql`set local synchronous_commit = off`.execute(tx);
  // The row estimates of generate_series are far off, so the JIT would compile every statement (0.4 s each).
  await sql`set local jit = off`.execute(tx);
  const { rows } = await sql<{ superuser: boolean }>`select rolsuper as superuser from pg_roles where rolname = current_user`.execute(tx);
  const chosen = mode ?? (rows[0]?.superuser ? 'replica' : 'disable-triggers');
  if (chosen === 'replica') {
    await sql`set local session_replication_role = replica`.execute(tx);
    return {
      async finish() {
        await sql`set local session_replication_role = origin`.execute(tx);
        // The new areas, schools and population passed the catalog's triggers by.
        await sql`update monitoring_catalog set version = gen_random_uuid()`.execute(tx);
      },
    };
  }
  if (chosen === 'keep-triggers') {
    // Only for measuring: the triggers list every subject, and the list is thrown away afterwards.
    const before = await sql<{ n: number }>`select count(*)::int as n from monitoring_dirty`.execute(tx);
    return {
      async finish() {
        if (before.rows[0]!.n === 0) await sql`truncate monitoring_dirty`.execute(tx);
      },
    };
  }
  for (const table of MONITORED_TABLES) await sql.raw(`alter table ${table} disable trigger user`).execute(tx);
  return {
    async finish() {
      for (const table of MONITORED_TABLES) await sql.raw(`alter table ${table} enable trigger user`).execute(tx);
    },
  };
}

/**
 * Drops the secondary indexes (and unique constraints nothing refers to) of the tables about to be filled,
 * and returns how to build them again from their own definitions: one sorted build is several times cheaper
 * than millions of inserts into a growing index. Primary keys stay; their keys arrive in order.
 */
async function suspendIndexes(tx: Tx, tables: readonly string[]): Promise<{ rebuild(): Promise<void> }> {
  const { rows } = await sql<{ table_name: string; index_name: string; definition: string; constraint_name: string | null; constraint_definition: string | null }>`
    select t.relname as table_name, ix.relname as index_name, pg_get_indexdef(i.indexrelid) as definition,
      c.conname as constraint_name, pg_get_constraintdef(c.oid) as constraint_definition
    from pg_index i
    join pg_class t on t.oid = i.indrelid
    join pg_class ix on ix.oid = i.indexrelid
    left join pg_constraint c on c.conindid = i.indexrelid and c.conrelid = t.oid
    where t.relnamespace = 'public'::regnamespace and t.relname = any(${[...tables]}::text[]) and not i.indisprimary
      and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid)
    order by t.relname, ix.relname`.execute(tx);
  for (const index of rows) {
    if (index.constraint_name) await sql.raw(`alter table ${index.table_name} drop constraint ${index.constraint_name}`).execute(tx);
    else await sql.raw(`drop index ${index.index_name}`).execute(tx);
  }
  return {
    async rebuild() {
      await sql`set local maintenance_work_mem = '1GB'`.execute(tx);
      for (const index of rows) {
        if (index.constraint_name) await sql.raw(`alter table ${index.table_name} add constraint ${index.constraint_name} ${index.constraint_definition}`).execute(tx);
        else await sql.raw(index.definition).execute(tx);
      }
    },
  };
}

async function trySetting(db: Db, name: string, value: string): Promise<void> {
  try {
    await sql.raw(`set ${name} = '${value}'`).execute(db);
  } catch {
    // temp_buffers cannot change once the session used a temporary table; the default only makes it slower.
  }
}

async function refusePglite(db: Db, message: string): Promise<void> {
  const { rows } = await sql<{ version: string }>`select version() as version`.execute(db);
  if (/PGlite|emscripten|wasm/i.test(rows[0]?.version ?? '')) throw new Error(message);
}

// ---------------------------------------------------------------------------------------------------------
// Deterministic ids and randomness

class Ids {
  readonly prefix: string;
  constructor(
    generator: string,
    readonly seed: number,
  ) {
    this.prefix = `${generator}${(seed % 65536).toString(16).padStart(4, '0')}`;
  }

  of(kind: Kind, n: number): string {
    return `${this.prefix}-${kind.toString(16).padStart(4, '0')}-4000-8000-${n.toString(16).padStart(12, '0')}`;
  }

  /** The same id in SQL, for a row number expression. */
  sql(kind: Kind, n: string): string {
    return `('${this.prefix}-${kind.toString(16).padStart(4, '0')}-4000-8000-' || lpad(to_hex((${n})::int8), 12, '0'))::uuid`;
  }
}

/** SQL expressions for pseudo-random values of a row: the same key and salt always give the same value. */
class Random {
  constructor(private readonly seed: number) {}

  /** Uniform in [0, 1). */
  r(key: string, salt: number): string {
    return `((hashint8extended((${key})::int8, ${this.seed * 1_000_003 + salt}) & 2147483647)::float8 / 2147483648.0)`;
  }

  /** Whole number in [from, to], both included. */
  int(key: string, salt: number, from: number | string, to: number | string): string {
    return `((${from}) + floor(${this.r(key, salt)} * ((${to}) - (${from}) + 1))::int)`;
  }

  /** Whole days, exponentially distributed with this mean. */
  exp(key: string, salt: number, mean: number | string): string {
    return `floor(-ln(1.0 - ${this.r(key, salt)}) * (${mean}))::int`;
  }

  /** Log-normal: median e^mu. */
  lognormal(key: string, salt: number, mu: number, sigma: number): string {
    return `exp(${mu} + ${sigma} * sqrt(-2.0 * ln(1.0 - ${this.r(key, salt)})) * cos(2.0 * pi() * ${this.r(key, salt + 1)}))`;
  }

  pick(list: readonly string[], key: string, salt: number): string {
    return `(${textArray(list)})[1 + floor(${this.r(key, salt)} * ${list.length})::int]`;
  }

  /** A pick weighted by shares that add up to 1. */
  weighted(table: ReadonlyArray<readonly [string, number]>, key: string, salt: number): string {
    let cumulative = 0;
    const branches = table.slice(0, -1).map(([value, share]) => {
      cumulative += share;
      return `when ${this.r(key, salt)} < ${cumulative.toFixed(6)} then ${literal(value)}`;
    });
    return `(case ${branches.join(' ')} else ${literal(table[table.length - 1]![0])} end)`;
  }
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function textArray(list: readonly string[]): string {
  return `array[${list.map(literal).join(', ')}]::text[]`;
}

function checkSeed(seed: number): number {
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`De seed moet een geheel getal van 0 of meer zijn (seed must be a whole number >= 0): ${seed}`);
  return seed;
}

function checkDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw new Error(`Geen geldige datum (JJJJ-MM-DD): ${day}`);
  }
  return day;
}

function emptyCounts(): CaseRowCounts {
  return { families: 0, children: 0, plans: 0, coordinators: 0, goals: 0, episodes: 0, levelChanges: 0, requests: 0, signals: 0, matches: 0, assessments: 0, population: 0 };
}

function municipalityCode(index: number): string {
  return `GM${NATIONAL_MUNICIPALITY_BASE + index}`;
}

// ---------------------------------------------------------------------------------------------------------
// The spine: small temporary tables the big statements read

interface SpineMunicipality {
  id: string;
  teamOrg: string;
  teamUser: string;
  accessUser: string;
  handoverUser: string;
  /** Professionals of distinct organisations, who register signals. */
  staff: Array<{ userId: string; organisationId: string }>;
  gpOrgs: string[];
  gpUser: string;
  jgzOrg: string;
  jgzUser: string;
  /** Providers for levels 1, 2 and 3. */
  providers: [string[], string[], string[]];
}

interface SpineNeighbourhood {
  municipality: number;
  /** Null where the municipality has no neighbourhoods: the children live in the municipality. */
  id: string | null;
  children: number;
  firstSchool: number;
  schools: number;
}

interface SpineInput {
  ids: Ids;
  asOf: string;
  years: number;
  children: number;
  municipalities: SpineMunicipality[];
  neighbourhoods: SpineNeighbourhood[];
  schools: Array<{ id: string; teamId: string | null }>;
  literacyShare: number;
  pathwaysActive: boolean;
}

interface Spine extends SpineInput {
  random: Random;
  /** The first day of history. */
  from: string;
  pathways: { school: string; general: string; schoolSteps: number; generalSteps: number };
  assessmentImport: string;
}

async function prepareSpine(tx: Tx, input: SpineInput): Promise<Spine> {
  const { ids } = input;
  const pattern = familyPattern(ids.seed);
  // Families per neighbourhood: family k lives where its first child falls in the neighbourhoods' running total.
  interface NbRow { municipality: number; id: string | null; firstFamily: number; families: number; firstSchool: number; schools: number; firstRequest: number; requests: number; firstGroup: number; groups: number }
  const nbRows: NbRow[] = [];
  let target = 0;
  let family = 0;
  let firstRequest = 0;
  let firstGroup = 0;
  for (const n of input.neighbourhoods) {
    target += n.children;
    const firstFamily = family;
    while (pattern.start(family) < Math.min(target, input.children)) family++;
    const children = Math.min(pattern.start(family), input.children) - Math.min(pattern.start(firstFamily), input.children);
    const requests = Math.round(children * FREE_REQUESTS_PER_CHILD);
    const groups = Math.round(children * SIGNAL_GROUPS_PER_CHILD);
    nbRows.push({ municipality: n.municipality, id: n.id, firstFamily, families: family - firstFamily, firstSchool: n.firstSchool, schools: n.schools, firstRequest, requests, firstGroup, groups });
    firstRequest += requests;
    firstGroup += groups;
  }

  await sql.raw(`
    create temp table gen_municipality (
      m int primary key, id uuid not null, team_org uuid not null, team_user uuid not null, access_user uuid not null,
      handover_user uuid not null, staff_users uuid[] not null, staff_orgs uuid[] not null, gp_orgs uuid[] not null,
      gp_user uuid not null, jgz_org uuid not null, jgz_user uuid not null, providers1 uuid[] not null,
      providers2 uuid[] not null, providers3 uuid[] not null
    ) on commit drop`).execute(tx);
  await sql.raw(`
    create temp table gen_nb (
      nb int primary key, m int not null, municipality_id uuid not null, neighbourhood_id uuid, first_family int8 not null,
      families int not null, first_school int not null, schools int not null, first_request int8 not null, requests int not null,
      first_signal_group int8 not null, signal_groups int not null
    ) on commit drop`).execute(tx);
  await sql.raw(`create temp table gen_school (school int primary key, id uuid not null, team_id uuid) on commit drop`).execute(tx);

  const m = input.municipalities;
  const uuids = (values: string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]::uuid[]`;
  for (let i = 0; i < m.length; i += 200) {
    const rows = m.slice(i, i + 200).map((x, j) =>
      `(${i + j}, '${x.id}', '${x.teamOrg}', '${x.teamUser}', '${x.accessUser}', '${x.handoverUser}', ${uuids(x.staff.map((s) => s.userId))}, ${uuids(x.staff.map((s) => s.organisationId))}, ` +
      `${uuids(x.gpOrgs)}, '${x.gpUser}', '${x.jgzOrg}', '${x.jgzUser}', ${uuids(x.providers[0])}, ${uuids(x.providers[1])}, ${uuids(x.providers[2])})`,
    );
    await sql.raw(`insert into gen_municipality values ${rows.join(',\n')}`).execute(tx);
  }
  for (let i = 0; i < nbRows.length; i += 1000) {
    const rows = nbRows.slice(i, i + 1000).map(
      (r, j) =>
        `(${i + j}, ${r.municipality}, '${m[r.municipality]!.id}', ${r.id ? `'${r.id}'` : 'null'}, ${r.firstFamily}, ${r.families}, ${r.firstSchool}, ${r.schools}, ` +
        `${r.firstRequest}, ${r.requests}, ${r.firstGroup}, ${r.groups})`,
    );
    await sql.raw(`insert into gen_nb values ${rows.join(',\n')}`).execute(tx);
  }
  for (let i = 0; i < input.schools.length; i += 1000) {
    const rows = input.schools.slice(i, i + 1000).map((s, j) => `(${i + j}, '${s.id}', ${s.teamId ? `'${s.teamId}'` : 'null'})`);
    await sql.raw(`insert into gen_school values ${rows.join(',\n')}`).execute(tx);
  }
  await sql.raw('analyze gen_municipality; analyze gen_nb; analyze gen_school').execute(tx);

  const from = shiftYears(input.asOf, -input.years);
  const pathways = await ensurePathways(tx, ids, input.pathwaysActive);
  const assessmentImport = ids.of(Kind.Import, 2);
  return { ...input, random: new Random(input.ids.seed), from, pathways, assessmentImport };
}

function shiftYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February moves to 1 March in a common year.
  return shifted.toISOString().slice(0, 10);
}

function familyPattern(seed: number) {
  const random = mulberry32((seed ^ 0xfa411e5) >>> 0);
  const sizes = [...Array<number>(45).fill(1), ...Array<number>(38).fill(2), ...Array<number>(17).fill(3)];
  for (let i = sizes.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sizes[i], sizes[j]] = [sizes[j]!, sizes[i]!];
  }
  const starts: number[] = [];
  let total = 0;
  for (const size of sizes) {
    starts.push(total);
    total += size;
  }
  return {
    sizes,
    starts,
    perBlock: total,
    start: (k: number) => Math.floor(k / PATTERN_FAMILIES) * total + starts[k % PATTERN_FAMILIES]!,
  };
}

const PATHWAYS = [
  {
    key: 'school' as const,
    name: 'Ondersteuningsteam op school',
    description: 'De intern begeleider brengt de vraag in het ondersteuningsteam; het team bepaalt met de ouders de uitkomst.',
    entryPoints: ['school-support-team', 'parents'],
    outcomes: ['advice', 'light-support', 'ambulatory', 'specialist', 'special-education'],
    steps: [
      { name: 'Vraag besproken met de intern begeleider', responsibleFunction: 'intern-begeleider', days: 5 },
      { name: 'Bespreking in het ondersteuningsteam', responsibleFunction: 'intern-begeleider', days: 15 },
      { name: 'Uitkomst met ouders besproken', responsibleFunction: 'intern-begeleider', days: 5 },
    ],
  },
  {
    key: 'general' as const,
    name: 'Hulpvraag bij het wijkteam',
    description: 'Huisarts, jeugdarts, wijkteam of ouders zelf: eerst een gesprek met het wijkteam, dan de uitkomst.',
    entryPoints: ['gp-practice', 'jgz', 'neighbourhood-team', 'parents', 'ikc'],
    outcomes: ['advice', 'light-support', 'ambulatory', 'specialist'],
    steps: [
      { name: 'Gesprek met het wijkteam', responsibleFunction: 'wijkteammedewerker', days: 10 },
      { name: 'Uitkomst bespreken met het gezin', responsibleFunction: 'wijkteammedewerker', days: 5 },
    ],
  },
];

async function ensurePathways(tx: Tx, ids: Ids, active: boolean): Promise<Spine['pathways']> {
  const found: Record<string, string> = {};
  for (const [index, p] of PATHWAYS.entries()) {
    const existing = await tx.selectFrom('pathways').select('id').where('name', '=', p.name).where('area_id', 'is', null).executeTakeFirst();
    if (existing) {
      found[p.key] = existing.id;
      continue;
    }
    const id = ids.of(Kind.Pathway, index);
    await tx.insertInto('pathways').values({ id, name: p.name, description: p.description, area_id: null, entry_points: p.entryPoints, outcomes: p.outcomes, is_active: active }).execute();
    await tx
      .insertInto('pathway_steps')
      .values(p.steps.map((s, i) => ({ pathway_id: id, position: i + 1, name: s.name, responsible_function: s.responsibleFunction, deadline_working_days: s.days })))
      .execute();
    found[p.key] = id;
  }
  const steps = async (id: string) => Number((await tx.selectFrom('pathway_steps').select((eb) => eb.fn.max('position').as('last')).where('pathway_id', '=', id).executeTakeFirst())?.last ?? 1);
  return { school: found.school!, general: found.general!, schoolSteps: await steps(found.school!), generalSteps: await steps(found.general!) };
}

// ---------------------------------------------------------------------------------------------------------
// The cases: one statement per table

const SALT = {
  gap: 1, age: 2, unborn: 3, expected: 4, surname: 5, given: 10, school: 11,
  plan: 20, open: 21, length: 22, earlier: 23, earlierOpen: 24, earlierClose: 25, handover: 26, handoverDay: 27, closeReason: 28, openTime: 29,
  episodes: 30, goals: 33, goalDomain: 34, goalText: 35, goalStatus: 36, goalChild: 37, goalDay: 38,
  child: 40, requested: 41, level: 42, rejected: 43, decided: 44, wait: 45, duration: 46, change: 47, changeDay: 48, changeDecided: 49,
  provider: 50, kind: 51, intensity: 52, referrer: 53, form: 54, crisis: 55, endReason: 56, satisfaction: 57, continuation: 58, time: 59,
  request: 60, entry: 61, firstContact: 62, decision: 64, requestTime: 65, gpOrg: 66, requestOpen: 67, outcome: 68, pathway: 69,
  signalPlan: 70, signalCount: 71, signalDay: 72, signalStaff: 73, signalGap: 74, domain: 75, signalChild: 76, signalFamily: 77,
  literacy: 80, ability: 81, assessment: 82, assessmentDay: 85,
} as const;

async function generateCases(tx: Tx, spine: Spine, step: (name: string) => void): Promise<Omit<CaseRowCounts, 'population'>> {
  const { ids, random: R } = spine;
  const asOf = `date '${spine.asOf}'`;
  const from = `date '${spine.from}'`;
  const pattern = familyPattern(ids.seed);
  const N = spine.children;
  const ts = (day: string, key: string, salt: number, fromHour = 8, hours = 9) => `((${day}) + time '${String(fromHour).padStart(2, '0')}:00' + ${R.r(key, salt)} * interval '${hours} hours')::timestamptz`;

  // Family k: size (the last family may be cut off at N), sibling gap, age of the eldest, an expected child.
  const start = (k: string) => `((${k}) / ${PATTERN_FAMILIES} * ${pattern.perBlock} + (array[${pattern.starts.join(',')}])[((${k}) % ${PATTERN_FAMILIES})::int + 1])`;
  const size = (k: string) => `least((array[${pattern.sizes.join(',')}])[((${k}) % ${PATTERN_FAMILIES})::int + 1], ${N} - ${start(k)})::int`;
  const familyColumns = (k: string) => `
    ${k} as k, ${start(k)} as n0, ${size(k)} as s, (300 + floor(${R.r(k, SALT.gap)} * 1200)::int) as gap,
    ${R.r(k, SALT.age)} as age_roll, (${size(k)} >= 2 and ${R.r(k, SALT.unborn)} < 0.004) as unborn_last`;
  // The eldest is old enough for the younger ones to be born, and under 23.
  const eldestBirth = (f: string) => `(${asOf} - (${f}.s - 1) * ${f}.gap - 1 - floor(${f}.age_roll * (${MAX_AGE_DAYS} - (${f}.s - 1) * ${f}.gap))::int)`;
  const schoolOf = (n: string, birth: string, nb: string) =>
    `case when ${birth} between ${asOf} - 4565 and ${asOf} - 1461 and ${nb}.schools > 0 then ${nb}.first_school + floor(${R.r(n, SALT.school)} * ${nb}.schools)::int end`;
  const familiesOf = (nb: string) => `generate_series(${nb}.first_family, ${nb}.first_family + ${nb}.families - 1)`;

  const run = async (text: string): Promise<number> => Number((await sql.raw(text).execute(tx)).numAffectedRows ?? 0n);

  // Families and children ---------------------------------------------------------------------------------
  const families = await run(`
    insert into families (id, name, created_by, created_at)
    select ${ids.sql(Kind.Family, 'f.k')}, 'Gezin ' || ${R.pick(SURNAMES, 'f.k', SALT.surname)}, m.team_user,
      ${ts(`greatest(f.b0, ${from} - 365)`, 'f.k', SALT.time)}
    from (
      select nb.m, f.k, ${eldestBirth('f')} as b0
      from gen_nb nb cross join lateral (select ${familyColumns('k')} from ${familiesOf('nb')} k offset 0) f
      where f.n0 < ${N}
    ) f join gen_municipality m on m.m = f.m`);
  step(`gezinnen (${families})`);

  const children = await run(`
    insert into children (id, family_id, bsn_hash, bsn_encrypted, given_name, family_name, birth_date, expected_birth_date,
      municipality_id, neighbourhood_id, school_id, created_by, created_at, updated_at)
    select ${ids.sql(Kind.Child, 'c.n')}, ${ids.sql(Kind.Family, 'c.k')},
      case when c.unborn then null else 'syn:${ids.prefix}:' || lpad(c.n::text, 10, '0') end,
      case when c.unborn then null else 'synthetisch' end,
      ${R.pick(GIVEN_NAMES, 'c.n', SALT.given)}, ${R.pick(SURNAMES, 'c.k', SALT.surname)},
      case when c.unborn then null else c.birth end,
      case when c.unborn then ${asOf} + 1 + floor(${R.r('c.n', SALT.expected)} * 250)::int end,
      c.municipality_id, c.neighbourhood_id, s.id, m.team_user, c.created, c.created
    from (
      select nb.m, nb.municipality_id, nb.neighbourhood_id, nb.first_school, nb.schools, f.k, f.n0 + j as n,
        ${eldestBirth('f')} + j * f.gap as birth, (f.unborn_last and j = f.s - 1) as unborn,
        ${ts(`greatest(${eldestBirth('f')} + j * f.gap, ${from} - 365)`, 'f.n0 + j', SALT.time)} as created
      from gen_nb nb cross join lateral (select ${familyColumns('k')} from ${familiesOf('nb')} k offset 0) f
      cross join lateral generate_series(0, f.s - 1) j
      where f.n0 < ${N}
    offset 0) c
    join gen_municipality m on m.m = c.m
    left join gen_school s on s.school = (${schoolOf('c.n', 'c.birth', 'c')}) and not c.unborn`);
  step(`kinderen (${children})`);

  // Plans: the latest of a family (open or closed), and for some an earlier, closed one ---------------------
  await run(`
    create temp table gen_plan on commit drop as
    select 2 * f.k + v.i as p, f.k, f.nb, f.m, f.s - f.unborn_last::int as born, f.gap, f.b0, f.n0,
      case v.i when 0 then f.open0 else f.open1 end as open_day,
      case v.i when 0 then case when f.open0 + f.len0 < ${asOf} then f.open0 + f.len0 end
        else f.open1 + 1 + floor(${R.r('f.k', SALT.earlierClose)} * (f.open0 - 30 - f.open1 - 1))::int end as end_day
    from (
      select g.*, g.has0 and ${R.r('g.k', SALT.earlier)} < ${SHARE_EARLIER_PLAN} and g.open0 - g.lo >= 120 as has1,
        g.lo + floor(${R.r('g.k', SALT.earlierOpen)} * (g.open0 - g.lo - 90))::int as open1
      from (
        select e.*, e.lo + floor(${R.r('e.k', SALT.open)} * (${asOf} - e.lo))::int as open0, 30 + ${R.exp('e.k', SALT.length, 330)} as len0,
          ${R.r('e.k', SALT.plan)} < ${SHARE_FAMILIES_WITH_PLAN} and e.lo < ${asOf} as has0
        from (
          select nb.nb, nb.m, f.*, ${eldestBirth('f')} as b0, greatest(${from}, ${eldestBirth('f')} + 30) as lo
          from gen_nb nb cross join lateral (select ${familyColumns('k')} from ${familiesOf('nb')} k offset 0) f
          where f.n0 < ${N}
        offset 0) e
      offset 0) g
    offset 0) f
    cross join lateral (values (0), (1)) v(i)
    where case v.i when 0 then f.has0 else f.has1 end`);
  await run('alter table gen_plan add primary key (p)');
  await run('analyze gen_plan');

  const plans = await run(`
    insert into plans (id, family_id, status, opened_at, opened_by, closed_at, closed_by, close_reason)
    select ${ids.sql(Kind.Plan, 'g.p')}, ${ids.sql(Kind.Family, 'g.k')}, case when g.end_day is null then 'open' else 'closed' end,
      ${ts('g.open_day', 'g.p', SALT.openTime)}, m.team_user,
      case when g.end_day is not null then ${ts('g.end_day', 'g.p', SALT.openTime, 17, 1)} end,
      case when g.end_day is not null then m.team_user end,
      case when g.end_day is not null then ${R.pick(CLOSE_REASONS, 'g.p', SALT.closeReason)} end
    from gen_plan g join gen_municipality m on m.m = g.m
    order by g.p`);
  step(`plannen (${plans})`);

  // One coordinator from the start; in one plan in ten the coordinator was handed over to youth health care.
  const coordinators = await run(`
    insert into coordinators (id, plan_id, professional_id, started_at, ended_at)
    select ${ids.sql(Kind.Coordinator, '2 * g.p + v.i')}, ${ids.sql(Kind.Plan, 'g.p')}, case v.i when 0 then m.team_user else m.handover_user end,
      case v.i when 0 then ${ts('g.open_day', 'g.p', SALT.openTime)} else g.handover_at end,
      case when v.i = 0 and g.handover_at is not null then g.handover_at end
    from (
      select g.*, case when ${R.r('g.p', SALT.handover)} < 0.1 and coalesce(g.end_day, ${asOf} - 1) > g.open_day
        then ${ts(`g.open_day + 1 + floor(${R.r('g.p', SALT.handoverDay)} * (coalesce(g.end_day, ${asOf} - 1) - g.open_day))::int`, 'g.p', SALT.handoverDay + 100)} end as handover_at
      from gen_plan g
    offset 0) g
    join gen_municipality m on m.m = g.m
    cross join lateral (values (0), (1)) v(i)
    where v.i = 0 or g.handover_at is not null
    order by g.p, v.i`);
  step(`regisseurs (${coordinators})`);

  const goals = await run(`
    insert into goals (id, plan_id, child_id, domain, description, status, created_by, created_at, updated_at)
    select ${ids.sql(Kind.Goal, 'x.goal')}, ${ids.sql(Kind.Plan, 'x.p')}, case when ${R.r('x.goal', SALT.goalChild)} < 0.5 then ${ids.sql(Kind.Child, 'x.n0')} end,
      (${textArray(DOMAINS)})[x.domain + 1], (${textArray(GOALS)})[x.domain * 3 + 1 + floor(${R.r('x.goal', SALT.goalText)} * 3)::int],
      case when x.end_day is null then ${R.weighted(OPEN_GOAL_STATUSES, 'x.goal', SALT.goalStatus)} else ${R.weighted(CLOSED_GOAL_STATUSES, 'x.goal', SALT.goalStatus)} end,
      m.team_user, x.created, case when x.end_day is null then x.created else greatest(x.created, ${ts('x.end_day', 'x.p', SALT.openTime, 17, 1)}) end
    from (
      select g.*, 4 * g.p + e as goal, floor(${R.r('4 * g.p + e', SALT.goalDomain)} * ${DOMAINS.length})::int as domain,
        ${ts(`least(g.open_day + ${R.exp('4 * g.p + e', SALT.goalDay, 14)}, coalesce(g.end_day, ${asOf} - 1))`, '4 * g.p + e', SALT.time)} as created
      from gen_plan g cross join lateral generate_series(0, (${R.r('g.p', SALT.goals)} < 0.6)::int + (${R.r('g.p', SALT.goals + 100)} < 0.2)::int) e
    offset 0) x
    join gen_municipality m on m.m = x.m
    order by x.goal`);
  step(`doelen (${goals})`);

  // Episodes: computed once into a spine, then written with their level changes and requests ------------------
  // Layers: (t) which child, when requested, which level; (u) the raw dates; (w) what has happened by the
  // plan's end or asOf; (x) a scale-up or -down after the start; (y) whether that change took effect.
  const e = '4 * g.p + e';
  const waitMean = '(array[5, 25, 40])[u.level0]';
  const durationMean = '(array[100, 200, 320])[u.level0]';
  await run(`
    create temp table gen_episode on commit drop as
    select y.*,
      case when y.change_decision in ('approved', 'not-needed') then y.to_level else y.level0 end as level,
      case y.level0 ${REFERRERS.map((list, i) => `when ${i + 1} then ${R.pick(list, 'y.ep', SALT.referrer)}`).join(' ')} end as referrer,
      case y.level0 ${FORMS_OF_HELP.map((list, i) => `when ${i + 1} then ${R.pick(list, 'y.ep', SALT.form)}`).join(' ')} end as form_of_help
    from (
      select x.*,
        case when x.change is null or x.change_on > coalesce(x.ended_on, x.hi) then null
          when x.to_level < 3 then 'not-needed'
          when x.change_decided <= coalesce(x.ended_on, x.hi) then 'approved'
          when x.status = 'active' then 'pending' end as change_decision
      from (
        select w.*,
          case when w.started_on is null then null
            when w.level0 = 3 and w.change_roll < 0.4 then 'down'
            when w.level0 = 2 and w.change_roll < 0.1 then 'up'
            when w.level0 = 2 and w.change_roll < 0.2 then 'down'
            when w.level0 = 1 and w.change_roll < 0.1 then 'up' end as change,
          case when w.level0 = 3 or (w.level0 = 2 and w.change_roll >= 0.1) then w.level0 - 1 else w.level0 + 1 end as to_level,
          w.started_on + w.change_after as change_on,
          w.started_on + w.change_after + 1 + ${R.exp('w.ep', SALT.changeDecided, 10)} as change_decided
        from (
          select u.ep, u.p, u.m, u.nb, u.n, u.birth, u.level0, u.requested_on, u.hi, u.closed,
            case
              when u.closed then case when u.rejected then 'rejected' else 'ended' end
              when u.level0 = 3 and u.decided_raw > u.hi then 'awaiting-decision'
              when u.rejected then 'rejected'
              when u.started_raw > u.hi then 'planned'
              when u.ended_raw > u.hi then 'active'
              else 'ended' end as status,
            case when u.level0 = 3 and u.decided_raw > u.hi and not u.closed then null else least(u.decided_raw, u.hi) end as decided_on,
            case when u.rejected or (not u.closed and u.started_raw > u.hi) then null else least(u.started_raw, u.hi) end as started_on,
            case when u.rejected or (not u.closed and u.ended_raw > u.hi) then null else least(u.ended_raw, u.hi) end as ended_on,
            ${R.r('u.ep', SALT.change)} as change_roll,
            case when u.level0 = 3 then 30 + ${R.exp('u.ep', SALT.changeDay, 180)} else 14 + ${R.exp('u.ep', SALT.changeDay, 90)} end as change_after
          from (
            select u.*, u.decided_raw + u.wait as started_raw, u.decided_raw + u.wait + (array[14, 30, 30])[u.level0] + u.duration as ended_raw
            from (
              select t.*, t.n0 + t.j as n, t.b0 + t.j * t.gap as birth, t.level0 = 3 and t.rejected_roll < 0.05 as rejected,
                case when t.level0 = 3 then t.requested_on + 1 + ${R.exp('t.ep', SALT.decided, 12)} else t.requested_on + floor(${R.r('t.ep', SALT.decided)} * 5)::int end as decided_raw,
                ${R.exp('t.ep', SALT.wait, waitMean.replace('u.', 't.'))} as wait,
                ${R.exp('t.ep', SALT.duration, durationMean.replace('u.', 't.'))} as duration
              from (
                select s.*, case when s.b0 + s.j0 * s.gap > s.requested_on then 0 else s.j0 end as j
                from (
                  select g.p, ${e} as ep, g.m, g.nb, g.n0, g.b0, g.gap, g.end_day is not null as closed, coalesce(g.end_day, ${asOf} - 1) as hi,
                    case when g.open_day + ${R.exp(e, SALT.requested, 45)} <= coalesce(g.end_day, ${asOf} - 1)
                      then g.open_day + ${R.exp(e, SALT.requested, 45)}
                      else g.open_day + floor(${R.r(e, SALT.requested + 100)} * (coalesce(g.end_day, ${asOf} - 1) - g.open_day + 1))::int end as requested_on,
                    floor(${R.r(e, SALT.child)} * g.born)::int as j0,
                    case when ${R.r(e, SALT.level)} < 0.5 then 1 when ${R.r(e, SALT.level)} < 0.9 then 2 else 3 end as level0,
                    ${R.r(e, SALT.rejected)} as rejected_roll
                  from gen_plan g
                  cross join lateral generate_series(0, (${R.r('g.p', SALT.episodes)} < 0.65)::int + (${R.r('g.p', SALT.episodes + 100)} < 0.35)::int + (${R.r('g.p', SALT.episodes + 200)} < 0.12)::int) e
                offset 0) s
              offset 0) t
            offset 0) u
          offset 0) u
        offset 0) w
      offset 0) x
    ) y`);
  await run('alter table gen_episode add primary key (ep)');
  await run('analyze gen_episode');
  step('episodes voorbereid');

  const episodes = await run(`
    insert into episodes (id, plan_id, child_id, level, provider_organisation_id, kind, intensity, status, requested_on, decided_on,
      started_on, ended_on, end_reason, referrer, form_of_help, started_in_crisis, product_category, satisfaction, continuation,
      created_by, created_at, updated_at)
    select ${ids.sql(Kind.Episode, 'x.ep')}, ${ids.sql(Kind.Plan, 'x.p')}, ${ids.sql(Kind.Child, 'x.n')}, x.level,
      case x.level0 when 1 then m.providers1[1 + floor(${R.r('x.ep', SALT.provider)} * cardinality(m.providers1))::int]
        when 2 then m.providers2[1 + floor(${R.r('x.ep', SALT.provider)} * cardinality(m.providers2))::int]
        else m.providers3[1 + floor(${R.r('x.ep', SALT.provider)} * cardinality(m.providers3))::int] end,
      (${textArray(EPISODE_KINDS)})[(x.level0 - 1) * 3 + 1 + floor(${R.r('x.ep', SALT.kind)} * 3)::int],
      ${R.pick(INTENSITIES, 'x.ep', SALT.intensity)}, x.status, x.requested_on, x.decided_on, x.started_on, x.ended_on,
      case when x.ended_on is not null then ${R.weighted(END_REASONS, 'x.ep', SALT.endReason)} end,
      x.referrer, x.form_of_help,
      x.level0 = 3 and ${R.r('x.ep', SALT.crisis)} < 0.05,
      case when x.level0 >= 2 then '45' end,
      case when x.ended_on is not null and ${R.r('x.ep', SALT.satisfaction)} < 0.7 then ${R.int('x.ep', SALT.satisfaction + 100, 4, 10)} end,
      case when x.ended_on is not null and ${R.r('x.ep', SALT.continuation)} < 0.6 then ${R.pick(['01', '02', '03', '04'], 'x.ep', SALT.continuation + 100)} end,
      m.team_user, ${ts('x.requested_on', 'x.ep', SALT.time)},
      greatest(${ts('x.requested_on', 'x.ep', SALT.time)}, ${ts('coalesce(x.ended_on, x.started_on, x.decided_on, x.requested_on)', 'x.ep', SALT.time + 100, 17, 1)})
    from gen_episode x join gen_municipality m on m.m = x.m
    order by x.ep`);
  step(`episodes (${episodes})`);

  const starts = await run(`
    insert into level_changes (id, episode_id, child_id, from_level, to_level, direction, requested_on, effective_on, reason, decision,
      decided_by, decided_on, decision_reason, requested_by, created_at)
    select ${ids.sql(Kind.LevelChange, '2 * x.ep')}, ${ids.sql(Kind.Episode, 'x.ep')}, ${ids.sql(Kind.Child, 'x.n')}, null, x.level0, 'start', x.requested_on,
      case when x.level0 = 3 then case when x.status in ('awaiting-decision', 'rejected') then null else x.decided_on end else coalesce(x.started_on, x.requested_on) end,
      null,
      case when x.level0 < 3 then 'not-needed' when x.status = 'awaiting-decision' then 'pending' when x.status = 'rejected' then 'rejected' else 'approved' end,
      case when x.level0 = 3 and x.decided_on is not null then m.access_user end,
      case when x.level0 = 3 then x.decided_on end,
      case when x.level0 = 3 and x.status = 'rejected' then 'Lichtere hulp past beter.' when x.level0 = 3 and x.decided_on is not null then 'Specialistische jeugdhulp nodig; indicatie afgegeven.' end,
      m.team_user, ${ts('x.requested_on', 'x.ep', SALT.time)}
    from gen_episode x join gen_municipality m on m.m = x.m
    order by x.ep`);
  const changes = await run(`
    insert into level_changes (id, episode_id, child_id, from_level, to_level, direction, requested_on, effective_on, reason, decision,
      decided_by, decided_on, decision_reason, requested_by, created_at)
    select ${ids.sql(Kind.LevelChange, '2 * x.ep + 1')}, ${ids.sql(Kind.Episode, 'x.ep')}, ${ids.sql(Kind.Child, 'x.n')}, x.level0, x.to_level, x.change, x.change_on,
      case x.change_decision when 'approved' then x.change_decided when 'not-needed' then x.change_on end,
      case x.change when 'up' then ${R.pick(SCALE_UP_REASONS, 'x.ep', SALT.change + 100)} else ${R.pick(SCALE_DOWN_REASONS, 'x.ep', SALT.change + 100)} end,
      x.change_decision,
      case when x.change_decision = 'approved' then m.access_user end,
      case when x.change_decision = 'approved' then x.change_decided end,
      case when x.change_decision = 'approved' then 'Opschaling naar specialistische jeugdhulp akkoord.' end,
      m.team_user, ${ts('x.change_on', 'x.ep', SALT.changeDay + 100)}
    from gen_episode x join gen_municipality m on m.m = x.m
    where x.change_decision is not null
    order by x.ep`);
  step(`niveauwijzigingen (${starts + changes})`);

  // Requests: about half the episodes began as a request through a pathway; others ended in advice,
  // special education, or are still open.
  const schoolPathway = `'${spine.pathways.school}'::uuid`;
  const generalPathway = `'${spine.pathways.general}'::uuid`;
  const fromEpisodes = await run(`
    insert into requests (id, pathway_id, child_id, entry_point, team_id, status, step_position, step_due_on, assigned_professional_id,
      created_by, created_organisation_id, received_at, first_contact_at, decided_at, support_started_on, outcome, episode_id)
    select ${ids.sql(Kind.RequestFromEpisode, 'y.ep')}, case when y.entry_point = 'school-support-team' or (y.entry_point = 'parents' and ${R.r('y.ep', SALT.pathway)} < 0.5) then ${schoolPathway} else ${generalPathway} end,
      ${ids.sql(Kind.Child, 'y.n')}, y.entry_point, case when y.entry_point = 'school-support-team' then s.team_id end, 'closed',
      case when y.entry_point = 'school-support-team' or (y.entry_point = 'parents' and ${R.r('y.ep', SALT.pathway)} < 0.5) then ${spine.pathways.schoolSteps} else ${spine.pathways.generalSteps} end,
      null, m.team_user,
      case y.entry_point when 'gp-practice' then m.gp_user when 'jgz' then m.jgz_user else m.team_user end,
      case y.entry_point when 'gp-practice' then m.gp_orgs[1 + floor(${R.r('y.ep', SALT.gpOrg)} * cardinality(m.gp_orgs))::int] when 'jgz' then m.jgz_org
        when 'school-support-team' then s.id else m.team_org end,
      y.received_at, greatest(y.received_at + interval '30 minutes', ${ts('y.contact_on', 'y.ep', SALT.firstContact + 100)}),
      greatest(y.received_at + interval '90 minutes', ${ts('y.contact_on', 'y.ep', SALT.firstContact + 100)} + interval '1 hour', ${ts('y.decision_on', 'y.ep', SALT.decision + 100)}),
      case when y.level0 < 3 then y.started_on end, (array['light-support', 'ambulatory', 'specialist'])[y.level0], ${ids.sql(Kind.Episode, 'y.ep')}
    from (
      select x.*, ${ts('x.requested_on', 'x.ep', SALT.requestTime)} as received_at,
        x.requested_on + least(floor(${R.lognormal('x.ep', SALT.firstContact, 1.4, 0.9)})::int, x.decision_on - x.requested_on) as contact_on
      from (
        select x.*, ${schoolOf('x.n', 'x.birth', 'nb')} as school,
          case x.referrer
            when '02' then 'gp-practice' when '03' then 'jgz'
            when '06' then case when ${R.r('x.ep', SALT.entry)} < 0.5 then 'parents' else 'neighbourhood-team' end
            else case when (${schoolOf('x.n', 'x.birth', 'nb')}) is not null and ${R.r('x.ep', SALT.entry)} < 0.7 then 'school-support-team' else 'neighbourhood-team' end end as entry_point,
          case when x.level0 < 3 then x.decided_on
            else x.requested_on + floor(${R.r('x.ep', SALT.decision)} * (coalesce(x.decided_on, x.hi) - x.requested_on + 1))::int end as decision_on
        from gen_episode x join gen_nb nb on nb.nb = x.nb
        where x.referrer in ('01', '02', '03', '06') and ${R.r('x.ep', SALT.request)} < 0.55
      offset 0) x
    offset 0) y
    join gen_municipality m on m.m = y.m
    left join gen_school s on s.school = y.school
    order by y.ep`);

  const openShare = 0.6;
  const free = await run(`
    insert into requests (id, pathway_id, child_id, entry_point, team_id, status, step_position, step_due_on, assigned_professional_id,
      created_by, created_organisation_id, received_at, first_contact_at, decided_at, support_started_on, outcome, episode_id)
    select ${ids.sql(Kind.Request, 'y.q')}, y.pathway, ${ids.sql(Kind.Child, 'y.n')}, y.entry_point,
      case when y.entry_point = 'school-support-team' then s.team_id end,
      case when y.is_open then 'open' else 'closed' end,
      case when not y.is_open then case when y.pathway = ${schoolPathway} then ${spine.pathways.schoolSteps} else ${spine.pathways.generalSteps} end
        when y.contact_on is not null then 2 else 1 end,
      case when y.is_open then y.received_on + 14 + case when y.contact_on is not null then 10 else 0 end end,
      case when not y.is_open or y.contact_on is not null then m.team_user end,
      case y.entry_point when 'gp-practice' then m.gp_user when 'jgz' then m.jgz_user else m.team_user end,
      case y.entry_point when 'gp-practice' then m.gp_orgs[1 + floor(${R.r('y.q', SALT.gpOrg)} * cardinality(m.gp_orgs))::int] when 'jgz' then m.jgz_org
        when 'school-support-team' then s.id else m.team_org end,
      y.received_at,
      case when y.contact_on is not null then greatest(y.received_at + interval '30 minutes', ${ts('y.contact_on', 'y.q', SALT.firstContact + 100)}) end,
      case when not y.is_open then greatest(y.received_at + interval '90 minutes', ${ts('y.contact_on', 'y.q', SALT.firstContact + 100)} + interval '1 hour', ${ts('y.decision_on', 'y.q', SALT.decision + 100)}) end,
      null, case when not y.is_open then y.outcome end, null
    from (
      select x.*, ${ts('x.received_on', 'x.q', SALT.requestTime)} as received_at,
        case when x.outcome = 'special-education' or x.entry_point in ('school-support-team') or (x.entry_point = 'parents' and ${R.r('x.q', SALT.pathway)} < 0.5) then ${schoolPathway} else ${generalPathway} end as pathway,
        case when not x.is_open or ${R.r('x.q', SALT.requestOpen + 100)} < 0.5 then least(x.received_on + floor(${R.lognormal('x.q', SALT.firstContact, 1.4, 0.9)})::int, ${asOf} - 1) end as contact_on,
        least(x.received_on + floor(${R.lognormal('x.q', SALT.firstContact, 1.4, 0.9)})::int + ${R.exp('x.q', SALT.decision, 10)}, ${asOf} - 1) as decision_on
      from (
        select w.*, case when w.outcome = 'special-education' then case when w.school is not null then 'school-support-team' else 'parents' end
            when w.school is not null and ${R.r('w.q', SALT.entry)} < 0.4 then 'school-support-team'
            else ${R.weighted([['gp-practice', 0.3], ['jgz', 0.25], ['neighbourhood-team', 0.25], ['parents', 0.2]], 'w.q', SALT.entry + 100)} end as entry_point
        from (
          select v.*, ${schoolOf('v.n', 'v.birth', 'v')} as school,
            v.received_on >= ${asOf} - 40 and ${R.r('v.q', SALT.requestOpen)} < ${openShare} as is_open,
            case when v.received_on - v.birth between 1461 and 6574 and ${R.r('v.q', SALT.outcome)} < 0.22 then 'special-education' else 'advice' end as outcome
          from (
            select u.*, u.lo + floor(${R.r('u.q', SALT.requested)} * (${asOf} - u.lo))::int as received_on
            from (
              select t.*, greatest(${from}, t.birth + 30) as lo
              from (
                select nb.nb, nb.m, nb.first_school, nb.schools, r.q, f.n0 + floor(${R.r('r.q', SALT.child + 100)} * (f.s - f.unborn_last::int))::int as n,
                  ${eldestBirth('f')} + floor(${R.r('r.q', SALT.child + 100)} * (f.s - f.unborn_last::int))::int * f.gap as birth
                from gen_nb nb
                cross join lateral generate_series(nb.first_request, nb.first_request + nb.requests - 1) r(q)
                cross join lateral (select ${familyColumns(`nb.first_family + floor(${R.r('r.q', SALT.child)} * nb.families)::int8`)} offset 0) f
                where nb.families > 0 and f.n0 < ${N} and f.s - f.unborn_last::int > 0
              offset 0) t
            offset 0) u
            where u.lo < ${asOf}
          offset 0) v
        offset 0) w
      offset 0) x
    offset 0) y
    join gen_municipality m on m.m = y.m
    left join gen_school s on s.school = y.school
    order by y.q`);
  step(`hulpvragen (${fromEpisodes + free})`);

  // Signals: before a plan opened, professionals of different organisations signalled about the eldest child
  // (so they matched, and a joint plan followed); and signals about children without a plan. All are still
  // active at asOf and for at least half a year after it, so the hourly removal leaves them alone.
  await run(`
    create temp table gen_signal_group on commit drop as
    select ${Kind.SignalForPlan} as kind, g.p as g, g.m, g.n0 as n, g.b0 as birth,
      greatest(g.open_day - 1 - floor(${R.r('g.p', SALT.signalDay)} * 60)::int, ${asOf} - 540, g.b0) as first_day,
      1 + (${R.r('g.p', SALT.signalCount)} < 0.6)::int + (${R.r('g.p', SALT.signalCount + 100)} < 0.2)::int as signals
    from gen_plan g
    where g.p % 2 = 0 and g.open_day >= ${asOf} - 510 and ${R.r('g.p', SALT.signalPlan)} < 0.5
      and g.b0 + interval '23 years' - interval '1 day' >= ${asOf} + 180
    union all
    select ${Kind.Signal}, t.g, t.m, t.n, t.birth,
      greatest(${asOf} - 540, t.birth) + floor(${R.r('t.g', SALT.signalDay)} * (${asOf} - greatest(${asOf} - 540, t.birth)))::int,
      1 + (${R.r('t.g', SALT.signalCount)} < 0.15)::int + (${R.r('t.g', SALT.signalCount + 100)} < 0.03)::int
    from (
      select nb.m, r.g, f.n0 + floor(${R.r('r.g', SALT.signalChild + 100)} * (f.s - f.unborn_last::int))::int as n,
        ${eldestBirth('f')} + floor(${R.r('r.g', SALT.signalChild + 100)} * (f.s - f.unborn_last::int))::int * f.gap as birth
      from gen_nb nb
      cross join lateral generate_series(nb.first_signal_group, nb.first_signal_group + nb.signal_groups - 1) r(g)
      cross join lateral (select ${familyColumns(`nb.first_family + floor(${R.r('r.g', SALT.signalFamily)} * nb.families)::int8`)} offset 0) f
      where nb.families > 0 and f.n0 < ${N} and f.s - f.unborn_last::int > 0
    offset 0) t
    where t.birth < ${asOf} and t.birth + interval '23 years' - interval '1 day' >= ${asOf} + 180`);

  const signalSpine = `
    select sg.kind, sg.g, i, 4 * sg.g + i as sn, sg.n, sg.birth, m.staff_users, m.staff_orgs,
      (floor(${R.r('sg.g * 8 + sg.kind', SALT.signalStaff)} * cardinality(m.staff_users))::int + i) % cardinality(m.staff_users) + 1 as staff,
      least(sg.first_day + i * (1 + floor(${R.r('sg.g * 8 + sg.kind', SALT.signalGap)} * 30)::int), ${asOf} - 1) as day
    from gen_signal_group sg join gen_municipality m on m.m = sg.m
    cross join lateral generate_series(0, least(sg.signals, cardinality(m.staff_users)) - 1) i`;
  const signalId = (alias: string) => `case ${alias}.kind when ${Kind.SignalForPlan} then ${ids.sql(Kind.SignalForPlan, `${alias}.sn`)} else ${ids.sql(Kind.Signal, `${alias}.sn`)} end`;
  const signalAt = (alias: string) => `(${ts(`${alias}.day`, `${alias}.sn * 8 + ${alias}.kind`, SALT.time)} + ${alias}.i * interval '1 minute')`;
  const signals = await run(`
    insert into signals (id, bsn_hash, bsn_encrypted, domain, note, professional_id, organisation_id, registered_at, active_until, closed_at, close_reason)
    select ${signalId('s')}, 'syn:${ids.prefix}:' || lpad(s.n::text, 10, '0'), 'synthetisch', ${R.pick(SIGNAL_DOMAINS, 's.sn * 8 + s.kind', SALT.domain)}, null,
      s.staff_users[s.staff], s.staff_orgs[s.staff], ${signalAt('s')},
      least(s.day + 730, (s.birth + interval '23 years' - interval '1 day')::date), null, null
    from (${signalSpine}) s
    order by s.kind, s.sn`);
  // A later signal matches each earlier one on the same child, as registering it does.
  const matches = await run(`
    insert into signal_matches (id, kind, signal_id, other_signal_id, created_at, proposed_organisation_id, rule_id)
    select case a.kind when ${Kind.SignalForPlan} then ${ids.sql(Kind.MatchForPlan, '4 * a.g + a.i * (a.i - 1) / 2 + b.i')} else ${ids.sql(Kind.Match, '4 * a.g + a.i * (a.i - 1) / 2 + b.i')} end,
      'child', ${signalId('a')}, case a.kind when ${Kind.SignalForPlan} then ${ids.sql(Kind.SignalForPlan, '4 * a.g + b.i')} else ${ids.sql(Kind.Signal, '4 * a.g + b.i')} end,
      ${signalAt('a')}, null, null
    from (${signalSpine}) a cross join lateral generate_series(0, a.i - 1) b(i)
    order by a.kind, a.g, a.i, b.i`);
  step(`signalen (${signals}) en matches (${matches})`);

  // Literacy: schools that take part send group 3, 5 and 8 results (January); most pupils keep their level.
  if (spine.literacyShare <= 0) {
    step('geletterdheid (0)');
    return { families, children, plans, coordinators, goals, episodes, levelChanges: starts + changes, requests: fromEpisodes + free, signals, matches, assessments: 0 };
  }
  await tx
    .insertInto('imports')
    .values({ id: spine.assessmentImport, kind: 'assessments', file_name: 'geletterdheid-synthetisch.csv', byte_size: 0, row_count: 0, status: 'accepted', imported_at: new Date(`${spine.asOf}T06:00:00Z`) })
    .execute();
  const assessments = await run(`
    insert into literacy_assessments (school_id, pupil_pseudonym, assessed_on, school_group, sufficient, import_id)
    select c.school_id, 'L' || right(c.id::text, 10), x.assessed_on, x.grp,
      case when x.grp = 3 then c.ability > 0.25 else c.ability + (${R.r("('x' || right(c.id::text, 12))::bit(48)::int8 * 8 + x.grp", SALT.assessment)} - 0.5) * 0.2 > 0.27 end,
      '${spine.assessmentImport}'
    from (
      select ch.id, ch.school_id, ch.birth_date, ${R.r("('x' || right(ch.id::text, 12))::bit(48)::int8", SALT.ability)} as ability,
        extract(year from ch.birth_date + interval '6 years 3 months')::int as group3_year
      from children ch join gen_school s on s.id = ch.school_id
      where ch.id between ${ids.sql(Kind.Child, '0')} and ${ids.sql(Kind.Child, String(N))}
        and ${R.r('s.school', SALT.literacy)} < ${spine.literacyShare}
    offset 0) c
    cross join lateral (
      select g as grp, make_date(c.group3_year + g - 3 + 1, 1, 15 + floor(${R.r("('x' || right(c.id::text, 12))::bit(48)::int8 * 8 + g", SALT.assessmentDay)} * 14)::int) as assessed_on
      from unnest(array[3, 5, 8]) g
    offset 0) x
    where x.assessed_on >= ${from} and x.assessed_on < ${asOf}
    order by c.school_id, 'L' || right(c.id::text, 10), x.assessed_on`);
  await tx.updateTable('imports').set({ row_count: assessments, byte_size: assessments * 48 }).where('id', '=', spine.assessmentImport).execute();
  step(`geletterdheid (${assessments})`);

  return {
    families,
    children,
    plans,
    coordinators,
    goals,
    episodes,
    levelChanges: starts + changes,
    requests: fromEpisodes + free,
    signals,
    matches,
    assessments,
  };
}

/**
 * Population per municipality, year and age band, as CBS publishes it (on 1 January), counted from the
 * children in those municipalities. With `onlyMissing`, figures that exist already are kept.
 */
async function insertPopulation(tx: Tx, spine: Spine, municipalityIds: string[], fileName: string, onlyMissing: boolean): Promise<number> {
  const importId = spine.ids.of(Kind.Import, 1);
  await tx
    .insertInto('imports')
    .values({ id: importId, kind: 'population', file_name: fileName, byte_size: 0, row_count: 0, status: 'accepted', imported_at: new Date(`${spine.asOf}T06:00:00Z`) })
    .execute();
  const firstYear = Number(spine.from.slice(0, 4));
  const lastYear = Number(spine.asOf.slice(0, 4));
  const inserted = await sql`
    insert into population (municipality_id, year, age_band, count, import_id)
    select m.id, y.year, b.band, coalesce(c.count, 0), ${importId}::uuid
    from unnest(${municipalityIds}::uuid[]) m(id)
    cross join generate_series(${firstYear}::int, ${lastYear}::int) y(year)
    cross join unnest(array['0-3', '4-11', '12-17', '18-22']) b(band)
    left join (
      -- Age on 1 January of a year depends only on the year of birth and whether one was born on 1 January.
      select c.municipality_id, y.year,
        case when a.age < 4 then '0-3' when a.age < 12 then '4-11' when a.age < 18 then '12-17' else '18-22' end as band, sum(c.count)::int as count
      from (
        select municipality_id, extract(year from birth_date)::int as born, extract(doy from birth_date) = 1 as new_year, count(*) as count
        from children where municipality_id = any(${municipalityIds}::uuid[]) and birth_date is not null
        group by 1, 2, 3
      ) c
      cross join generate_series(${firstYear}::int, ${lastYear}::int) y(year)
      cross join lateral (select y.year - c.born - 1 + c.new_year::int as age) a
      where c.born < y.year and a.age < 23
      group by 1, 2, 3
    ) c on c.municipality_id = m.id and c.year = y.year and c.band = b.band
    on conflict (municipality_id, year, age_band) do ${sql.raw(onlyMissing ? 'nothing' : 'update set count = excluded.count, import_id = excluded.import_id')}
  `.execute(tx);
  const rows = Number(inserted.numAffectedRows ?? 0n);
  // Nothing was missing: no import to log.
  if (rows === 0) {
    await tx.deleteFrom('imports').where('id', '=', importId).execute();
    return 0;
  }
  await tx.updateTable('imports').set({ row_count: rows, byte_size: rows * 40 }).where('id', '=', importId).execute();
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// The national geography, organisations and professionals (small: planned in Node)

interface PlannedMunicipality extends SpineMunicipality {
  code: string;
  name: string;
  region: number;
  children: number;
  municipalityOrg: string;
  welfareOrg: string;
}

interface Country {
  provinces: Array<{ id: string; code: string; name: string }>;
  regions: Array<{ id: string; code: string; name: string; province: number }>;
  municipalities: PlannedMunicipality[];
  neighbourhoods: Array<SpineNeighbourhood & { id: string; code: string; name: string }>;
  schools: Array<{ id: string; teamId: string; name: string }>;
  organisations: Array<{ id: string; name: string; kind: OrganisationKind; area: string; agb?: string; brin?: string; city: string }>;
  users: Array<{ id: string; email: string; name: string; jobFunction: string; organisationId: string; themes: string[] }>;
}

function planCountry(children: number, seed: number, ids: Ids): Country {
  const random = mulberry32((seed ^ 0x1a710a1) >>> 0);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  let areaNumber = 0;
  let orgNumber = 0;
  let userNumber = 0;
  const areaId = () => ids.of(Kind.Area, areaNumber++);
  const orgId = () => ids.of(Kind.Organisation, orgNumber++);
  const organisations: Country['organisations'] = [];
  const users: Country['users'] = [];
  const addOrg = (kind: OrganisationKind, name: string, area: string, city: string, extra: { agb?: string; brin?: string } = {}) => {
    const id = orgId();
    organisations.push({ id, name, kind, area, city, ...extra });
    return id;
  };
  const addUser = (jobFunction: string, organisationId: string, themes: string[]) => {
    const n = userNumber++;
    const id = ids.of(Kind.User, n);
    users.push({ id, email: `nat-${seed}-${n + 1}@dichtbij.example`, name: `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`, jobFunction, organisationId, themes });
    return id;
  };

  const provinces = PROVINCE_NAMES.map((name, i) => ({ id: areaId(), code: `PV${20 + i}`, name }));
  const regionNames = new Set<string>();
  const regions = Array.from({ length: REGIONS }, (_, i) => ({
    id: areaId(),
    code: `JR-N${String(i + 1).padStart(2, '0')}`,
    name: uniqueName(regionNames, () => `Jeugdregio ${placeName(pick, random)}`),
    // 42 regions over 12 provinces: 3 or 4 each.
    province: Math.min(PROVINCES - 1, Math.floor((i * PROVINCES) / REGIONS)),
  }));

  // Municipality sizes are skewed (log-normal), like the real ones: a few cities, many villages.
  const weights = Array.from({ length: MUNICIPALITIES }, () => Math.exp(1.0 * normal()));
  const sizes = apportion(children, weights);
  const names = new Set<string>();
  const municipalities: PlannedMunicipality[] = [];
  const neighbourhoods: Country['neighbourhoods'] = [];
  const schools: Country['schools'] = [];
  const brinOf = (n: number) => `${String(n % 100).padStart(2, '0')}${LETTERS[Math.floor(n / 100) % LETTERS.length]}${LETTERS[Math.floor(n / 100 / LETTERS.length) % LETTERS.length]}97`;

  for (let i = 0; i < MUNICIPALITIES; i++) {
    const region = Math.min(REGIONS - 1, Math.floor((i * REGIONS) / MUNICIPALITIES));
    const id = areaId();
    const name = uniqueName(names, () => placeName(pick, random));
    municipalities.push({
      id, code: municipalityCode(i), name, region, children: sizes[i]!,
      teamOrg: '', municipalityOrg: '', welfareOrg: '', teamUser: '', accessUser: '', handoverUser: '', jgzOrg: '', jgzUser: '', gpUser: '', gpOrgs: [], providers: [[], [], []], staff: [],
    });
  }
  const averageNeighbourhood = Math.max(1, children / (MUNICIPALITIES * NEIGHBOURHOODS_PER_MUNICIPALITY));
  municipalities.forEach((m, i) => {
    const count = Math.max(2, Math.min(99, Math.round(m.children / averageNeighbourhood)));
    const nbSizes = apportion(m.children, Array.from({ length: count }, () => Math.exp(0.5 * normal())));
    const nbNames = new Set<string>();
    nbSizes.forEach((size, j) => {
      const nbName = uniqueName(nbNames, () => (j === 0 ? `${m.name}-Centrum` : neighbourhoodName(pick, m.name)));
      const schoolCount = Math.round(size / CHILDREN_PER.school) || (j === 0 ? 1 : 0);
      neighbourhoods.push({ id: areaId(), code: `WK${m.code.slice(2)}${String(j).padStart(2, '0')}`, name: nbName, municipality: i, children: size, firstSchool: schools.length, schools: schoolCount });
      for (let s = 0; s < schoolCount; s++) schools.push({ id: '', teamId: '', name: '' });
    });
  });

  // Organisations: province, region-wide (youth health care, providers, certified institution), local.
  for (const p of provinces) addOrg('province', `Provincie ${p.name}`, p.id, p.name);
  const seatOf = (region: number) => municipalities.find((m) => m.region === region)!;
  const regionOrgs = regions.map((r, i) => {
    const seat = seatOf(i);
    const regionChildren = municipalities.filter((m) => m.region === i).reduce((sum, m) => sum + m.children, 0);
    const jgz = addOrg('jgz', `JGZ ${r.name.replace('Jeugdregio ', '')}`, seat.id, seat.name);
    const providers = Array.from({ length: Math.max(2, Math.round(regionChildren / CHILDREN_PER.provider)) }, (_, p) => {
      const m = municipalities.filter((x) => x.region === i)[p % municipalities.filter((x) => x.region === i).length]!;
      return addOrg('youth-care-provider', `${pick(PROVIDER_TYPES)} ${pick(PROVIDER_NAMES)} ${m.name}`, m.id, m.name, { agb: `98${String(orgNumber).padStart(6, '0')}` });
    });
    return { jgz, providers, seat };
  });
  const certified = provinces.map((p, i) => {
    const seat = seatOf(regions.findIndex((r) => r.province === i));
    return addOrg('certified-institution', `Jeugdbescherming ${p.name}`, seat.id, seat.name);
  });
  municipalities.forEach((m) => {
    m.municipalityOrg = addOrg('municipality', `Gemeente ${m.name}`, m.id, m.name);
    m.teamOrg = addOrg('neighbourhood-team', `Wijkteam ${m.name}`, m.id, m.name);
    m.welfareOrg = addOrg('welfare', `Welzijn ${m.name}`, m.id, m.name);
    const gps = Math.max(1, Math.round(m.children / CHILDREN_PER.gpPractice));
    const own = neighbourhoods.filter((n) => n.municipality === municipalities.indexOf(m));
    for (let g = 0; g < gps; g++) {
      const nb = own[g % own.length]!;
      m.gpOrgs.push(addOrg('gp-practice', `${pick(GP_TYPES)} ${nb.name}${gps > own.length ? ` ${g + 1}` : ''}`, nb.id, m.name, { agb: `01${String(orgNumber).padStart(6, '0')}` }));
    }
  });
  let schoolNumber = 0;
  for (const nb of neighbourhoods) {
    const m = municipalities[nb.municipality]!;
    for (let s = 0; s < nb.schools; s++) {
      const name = `${pick(SCHOOL_TYPES)} ${pick(SCHOOL_NAMES)} ${nb.name}${nb.schools > 1 ? ` ${s + 1}` : ''}`;
      const id = addOrg('school', name, nb.id, m.name, { brin: brinOf(schoolNumber) });
      schools[nb.firstSchool + s] = { id, teamId: ids.of(Kind.SupportTeam, schoolNumber), name };
      schoolNumber++;
    }
  }

  // Professionals: a few hundred, each where a professional of that function works.
  const regionStaff = regions.map((_, i) => {
    const orgs = regionOrgs[i]!;
    const gp = seatOf(i).gpOrgs[0]!;
    return {
      jgzUser: addUser('jeugdverpleegkundige', orgs.jgz, ['vroegsignalering']),
      pohUser: addUser('poh-jeugd', gp, ['ggz']),
      providerUser: addUser('jeugdhulpverlener', orgs.providers[0]!, ['opvoeding']),
      gp,
    };
  });
  municipalities.forEach((m) => {
    const region = regionStaff[m.region]!;
    const orgs = regionOrgs[m.region]!;
    m.teamUser = addUser('wijkteammedewerker', m.teamOrg, ['opvoeding', 'armoede']);
    m.accessUser = addUser('medewerker-toegang', m.municipalityOrg, ['jeugdhulp']);
    m.jgzOrg = orgs.jgz;
    m.jgzUser = region.jgzUser;
    // A plan handed over goes to youth health care.
    m.handoverUser = region.jgzUser;
    m.gpUser = region.pohUser;
    if (!m.gpOrgs.includes(region.gp)) m.gpOrgs.push(region.gp);
    m.providers = [[m.teamOrg, m.welfareOrg], [...orgs.providers, m.teamOrg], [...orgs.providers, certified[regions[m.region]!.province]!]];
    m.staff = [
      { userId: m.teamUser, organisationId: m.teamOrg },
      { userId: region.jgzUser, organisationId: orgs.jgz },
      { userId: region.pohUser, organisationId: region.gp },
      { userId: m.accessUser, organisationId: m.municipalityOrg },
      { userId: region.providerUser, organisationId: orgs.providers[0]! },
    ];
  });
  return { provinces, regions, municipalities, neighbourhoods, schools, organisations, users };
}

async function insertCountry(tx: Tx, c: Country): Promise<void> {
  await tx.insertInto('areas').values({ kind: 'country', code: 'NL', name: 'Nederland', parent_id: null }).onConflict((oc) => oc.column('code').doNothing()).execute();
  const country = await tx.selectFrom('areas').select('id').where('code', '=', 'NL').executeTakeFirstOrThrow();
  // Province codes are the real ones (PV20-PV31): a database that has some already (the demo) keeps them.
  await tx
    .insertInto('areas')
    .values(c.provinces.map((p) => ({ id: p.id, kind: 'province', code: p.code, name: p.name, parent_id: country.id })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const provinceIds = new Map((await tx.selectFrom('areas').select(['id', 'code']).where('code', 'in', c.provinces.map((p) => p.code)).execute()).map((a) => [a.code, a.id]));
  const areaRows = [
    ...c.regions.map((r) => ({ id: r.id, kind: 'region' as const, code: r.code, name: r.name, parent_id: provinceIds.get(c.provinces[r.province]!.code)! })),
    ...c.municipalities.map((m) => ({ id: m.id, kind: 'municipality' as const, code: m.code, name: m.name, parent_id: c.regions[m.region]!.id })),
    ...c.neighbourhoods.map((n) => ({ id: n.id, kind: 'neighbourhood' as const, code: n.code, name: n.name, parent_id: c.municipalities[n.municipality]!.id })),
  ];
  for (let i = 0; i < areaRows.length; i += 1000) await tx.insertInto('areas').values(areaRows.slice(i, i + 1000)).execute();
  const orgRows = c.organisations.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    area_id: o.area,
    agb_code: o.agb ?? null,
    brin: o.brin ?? null,
    city: o.city,
    description: 'Synthetische organisatie (landelijke testset).',
  }));
  for (let i = 0; i < orgRows.length; i += 1000) await tx.insertInto('organisations').values(orgRows.slice(i, i + 1000)).execute();
  for (let i = 0; i < c.schools.length; i += 1000) {
    await tx
      .insertInto('support_teams')
      .values(c.schools.slice(i, i + 1000).map((s) => ({ id: s.teamId, school_id: s.id, name: `Ondersteuningsteam ${s.name}` })))
      .execute();
  }
  const userRows = c.users.map((u) => ({ id: u.id, email: u.email, name: u.name, password_hash: null, job_function: u.jobFunction, themes: u.themes, bio: 'Synthetische professional (landelijke testset).' }));
  for (let i = 0; i < userRows.length; i += 1000) {
    await tx.insertInto('users').values(userRows.slice(i, i + 1000)).execute();
    await tx.insertInto('memberships').values(c.users.slice(i, i + 1000).map((u) => ({ user_id: u.id, organisation_id: u.organisationId }))).execute();
    await tx.insertInto('role_grants').values(c.users.slice(i, i + 1000).map((u) => ({ user_id: u.id, role: 'professional' as const, organisation_id: null, area_id: null }))).execute();
  }
}

/** The learning network: themed groups with posts and replies, and one training with completions. */
async function insertLearning(tx: Tx, spine: Spine, c: Country): Promise<number> {
  const { ids, random: R } = spine;
  const asOf = `date '${spine.asOf}'`;
  const from = `date '${spine.from}'`;
  const userIds = `array[${c.users.map((u) => `'${u.id}'`).join(',')}]::uuid[]`;
  const run = async (text: string) => Number((await sql.raw(text).execute(tx)).numAffectedRows ?? 0n);
  const groups = LEARNING_GROUPS.map((g, i) => ({ id: ids.of(Kind.LearningGroup, i), name: g[0], theme: g[1] }));
  await tx.insertInto('learning_groups').values(groups.map((g) => ({ id: g.id, name: g.name, description: `Landelijke leergroep over ${g.theme}.`, theme: g.theme, created_by: c.users[0]!.id, created_at: new Date(`${spine.from}T09:00:00Z`) }))).execute();
  const groupIds = `array[${groups.map((g) => `'${g.id}'`).join(',')}]::uuid[]`;
  let rows = groups.length;
  rows += await run(`
    insert into group_members (group_id, user_id, role, joined_at)
    select distinct on (g, u) (${groupIds})[g], (${userIds})[u], 'member', (${from} + time '09:00')::timestamptz
    from generate_series(1, cardinality(${userIds})) u
    cross join lateral (select 1 + floor(${R.r('u * 16 + x', 90)} * ${groups.length})::int as g from generate_series(0, 1) x) g`);
  rows += await run(`
    insert into group_posts (id, group_id, author_id, title, body, created_at, last_activity_at)
    select ${ids.sql(Kind.Post, 'p')}, (${groupIds})[1 + floor(${R.r('p', 91)} * ${groups.length})::int], (${userIds})[1 + floor(${R.r('p', 92)} * cardinality(${userIds}))::int],
      ${R.pick(POST_TITLES, 'p', 93)}, 'Hoe pakken jullie dit aan? Ik ben benieuwd naar ervaringen uit andere gemeenten.',
      (${from} + floor(${R.r('p', 94)} * (${asOf} - ${from}))::int + time '10:00')::timestamptz,
      (${from} + floor(${R.r('p', 94)} * (${asOf} - ${from}))::int + time '10:00')::timestamptz
    from generate_series(0, ${Math.max(20, Math.round(c.users.length * 4))} - 1) p`);
  rows += await run(`
    insert into post_replies (id, post_id, author_id, body, created_at)
    select ${ids.sql(Kind.Reply, '4 * p.n + r')}, p.id, (${userIds})[1 + floor(${R.r('4 * p.n + r', 95)} * cardinality(${userIds}))::int],
      'Bij ons werkt een vast overleg met school en wijkteam goed.', least(p.created_at + (1 + r) * interval '1 day', (${asOf} - 1 + time '16:00')::timestamptz)
    from (select id, created_at, ('x' || right(id::text, 12))::bit(48)::int8 as n from group_posts where id between ${ids.sql(Kind.Post, '0')} and ${ids.sql(Kind.Post, '1000000000')}) p
    cross join lateral generate_series(0, floor(${R.r('p.n', 96)} * 4)::int - 1) r`);
  const training = ids.of(Kind.Training, 0);
  await tx.insertInto('trainings').values({ id: training, name: 'Vroegsignalering in de eerste 2000 dagen', description: 'Landelijke scholing voor professionals rond jonge kinderen.', provider: 'Synthetisch opleidingsinstituut', programme_id: null, organiser_organisation_id: c.organisations[0]!.id, is_enrolment_open: true, created_by: c.users[0]!.id }).execute();
  const modules = [0, 1, 2, 3].map((i) => ({ id: ids.of(Kind.Module, i), training_id: training, position: i + 1, title: TRAINING_MODULES[i]!, description: null }));
  await tx.insertInto('training_modules').values(modules).execute();
  rows += 1 + modules.length;
  const moduleIds = `array[${modules.map((m) => `'${m.id}'`).join(',')}]::uuid[]`;
  const orgOf = `array[${c.users.map((u) => `'${u.organisationId}'`).join(',')}]::uuid[]`;
  rows += await run(`
    insert into training_enrolments (id, training_id, user_id, organisation_id, enrolled_at)
    select ${ids.sql(Kind.Enrolment, 'u')}, '${training}', (${userIds})[u], (${orgOf})[u], (${from} + 30 + time '09:00')::timestamptz
    from generate_series(1, cardinality(${userIds})) u where ${R.r('u', 97)} < 0.6`);
  rows += await run(`
    insert into module_completions (module_id, user_id, completed_on, recorded_by, recorded_at)
    select (${moduleIds})[i], (${userIds})[u], ${from} + 60 + i * 90 + floor(${R.r('u * 8 + i', 98)} * 60)::int, null,
      ((${from} + 60 + i * 90 + floor(${R.r('u * 8 + i', 98)} * 60)::int) + time '17:00')::timestamptz
    from generate_series(1, cardinality(${userIds})) u cross join generate_series(1, 4) i
    where ${R.r('u', 97)} < 0.6 and ${R.r('u * 8 + i', 99)} < 0.8 - i * 0.1 and ${from} + 60 + i * 90 + 60 < ${asOf}`);
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// The history region: existing municipalities, neighbourhoods, schools and organisations

async function planHistoryRegion(tx: Tx, ids: Ids, municipalityIds: readonly string[], perMunicipality: number) {
  const areas = await tx.selectFrom('areas').select(['id', 'kind', 'parent_id', 'code']).execute();
  const byId = new Map(areas.map((a) => [a.id, a]));
  const municipalityOf = (areaId: string): string | null => {
    for (let a = byId.get(areaId); a; a = a.parent_id ? byId.get(a.parent_id) : undefined) if (a.kind === 'municipality') return a.id;
    return null;
  };
  const regionOf = (areaId: string): string | null => {
    for (let a = byId.get(areaId); a; a = a.parent_id ? byId.get(a.parent_id) : undefined) if (a.kind === 'region') return a.id;
    return null;
  };
  for (const id of municipalityIds) {
    if (byId.get(id)?.kind !== 'municipality') throw new Error(`Onbekende gemeente (unknown municipality): ${id}`);
  }
  const organisations = await tx.selectFrom('organisations').select(['id', 'kind', 'area_id', 'name']).orderBy('name').orderBy('id').execute();
  const teams = new Map((await tx.selectFrom('support_teams').select(['id', 'school_id']).execute()).map((t) => [t.school_id, t.id]));

  const municipalities: SpineMunicipality[] = [];
  const neighbourhoods: SpineNeighbourhood[] = [];
  const schools: Array<{ id: string; teamId: string | null }> = [];
  const users: Array<{ id: string; email: string; name: string; jobFunction: string; organisationId: string }> = [];
  const random = mulberry32((ids.seed ^ 0x415707) >>> 0);
  const addUser = (jobFunction: string, organisationId: string) => {
    const n = users.length;
    const id = ids.of(Kind.User, n);
    users.push({ id, email: `historie-${ids.seed}-${n + 1}@dichtbij.example`, name: `${FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]} ${SURNAMES[Math.floor(random() * SURNAMES.length)]}`, jobFunction, organisationId });
    return id;
  };

  municipalityIds.forEach((municipalityId, index) => {
    const local = organisations.filter((o) => municipalityOf(o.area_id) === municipalityId);
    const region = regionOf(municipalityId);
    const regional = organisations.filter((o) => region !== null && regionOf(o.area_id) === region && !local.includes(o));
    const first = (kinds: string[], pool = local) => pool.find((o) => kinds.includes(o.kind));
    const all = (kinds: string[], pool: typeof local) => pool.filter((o) => kinds.includes(o.kind)).map((o) => o.id);
    const anyLocal = local[0] ?? regional[0] ?? organisations[0];
    if (!anyLocal) throw new Error('De regio heeft geen organisaties (the region has no organisations).');
    const team = first(['neighbourhood-team', 'welfare', 'municipality']) ?? anyLocal;
    const municipalityOrg = first(['municipality']) ?? team;
    const jgz = first(['jgz']) ?? first(['jgz'], regional) ?? team;
    const gps = all(['gp-practice'], local);
    const providers = [...all(['youth-care-provider'], local), ...all(['youth-care-provider'], regional)];
    const heavy = [...providers, ...all(['certified-institution'], [...local, ...regional])];
    const light = all(['neighbourhood-team', 'welfare', 'jgz', 'ikc'], local);

    const teamUser = addUser('wijkteammedewerker', team.id);
    const accessUser = municipalityOrg.id === team.id ? teamUser : addUser('medewerker-toegang', municipalityOrg.id);
    const jgzUser = jgz.id === team.id ? teamUser : addUser('jeugdverpleegkundige', jgz.id);
    const gpOrg = gps[0] ?? team.id;
    const gpUser = gpOrg === team.id ? teamUser : addUser('poh-jeugd', gpOrg);
    const providerOrg = providers[0] ?? null;
    const providerUser = providerOrg ? addUser('jeugdhulpverlener', providerOrg) : null;
    const staff = new Map<string, string>([[team.id, teamUser]]);
    for (const [orgId, userId] of [[jgz.id, jgzUser], [gpOrg, gpUser], [municipalityOrg.id, accessUser], [providerOrg, providerUser]] as const) {
      if (orgId && userId && !staff.has(orgId)) staff.set(orgId, userId);
    }
    municipalities.push({
      id: municipalityId,
      teamOrg: team.id,
      teamUser,
      accessUser,
      handoverUser: jgzUser,
      staff: [...staff].map(([organisationId, userId]) => ({ userId, organisationId })),
      gpOrgs: gps.length ? gps : [team.id],
      gpUser,
      jgzOrg: jgz.id,
      jgzUser,
      providers: [light.length ? light : [team.id], providers.length ? [...providers, team.id] : [team.id], heavy.length ? heavy : [team.id]],
    });

    const firstSchool = schools.length;
    for (const o of local.filter((x) => x.kind === 'school' || x.kind === 'ikc')) schools.push({ id: o.id, teamId: teams.get(o.id) ?? null });
    const schoolCount = schools.length - firstSchool;
    const own = areas.filter((a) => a.kind === 'neighbourhood' && a.parent_id === municipalityId).sort((a, b) => a.code.localeCompare(b.code));
    const places = own.length ? own.map((a) => a.id) : [null];
    const sizes = apportion(perMunicipality, places.map(() => 0.5 + random()));
    places.forEach((id, j) => neighbourhoods.push({ municipality: index, id, children: sizes[j]!, firstSchool, schools: schoolCount }));
  });

  if (users.length) {
    await tx.insertInto('users').values(users.map((u) => ({ id: u.id, email: u.email, name: u.name, password_hash: null, job_function: u.jobFunction, is_active: false, bio: 'Synthetische professional (historische gegevens).' }))).execute();
    await tx.insertInto('memberships').values(users.map((u) => ({ user_id: u.id, organisation_id: u.organisationId }))).execute();
  }
  return { municipalities, neighbourhoods, schools, professionals: users.length };
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

/** Splits `total` into whole parts proportional to the weights (largest remainder). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) parts[order[i]![1]]! += 1;
  return parts;
}

// ---------------------------------------------------------------------------------------------------------
// Word lists and code tables

const PROVINCE_NAMES = ['Noorderwold', 'Oostermark', 'Westerzand', 'Zuiderheide', 'Middelveen', 'Hoogland', 'Laagwater', 'Kempenrijk', 'Duinstreek', 'Rivierenmark', 'Heuvelgouw', 'Kustland'];
const LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ'.split('');
const SCHOOL_TYPES = ['OBS', 'CBS', 'RKBS', 'Daltonschool', 'Jenaplanschool', 'Montessorischool', 'Brede school', 'IKC'];
const SCHOOL_NAMES = ['De Regenboog', 'De Wegwijzer', 'De Klimop', 'De Zonnewijzer', 'De Springplank', 'De Vlieger', 'De Kameleon', 'De Tweemaster', 'Horizon', 'De Ster', 'De Bolster', 'De Wilgenhoek', 'De Esch', 'De Vuurtoren', 'De Meander', 'Het Kompas', 'De Fontein', 'Het Palet', 'De Boomgaard', 'Het Mozaïek'];
const GP_TYPES = ['Huisartsenpraktijk', 'Gezondheidscentrum', 'Huisartsen'];
const PROVIDER_TYPES = ['Jeugdhulp', 'Gezinsbegeleiding', 'Praktijk', 'Jeugd-GGZ'];
const PROVIDER_NAMES = ['Noorderlicht', 'De Brug', 'Samen Verder', 'Kompas', 'Op Koers', 'De Linde', 'Dichtbij Thuis', 'Groeikracht', 'Houvast', 'Het Anker'];
const FIRST_NAMES = ['Anna', 'Emma', 'Sanne', 'Lisa', 'Fleur', 'Eva', 'Noor', 'Julia', 'Sara', 'Iris', 'Marieke', 'Ingrid', 'Yasmina', 'Fenna', 'Esther', 'Daan', 'Bram', 'Jeroen', 'Thomas', 'Luuk', 'Jesse', 'Niels', 'Ruben', 'Sander', 'Martijn', 'Mehmet', 'Youssef', 'Koen'];
const SURNAMES = ['Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Dijkstra', 'Kramer', 'Koster', 'Wolters', 'Schuurman', 'Wiersma', 'Hoekstra', 'Postma', 'de Vries', 'de Boer', 'de Groot', 'van Dijk', 'van der Meer', 'Kamphuis', 'Scholten', 'Veldman', 'Bosma', 'Huisman', 'Yilmaz', 'El Amrani', 'Öztürk', 'Bouzid', 'Kowalski', 'Nowak', 'Pinas', 'Nguyen'];
const GIVEN_NAMES = ['Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Sara', 'Nora', 'Yara', 'Eva', 'Liv', 'Lotte', 'Noor', 'Saar', 'Anna', 'Fenna', 'Roos', 'Isa', 'Nina', 'Amira', 'Noah', 'Luca', 'Sem', 'Liam', 'Lucas', 'Finn', 'Daan', 'Levi', 'Milan', 'Bram', 'Jesse', 'Mees', 'Thijs', 'Sam', 'Adam', 'Ruben', 'Mohammed', 'Yusuf', 'Hidde', 'Otis'];
const CLOSE_REASONS = ['Doelen bereikt.', 'Gezin verhuisd naar een andere gemeente.', 'Gezin wil geen ondersteuning meer.', 'Overgedragen aan specialistische jeugdhulp buiten het plan.'];
const DOMAINS = ['development', 'parenting', 'school', 'health', 'safety', 'money', 'housing'];
// Three goals per domain, in the order of DOMAINS.
const GOALS = [
  'Onze zoon kan beter omgaan met boosheid.', 'Ze durft weer met vriendjes te spelen.', 'Hij leert zelf zijn spullen voor school klaar te zetten.',
  'We hebben een vast ritme voor eten en slapen.', 'We maken minder ruzie over de opvoeding.', 'We weten wat we kunnen doen als hij niet luistert.',
  'Hij gaat weer elke dag naar school.', 'Ze haalt haar achterstand bij rekenen in.', 'Er is een passende school gevonden.',
  'Ze slaapt weer de hele nacht door.', 'Hij eet gezonder en beweegt meer.', 'De angstklachten zijn minder geworden.',
  'Iedereen in huis voelt zich veilig.', 'Er is een veiligheidsplan dat we allemaal kennen.', 'Er zijn geen incidenten meer thuis.',
  'We hebben overzicht over onze schulden.', 'De vaste lasten worden op tijd betaald.', 'We krijgen de toeslagen waar we recht op hebben.',
  'We wonen in een huis dat groot genoeg is.', 'De kinderen hebben een eigen plek om te slapen.', 'We hoeven niet meer te verhuizen.',
];
const OPEN_GOAL_STATUSES: ReadonlyArray<readonly [string, number]> = [['open', 0.35], ['in-progress', 0.4], ['met', 0.15], ['not-met', 0.05], ['cancelled', 0.05]];
const CLOSED_GOAL_STATUSES: ReadonlyArray<readonly [string, number]> = [['met', 0.6], ['not-met', 0.25], ['cancelled', 0.15]];
// Three kinds per level 1-3.
const EPISODE_KINDS = [
  'Opvoedondersteuning thuis', 'Schoolmaatschappelijk werk', 'Kortdurende gezinsbegeleiding',
  'Ambulante gezinsbegeleiding', 'Ambulante jeugd-GGZ', 'Praktische pedagogische gezinsbegeleiding',
  'Intensieve ambulante gezinsbehandeling', 'Specialistische jeugd-GGZ', 'Deeltijdbehandeling',
];
const INTENSITIES = ['eenmalig', 'wekelijks', 'twee keer per week', 'om de week', 'maandelijks'];
// CBS Beleidsinformatie Jeugd (DOMAIN.md §7), per level 1-3: referrer and form of help.
const REFERRERS: readonly (readonly string[])[] = [['01', '01', '03', '06', '06'], ['01', '01', '02', '02', '03'], ['01', '02', '02', '03', '04', '05', '08']];
const FORMS_OF_HELP: readonly (readonly string[])[] = [['01', '01', '02'], ['02', '02', '03', '04', '11'], ['02', '04', '11', '12', '13', '14']];
const END_REASONS: ReadonlyArray<readonly [string, number]> = [['01', 0.55], ['02', 0.15], ['03', 0.15], ['04', 0.1], ['05', 0.05]];
const SCALE_UP_REASONS = ['Zorgen nemen toe; meer hulp nodig.', 'Lichte hulp is niet genoeg gebleken.'];
const SCALE_DOWN_REASONS = ['Het gaat beter; minder hulp nodig.', 'Afschalen naar ondersteuning dichtbij.'];
const SIGNAL_DOMAINS = ['development', 'behaviour', 'home-situation', 'poverty', 'health', 'school-absence', 'safety'];
const LEARNING_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['Vroegsignalering', 'vroegsignalering'], ['Armoede en kansen', 'armoede'], ['Samen rond school', 'onderwijs'], ['Eerste 2000 dagen', 'eerste 2000 dagen'], ['Regie en gezinsplan', 'regie'], ['Jeugd-GGZ dichtbij', 'ggz'],
];
const POST_TITLES = ['Ervaringen met het ondersteuningsteam', 'Wachttijden bij de jeugd-GGZ', 'Samenwerken met de huisarts', 'Een goed gezinsplan', 'Afschalen: wanneer?', 'Signalen over armoede'];
const TRAINING_MODULES = ['Signalen herkennen', 'Het gesprek met ouders', 'Samenwerken in de wijk', 'Regie voeren'];
