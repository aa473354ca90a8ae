/**
 * Monitoring at national scale (npm run bench, or only this: npm run bench -- monitoring): on its own
 * PostgreSQL database `dichtbij_national` with the synthetic country of seedNational (4,000,000 children,
 * 5 years), measures
 *   1. generating the country (done once: the database is kept and reused while its seed and generator
 *      version match; BENCH_REGENERATE=1 makes it again; the time of the generation is kept in the database),
 *   2. a full recomputation of all indicators (refreshAll),
 *   3. an incremental refresh after 1,000 new events (refreshDirty), five times,
 *   4. dashboard queries against a running server, as a policy officer with an API token (50 and 10
 *      connections): questions each asked once (no answer kept), then a day's dashboards asked again and again,
 *   5. the same facts -> values aggregation in DuckDB over the same rows exported to Parquet: the reference
 *      for what this hardware can do, as a ratio.
 * BENCH_NATIONAL_CHILDREN sets a smaller country (the database is then made again). A full recomputation still
 * running after BENCH_FULL_LIMIT seconds (default 600) is cancelled; the bench then reports the time of each of its
 * steps so far and stops there. BENCH_DUCKDB_DIFF=1 compares DuckDB's values with monitoring_values row by row.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { type Db, openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { refreshAll, refreshDirty } from '../src/server/modules/monitoring/refresh.js';
import { NATIONAL_CHILDREN, NATIONAL_GENERATOR_VERSION, type NationalMarker, readNationalMarker, seedNational } from '../src/server/seed/national.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DATABASE = 'dichtbij_national';
const SEED = 1;
const CHILDREN = Number(process.env.BENCH_NATIONAL_CHILDREN ?? NATIONAL_CHILDREN);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const EVENTS = 1000;
const INCREMENTAL_ROUNDS = 5;
const SECRET_KEY = 'bench-key-bench-key-bench-key-bench-key';
const OFFICER_EMAIL = 'bench-beleid@dichtbij.example';
const TARGETS = { fullSeconds: 60, incrementalSeconds: 1, dashboardP99: 100 };
// A full recomputation still running after this long is cancelled and reported with the time of each step.
const FULL_LIMIT_SECONDS = Number(process.env.BENCH_FULL_LIMIT ?? 600);

interface Figure {
  name: string;
  value: string;
  target?: string;
  met?: boolean;
}

export async function runMonitoringBench(serverUrl: string): Promise<{ failed: boolean }> {
  const url = urlFor(serverUrl, DATABASE);
  console.log(`\nMonitoring at national scale: database ${DATABASE} (${CHILDREN.toLocaleString('en')} children, seed ${SEED})`);
  const marker = await prepareCountry(serverUrl);
  const figures: Figure[] = [];
  figures.push({ name: `generate the country (${marker.counts.children.toLocaleString('en')} children, ${marker.years} years)`, value: `${marker.seconds.toFixed(0)} s` });

  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  let full: Awaited<ReturnType<typeof refreshAll>>;
  let incremental: number[];
  let token: string;
  try {
    await migrateToLatest(database.db);
    token = await officerToken(database.db);

    console.log(`Full recomputation (refreshAll), stopped after ${FULL_LIMIT_SECONDS} s...`);
    const watch = watchRefresh(url, FULL_LIMIT_SECONDS * 1000);
    try {
      full = await refreshAll(database.db, marker.asOf);
    } catch (error) {
      const steps = await watch.stop();
      if (!watch.cancelled) throw error;
      // Too slow to wait for: what is known, and where it stood.
      const last = steps.at(-1);
      console.log(`  stopped after ${FULL_LIMIT_SECONDS} s, during ${last?.step ?? 'an unknown step'}`);
      figures.push({ name: 'full recomputation (refreshAll)', value: `stopped after ${FULL_LIMIT_SECONDS} s (BENCH_FULL_LIMIT)`, target: `< ${TARGETS.fullSeconds} s`, met: false });
      for (const s of steps) figures.push({ name: `  ${s.step}`, value: `${(s.millis / 1000).toFixed(1)} s${s === last ? ' (not finished)' : ''}` });
      printFigures(figures);
      return { failed: true };
    }
    for (const s of await watch.stop()) console.log(`  ${s.step}: ${(s.millis / 1000).toFixed(1)} s`);
    console.log(`  ${full.facts.toLocaleString('en')} facts, ${full.values.toLocaleString('en')} values in ${(full.millis / 1000).toFixed(1)} s (facts ${(full.factMillis / 1000).toFixed(1)} s)`);
    figures.push({ name: 'full recomputation (refreshAll)', value: `${(full.millis / 1000).toFixed(1)} s`, target: `< ${TARGETS.fullSeconds} s`, met: full.millis < TARGETS.fullSeconds * 1000 });
    figures.push({ name: '  of which raw tables -> facts', value: `${(full.factMillis / 1000).toFixed(1)} s` });
    figures.push({ name: '  of which facts -> values', value: `${((full.millis - full.factMillis) / 1000).toFixed(1)} s` });
    figures.push({ name: '  rows', value: `${full.facts.toLocaleString('en')} facts, ${full.values.toLocaleString('en')} values` });

    // What autovacuum does in an installation after the fresh tables are swapped in (this machine's server runs
    // without it): hint bits and visibility map, so the refresh and dashboards that follow do not write pages they
    // only read. Timed apart, not part of the recomputation.
    const vacuumed = performance.now();
    await sql`vacuum (analyze) monitoring_values, monitoring_counts, monitoring_facts`.execute(database.db);
    figures.push({ name: '  vacuum afterwards (autovacuum in an installation)', value: `${((performance.now() - vacuumed) / 1000).toFixed(1)} s` });

    console.log(`Incremental refresh after ${EVENTS} new events (refreshDirty), ${INCREMENTAL_ROUNDS} rounds...`);
    incremental = [];
    for (let round = 0; round < INCREMENTAL_ROUNDS; round++) {
      const written = await writeEvents(database.db, marker.asOf);
      const { count } = await database.db.selectFrom('monitoring_dirty').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
      const result = await refreshDirty(database.db, marker.asOf);
      incremental.push(result.millis);
      const slowest = Object.entries(result.steps).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([step, ms]) => `${step} ${ms.toFixed(0)}`).join(', ');
      console.log(`  round ${round + 1}: ${written} events, ${count} dirty subjects -> ${result.subjects} recomputed, ${result.values} values changed, in ${result.millis.toFixed(0)} ms (${slowest} ms)`);
    }
    const median = [...incremental].sort((a, b) => a - b)[Math.floor(incremental.length / 2)]!;
    figures.push({
      name: `incremental refresh after ${EVENTS} events (median of ${INCREMENTAL_ROUNDS})`,
      value: `${median.toFixed(0)} ms (${incremental.map((m) => m.toFixed(0)).join(', ')})`,
      target: `< ${TARGETS.incrementalSeconds * 1000} ms`,
      met: median < TARGETS.incrementalSeconds * 1000,
    });
    await sql`vacuum (analyze) monitoring_values, monitoring_counts`.execute(database.db);
  } finally {
    await database.close();
  }

  const dashboards = await measureDashboards(url, token, marker);
  for (const d of dashboards) {
    figures.push({
      name: `dashboard queries, ${d.kind} questions, ${d.connections} connections`,
      value: `${d.requestsPerSecond.toFixed(0)} req/s, p50 ${d.p50} ms, p99 ${d.p99} ms, errors ${d.errors}`,
      target: `p99 < ${TARGETS.dashboardP99} ms`,
      met: d.p99 < TARGETS.dashboardP99 && d.errors === 0,
    });
  }

  const reference = await duckdbReference(url, marker.asOf);
  const factsToValues = full.millis - full.factMillis;
  figures.push({ name: `DuckDB ${reference.version}: facts -> values (${reference.threads} threads)`, value: `${(reference.millis / 1000).toFixed(2)} s (${reference.values.toLocaleString('en')} values)` });
  figures.push({ name: '  export to Parquet (not in the ratio)', value: `${(reference.exportMillis / 1000).toFixed(1)} s, ${(reference.parquetBytes / 1e6).toFixed(0)} MB Parquet` });
  figures.push({ name: '  our facts -> values / DuckDB', value: `${(factsToValues / reference.millis).toFixed(1)} x` });
  figures.push({ name: '  our full recomputation / DuckDB facts -> values', value: `${(full.millis / reference.millis).toFixed(1)} x` });
  // The facts have moved on since refreshAll (the incremental rounds): compare with monitoring_values as exported.
  const same = reference.values === reference.ours.values && reference.total === reference.ours.total && !reference.differing;
  figures.push({
    name: '  DuckDB result = monitoring_values',
    value: `${reference.values.toLocaleString('en')} rows, n ${reference.total.toLocaleString('en')} (ours ${reference.ours.values.toLocaleString('en')}, ${reference.ours.total.toLocaleString('en')})${reference.differing === undefined ? '' : `, ${reference.differing} rows differ`}`,
    target: 'same',
    met: same,
  });

  printFigures(figures);
  return { failed: dashboards.some((d) => d.errors > 0) || !same };
}

function printFigures(figures: Figure[]) {
  console.log(`\nMonitoring at national scale, PostgreSQL, Node ${process.version}, ${os.cpus().length} cores\n`);
  console.log(`${'measure'.padEnd(62)} ${'result'.padEnd(60)} target`);
  for (const f of figures) {
    const target = f.target ? `${f.target} ${f.met ? 'met' : 'NOT MET'}` : '';
    console.log(`${f.name.padEnd(62)} ${f.value.padEnd(60)} ${target}`);
  }
}

/** What a statement of refreshAll does, from its text (for the step times). */
function stepOf(query: string): string {
  const text = query.replace(/\s+/g, ' ').trim();
  const kinds: Record<string, string> = { c: 'child', r: 'request', f: 'family', a: 'school', m: 'bsn', u: 'professional' };
  const facts = text.match(/^insert into monitoring_facts_next with (\w+) as/);
  if (facts) return `facts: ${kinds[facts[1]!] ?? facts[1]}`;
  const written = text.match(/^create unlogged table monitoring_(values|counts)_next/);
  if (written) return `write ${written[1]}`;
  return text.slice(0, 50);
}

/**
 * Watches the one busy connection of refreshAll (nothing else runs on the bench database meanwhile) once a
 * second: when each statement started, and a cancel when the whole takes longer than `limitMillis`.
 */
function watchRefresh(databaseUrl: string, limitMillis: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  const started = performance.now();
  // Each statement seen, from its query_start to the next one's (statements shorter than a poll go unseen).
  const seen: Array<{ step: string; start: number }> = [];
  let lastNow = 0;
  let stopped = false;
  const state = { cancelled: false };
  const loop = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query<{ pid: number; start: number; now: number; query: string | null }>(
        `select a.pid, extract(epoch from a.query_start) * 1000 as start, extract(epoch from clock_timestamp()) * 1000 as now, a.query
         from (select 1) x left join lateral (
           select pid, query_start, query from pg_stat_activity
           where datname = current_database() and pid <> pg_backend_pid() and state = 'active' and backend_type = 'client backend'
           order by query_start limit 1) a on true`,
      );
      const row = rows[0]!;
      lastNow = Number(row.now);
      if (row.query !== null && Number(row.start) !== seen.at(-1)?.start) seen.push({ step: stepOf(row.query), start: Number(row.start) });
      if (row.query !== null && performance.now() - started > limitMillis) {
        // Again at every poll: a cancel that arrives between two statements is lost.
        state.cancelled = true;
        await client.query('select pg_cancel_backend($1)', [row.pid]);
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  return {
    get cancelled() {
      return state.cancelled;
    },
    async stop() {
      stopped = true;
      await loop.catch(() => undefined);
      await client.end().catch(() => undefined);
      const merged = new Map<string, number>();
      seen.forEach((s, i) => merged.set(s.step, (merged.get(s.step) ?? 0) + ((seen[i + 1]?.start ?? lastNow) - s.start)));
      return [...merged].map(([step, millis]) => ({ step, millis }));
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The country: made once, then reused

function urlFor(serverUrl: string, database: string) {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function prepareCountry(serverUrl: string): Promise<NationalMarker> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ comment: string | null }>(`select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`, [DATABASE]);
    let stored: NationalMarker | null = null;
    try {
      stored = rows[0]?.comment ? (JSON.parse(rows[0].comment) as NationalMarker) : null;
    } catch {
      stored = null;
    }
    const reusable = stored && stored.generator === 'national' && stored.version === NATIONAL_GENERATOR_VERSION && stored.seed === SEED && stored.counts.children === CHILDREN;
    if (reusable && process.env.BENCH_REGENERATE !== '1') {
      console.log(`Reusing ${DATABASE}: generated for ${stored!.asOf} in ${stored!.seconds.toFixed(0)} s (BENCH_REGENERATE=1 makes it again)`);
      return stored!;
    }
    console.log(rows.length ? `Making ${DATABASE} again (${stored ? 'another seed, size or generator version' : 'no national set in it'})...` : `Creating ${DATABASE}...`);
    await admin.query(`drop database if exists ${DATABASE}`);
    await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ databaseUrl: urlFor(serverUrl, DATABASE), poolSize: 2 });
  try {
    await migrateToLatest(database.db);
    const result = await seedNational(database.db, { seed: SEED, children: CHILDREN, log: console.log });
    console.log(`Country generated in ${result.seconds.toFixed(1)} s:`, result.counts);
    const marker = await readNationalMarker(database.db);
    if (!marker) throw new Error('seedNational left no marker');
    return marker;
  } finally {
    await database.close();
  }
}

/** A policy officer for the whole country, with a personal API token made directly in the database. */
async function officerToken(db: Db): Promise<string> {
  let officer = await db.selectFrom('users').select('id').where('email', '=', OFFICER_EMAIL).executeTakeFirst();
  if (!officer) {
    const country = await db.selectFrom('areas').select('id').where('code', '=', 'NL').executeTakeFirstOrThrow();
    const organisation = await db.selectFrom('organisations').select('id').where('kind', '=', 'province').orderBy('name').executeTakeFirstOrThrow();
    officer = await db.insertInto('users').values({ email: OFFICER_EMAIL, name: 'Beleidsmedewerker Bench', password_hash: null, job_function: 'beleidsmedewerker' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('memberships').values({ user_id: officer.id, organisation_id: organisation.id }).execute();
    await db.insertInto('role_grants').values({ user_id: officer.id, role: 'policy-officer', organisation_id: null, area_id: country.id }).execute();
  }
  const token = `dbt_${randomBytes(32).toString('base64url')}`;
  await db.insertInto('api_tokens').values({ user_id: officer.id, name: 'bench-monitoring', token_hash: createHash('sha256').update(token).digest('hex') }).execute();
  return token;
}

// ---------------------------------------------------------------------------------------------------------
// 1,000 new events, as the application would write them, across random municipalities

export async function writeEvents(db: Db, asOf: string): Promise<number> {
  const day = sql.lit(asOf);
  let written = 0;
  const count = async (query: Promise<{ numAffectedRows?: bigint }>) => {
    written += Number((await query).numAffectedRows ?? 0n);
  };
  await db.transaction().execute(async (tx) => {
    // 300 new episodes (light or ambulatory support) in open plans, each with its start.
    await count(sql`
      with picked as (
        select e.plan_id, e.child_id, e.provider_organisation_id, e.created_by, gen_random_uuid() as id, (random() < 0.6)::int as light
        from episodes e join plans p on p.id = e.plan_id
        where p.status = 'open'
        order by random() limit 300
      ), inserted as (
        insert into episodes (id, plan_id, child_id, level, provider_organisation_id, kind, intensity, status, requested_on, decided_on, started_on,
          referrer, form_of_help, created_by, created_at, updated_at)
        select id, plan_id, child_id, 2 - light, provider_organisation_id, 'Opvoedondersteuning thuis', 'wekelijks', 'active',
          date ${day} - 3, date ${day} - 2, date ${day} - 1, '01', case when light = 1 then '01' else '02' end, created_by, now(), now()
        from picked returning id, child_id, level, created_by
      )
      insert into level_changes (episode_id, child_id, from_level, to_level, direction, requested_on, effective_on, decision, requested_by, created_at)
      select id, child_id, null, level, 'start', date ${day} - 3, date ${day} - 1, 'not-needed', created_by, now() from inserted`.execute(tx));
    // 200 level changes on running episodes: ambulatory up to specialist (approved), specialist down.
    await count(sql`
      with picked as (
        select e.id, e.child_id, e.level, e.created_by from episodes e
        where e.status = 'active' and e.level in (2, 3)
        order by random() limit 200
      ), changed as (
        update episodes e set level = case when p.level = 2 then 3 else 2 end, updated_at = now() from picked p where e.id = p.id
        returning e.id, e.child_id, p.level as from_level, e.level as to_level, e.created_by
      )
      insert into level_changes (episode_id, child_id, from_level, to_level, direction, requested_on, effective_on, decision, decided_by, decided_on, requested_by, created_at)
      select id, child_id, from_level, to_level, case when to_level > from_level then 'up' else 'down' end, date ${day} - 5, date ${day} - 1,
        case when to_level = 3 then 'approved' else 'not-needed' end, case when to_level = 3 then created_by end, case when to_level = 3 then date ${day} - 1 end,
        created_by, now()
      from changed`.execute(tx));
    // 150 episodes end according to plan.
    await count(sql`
      update episodes e set status = 'ended', ended_on = greatest(e.started_on, date ${day} - 1), end_reason = '01', updated_at = now()
      where e.id in (
        select id from episodes where status = 'active' and started_on is not null
        order by random() limit 150
      )`.execute(tx));
    // 200 requests closed with advice (the open ones first; new ones when those run out).
    const closed = Number(
      (
        await sql`
          update requests r set status = 'closed', outcome = 'advice', first_contact_at = coalesce(r.first_contact_at, r.received_at + interval '1 day'),
            decided_at = greatest(coalesce(r.first_contact_at, r.received_at + interval '1 day') + interval '1 hour', r.received_at + interval '2 days'),
            step_due_on = null
          where r.id in (select id from requests where status = 'open' order by random() limit 200)`.execute(tx)
      ).numAffectedRows ?? 0n,
    );
    written += closed;
    const missing = 200 - closed;
    if (missing > 0) {
      await count(sql`
        insert into requests (pathway_id, child_id, entry_point, status, step_position, created_by, created_organisation_id, received_at, first_contact_at, decided_at, outcome)
        select r.pathway_id, r.child_id, r.entry_point, 'closed', r.step_position, r.created_by, r.created_organisation_id,
          (date ${day} - 6)::timestamptz + interval '9 hours', (date ${day} - 4)::timestamptz + interval '9 hours', (date ${day} - 1)::timestamptz + interval '9 hours', 'advice'
        from requests r where r.status = 'closed'
        order by random() limit ${missing}`.execute(tx));
    }
    // 150 matches: another organisation signals about a child who already has an active signal.
    await count(sql`
      with picked as (
        select s.id as other_id, s.bsn_hash, s.bsn_encrypted, s.organisation_id, gen_random_uuid() as id,
          (select m.user_id from memberships m where m.organisation_id <> s.organisation_id and m.user_id <> s.professional_id
             order by md5(m.user_id::text || s.id::text) limit 1) as professional_id
        from signals s
        where s.closed_at is null and s.active_until >= date ${day}
        order by random() limit 150
      ), inserted as (
        insert into signals (id, bsn_hash, bsn_encrypted, domain, professional_id, organisation_id, registered_at, active_until)
        select p.id, p.bsn_hash, p.bsn_encrypted, 'development', p.professional_id, m.organisation_id, (date ${day} - 1)::timestamptz + interval '10 hours', date ${day} + 365
        from picked p join lateral (select organisation_id from memberships where user_id = p.professional_id limit 1) m on true
        returning id
      )
      insert into signal_matches (kind, signal_id, other_signal_id, created_at)
      select 'child', p.id, p.other_id, (date ${day} - 1)::timestamptz + interval '10 hours' from picked p join inserted i on i.id = p.id`.execute(tx));
  });
  return written;
}

// ---------------------------------------------------------------------------------------------------------
// Dashboards under load

interface DashboardFigure {
  /** Every question asked once since the refresh (nothing kept), or a day's dashboards asked over and over. */
  kind: 'distinct' | 'repeated';
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measureDashboards(databaseUrl: string, token: string, marker: NationalMarker): Promise<DashboardFigure[]> {
  const database = await openDatabase({ databaseUrl, poolSize: 1 });
  let areas: Array<{ code: string; kind: string }>;
  try {
    areas = await database.db.selectFrom('areas').select(['code', 'kind']).where('kind', 'in', ['country', 'province', 'region', 'municipality']).orderBy('code').execute();
  } finally {
    await database.close();
  }
  // No scheduled refresh: the figures stay those of the country's as-of day (DuckDB checks them afterwards), and
  // a refresh would also renew every kept answer in the middle of a run.
  const app = await start({ DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', SECRET_KEY, LOG_LEVEL: 'warn', SCHEDULED_JOBS: 'off' });
  const base = `http://127.0.0.1:${app.port}`;
  const headers = { authorization: `Bearer ${token}` };
  try {
    const list = await fetch(`${base}/api/v1/indicators`, { headers });
    if (list.status !== 200) throw new Error(`GET /indicators: ${list.status} ${(await list.text()).slice(0, 300)}`);
    const indicators = ((await list.json()) as { items: Array<{ code: string; levels: string[] }> }).items;
    const codes = indicators.map((i) => i.code);
    // Every question a policy officer can ask at these levels (indicator, area, year, split by area or not), in
    // a fixed shuffled order. Answers are kept per version of the figures, so the first runs ask each question
    // once (nothing kept: what a dashboard costs right after a refresh); the last ones ask a day's few hundred
    // dashboards over and over (mostly kept).
    const lastYear = Number(marker.asOf.slice(0, 4));
    const years = [lastYear - 3, lastYear - 2, lastYear - 1, lastYear];
    const questions: string[] = [];
    const below: Record<string, string> = { country: 'province', province: 'region', region: 'municipality', municipality: 'neighbourhood' };
    for (const { code, levels } of indicators) {
      for (const a of areas.filter((a) => levels.includes(a.kind))) {
        for (const year of years) {
          questions.push(`/api/v1/indicators/${code}/values?area=${a.code}&period=${year}`);
          if (levels.includes(below[a.kind]!)) questions.push(`/api/v1/indicators/${code}/values?area=${a.code}&period=${year}&by=area`);
        }
      }
    }
    let state = 1;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let i = questions.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [questions[i], questions[j]] = [questions[j]!, questions[i]!];
    }
    // A policy officer's day: mostly their own municipality or province, sometimes the country, often split by area.
    const byKind = (kind: string) => areas.filter((a) => a.kind === kind).map((a) => a.code);
    const levels = [byKind('country'), byKind('province'), byKind('region'), byKind('municipality'), byKind('municipality')];
    const day: string[] = [];
    for (let i = 0; i < 500; i++) {
      const level = levels[i % levels.length]!;
      day.push(`/api/v1/indicators/${codes[(i * 31) % codes.length]!}/values?area=${level[(i * 7919) % level.length]!}&period=${years[(i * 13) % years.length]!}${i % 3 === 0 ? '&by=area' : ''}`);
    }
    const warmUp = [...day, ...codes.map((code) => `/api/v1/indicators/${code}/values?area=NL&period=${lastYear - 1}`)];
    for (const path of warmUp) {
      const response = await fetch(`${base}${path}`, { headers });
      if (response.status !== 200) throw new Error(`${path}: expected 200, got ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    const figures: DashboardFigure[] = [];
    // What was asked above is kept: never among the new questions.
    const asked = new Set(warmUp);
    const unasked = questions.filter((path) => !asked.has(path));
    let next = 0;
    const fresh = () => {
      const path = unasked[next++];
      if (!path) throw new Error('every question has been asked: fewer seconds (BENCH_SECONDS)');
      return path;
    };
    let again = 0;
    for (const [kind, pathOf] of [['distinct', fresh], ['repeated', () => day[again++ % day.length]!]] as const) {
      for (const connections of [50, 10]) {
        const result = await autocannon({
          url: base,
          connections,
          duration: DURATION,
          headers,
          requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, path: pathOf() }) } as autocannon.Request],
        });
        const figure = { kind, connections, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors + result.timeouts };
        console.log(`  dashboards, ${kind} questions, ${connections} connections: ${figure.requestsPerSecond.toFixed(0)} req/s, p50 ${figure.p50} ms, p99 ${figure.p99} ms, errors ${figure.errors}`);
        figures.push(figure);
      }
    }
    return figures;
  } finally {
    app.child.kill('SIGTERM');
    await once(app.child, 'exit');
  }
}

async function start(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  for (let i = 0; i < 600; i++) {
    const match = output.match(/listening (\d+)/) ?? output.match(/http:\/\/(?:localhost|127\.0\.0\.1):(\d+)/);
    if (match) return { child, port: Number(match[1]) };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`server did not start: ${output}`);
}

// ---------------------------------------------------------------------------------------------------------
// DuckDB: the same facts -> values aggregation, over the same rows in Parquet

/** COPY ... TO STDOUT straight into a file, through pg's Submittable interface (no extra package). */
class CopyToFile implements pg.Submittable {
  readonly done: Promise<void>;
  private resolve!: () => void;
  private reject!: (error: Error) => void;
  private readonly out;
  private failed: Error | null = null;

  constructor(
    private readonly text: string,
    file: string,
  ) {
    this.out = createWriteStream(file);
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: pg.Connection & { stream?: NodeJS.ReadableStream }) {
    (connection as unknown as { query(text: string): void }).query(this.text);
    this.out.on('drain', () => connection.stream?.resume());
    (this as unknown as { connection: typeof connection }).connection = connection;
  }

  handleCopyData(message: { chunk: Buffer }) {
    // The chunk is a view into pg's receive buffer, which is reused for the next read: copy it before queueing it.
    if (!this.out.write(Buffer.from(message.chunk))) (this as unknown as { connection: { stream?: NodeJS.ReadableStream } }).connection.stream?.pause();
  }

  handleCommandComplete() {}

  handleError(error: Error) {
    this.failed = error;
  }

  handleReadyForQuery() {
    // 'drain' is not emitted once the file is ended: a socket paused on the last chunk must be resumed here.
    (this as unknown as { connection: { stream?: NodeJS.ReadableStream } }).connection.stream?.resume();
    this.out.end(() => (this.failed ? this.reject(this.failed) : this.resolve()));
  }
}

async function exportCsv(client: pg.Client, query: string, file: string): Promise<void> {
  const copy = new CopyToFile(`copy (${query}) to stdout with (format csv)`, file);
  client.query(copy);
  await copy.done;
}

interface Reference {
  version: string;
  threads: number;
  millis: number;
  exportMillis: number;
  parquetBytes: number;
  values: number;
  /** Sum of n over all value rows, in DuckDB and in monitoring_values (read in the export's snapshot). */
  total: number;
  ours: { values: number; total: number };
  /** Rows in one result and not in the other; only with a full comparison (BENCH_DUCKDB_DIFF=1). */
  differing?: number;
}

/**
 * Exports the facts, periods and areas (in one snapshot, with the count and total of monitoring_values) to
 * Parquet, runs referenceAggregation in DuckDB and compares. `diff` also exports monitoring_values and compares
 * row by row (not in any timing).
 */
export async function duckdbReference(databaseUrl: string, asOf: string, diff = process.env.BENCH_DUCKDB_DIFF === '1'): Promise<Reference> {
  const dir = path.join(os.tmpdir(), 'dichtbij-bench-duckdb');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();
  try {
    const exportStarted = performance.now();
    let parquetBytes = 0;
    let ours: { values: number; total: number };
    const toParquet = async (table: { name: string; query: string; columns: Array<[string, string]> }) => {
      const csv = path.join(dir, `${table.name}.csv`);
      const parquet = path.join(dir, `${table.name}.parquet`);
      await exportCsv(client, table.query, csv);
      const columns = table.columns.map(([name, type]) => `'${name}': '${type}'`).join(', ');
      await duck.run(`copy (select * from read_csv('${csv}', header = false, allow_quoted_nulls = false, columns = {${columns}})) to '${parquet}' (format parquet)`);
      rmSync(csv);
      return statSync(parquet).size;
    };
    try {
      await client.query('begin isolation level repeatable read read only');
      const { rows } = await client.query<{ values: string; total: string | null }>('select count(*) as values, sum(n) as total from monitoring_values');
      ours = { values: Number(rows[0]!.values), total: Number(rows[0]!.total ?? 0) };
      for (const table of REFERENCE_TABLES) parquetBytes += await toParquet(table);
      if (diff) await toParquet(OUR_VALUES);
      await client.query('commit');
    } finally {
      await client.end();
    }
    const exportMillis = performance.now() - exportStarted;
    const version = String((await duck.runAndReadAll('select version() as v')).getRowObjects()[0]!.v);
    const threads = Number((await duck.runAndReadAll(`select current_setting('threads') as t`)).getRowObjects()[0]!.t);
    const started = performance.now();
    await duck.run(referenceAggregation(dir, asOf));
    const millis = performance.now() - started;
    const result = (await duck.runAndReadAll('select count(*) as n, coalesce(sum(n), 0) as total from reference_values')).getRowObjects()[0]!;
    let differing: number | undefined;
    if (diff) {
      const ourValues = `read_parquet('${path.join(dir, `${OUR_VALUES.name}.parquet`)}')`;
      differing = Number(
        (
          await duck.runAndReadAll(`select (select count(*) from (select * from reference_values except all select * from ${ourValues}))
            + (select count(*) from (select * from ${ourValues} except all select * from reference_values)) as n`)
        ).getRowObjects()[0]!.n,
      );
    }
    return { version, threads, millis, exportMillis, parquetBytes, values: Number(result.n), total: Number(result.total), ours, differing };
  } finally {
    duck.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** monitoring_values itself, for the row-by-row comparison. */
const OUR_VALUES = {
  name: 'values',
  query: 'select indicator, unit_id, period, part, age_band, first_2000, split, days, n from monitoring_values',
  columns: [
    ['indicator', 'VARCHAR'], ['unit_id', 'UUID'], ['period', 'VARCHAR'], ['part', 'VARCHAR'], ['age_band', 'VARCHAR'], ['first_2000', 'BOOLEAN'],
    ['split', 'VARCHAR'], ['days', 'INTEGER'], ['n', 'BIGINT'],
  ] as Array<[string, string]>,
};

/** What the facts -> values step reads: the facts, the periods and the area tree (for the rollup to every level). */
const REFERENCE_TABLES: Array<{ name: string; query: string; columns: Array<[string, string]> }> = [
  {
    name: 'facts',
    query: 'select subject_kind, subject_id, indicator, part, per_subject, area_id, school_id, starts_on, ends_on, birth_on, split, days from monitoring_facts',
    columns: [
      ['subject_kind', 'VARCHAR'], ['subject_id', 'VARCHAR'], ['indicator', 'VARCHAR'], ['part', 'VARCHAR'], ['per_subject', 'BOOLEAN'], ['area_id', 'UUID'],
      ['school_id', 'UUID'], ['starts_on', 'DATE'], ['ends_on', 'DATE'], ['birth_on', 'DATE'], ['split', 'VARCHAR'], ['days', 'INTEGER'],
    ],
  },
  {
    name: 'periods',
    query: 'select key, kind, year, starts_on, ends_on from monitoring_periods',
    columns: [['key', 'VARCHAR'], ['kind', 'VARCHAR'], ['year', 'INTEGER'], ['starts_on', 'DATE'], ['ends_on', 'DATE']],
  },
  {
    name: 'areas',
    query: 'select id, kind, parent_id from areas',
    columns: [['id', 'UUID'], ['kind', 'VARCHAR'], ['parent_id', 'UUID']],
  },
];

/**
 * The facts -> values step of modules/monitoring/refresh.ts in DuckDB SQL, reading `${dir}/facts.parquet`,
 * `periods.parquet` and `areas.parquet` and creating the table reference_values with the same rows as
 * monitoring_values. It must follow refresh.ts statement for statement (period expansion, age band and
 * first-2000-days, per-subject counting, rollup to every ancestor area and the school), or the ratio means nothing.
 */
export function referenceAggregation(dir: string, asOf: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`not a day: ${asOf}`);
  const file = (name: string) => `read_parquet('${path.join(dir, `${name}.parquet`).replaceAll("'", "''")}')`;
  const day = `date '${asOf}'`;
  const cell = 'indicator, part, area_id, school_id, period, age_band, first_2000, split, days';
  return `
    create or replace table reference_values as
    with recursive
    -- The values by their definition: every fact in every period it touches (up to the as-of day, nothing before
    -- its first day has come), its age band on the day of a one-day fact or at the end of the period, counted once
    -- per subject and cell where per_subject. refresh.ts reaches the same values without expanding the facts.
    periodic as (
      select f.*, p.key as period, case when not f.per_subject and f.ends_on = f.starts_on then f.starts_on else p.ends_on - 1 end as ref
      from ${file('facts')} f
      join ${file('periods')} p on p.starts_on <= least(coalesce(f.ends_on, ${day}), ${day}) and p.ends_on > f.starts_on
      where f.starts_on <= ${day}
    ),
    expanded as (
      select subject_kind, subject_id, indicator, part, per_subject, area_id, school_id, period,
        case when birth_on is null then '' when ref < birth_on then 'unborn'
             when ref < birth_on + interval 4 year then '0-3' when ref < birth_on + interval 12 year then '4-11'
             when ref < birth_on + interval 18 year then '12-17' when ref < birth_on + interval 23 year then '18-22'
             else '23+' end as age_band,
        birth_on is not null and ref < birth_on + 2000 as first_2000,
        split, coalesce(days, -1) as days
      from periodic
    ),
    contributions as (
      select subject_kind, subject_id, ${cell}, case when bool_or(per_subject) then 1 else count(*) end as n
      from expanded group by subject_kind, subject_id, ${cell}
    ),
    cells as (select ${cell}, sum(n) as n from contributions group by ${cell}),
    -- rollup(): each area with itself and every ancestor, and the school.
    tree (area_id, unit_id) as (
      select id, id from ${file('areas')}
      union all
      select t.area_id, a.parent_id from tree t join ${file('areas')} a on a.id = t.unit_id where a.parent_id is not null
    )
    select indicator, unit_id, period, part, age_band, first_2000, split, days, sum(n)::bigint as n
    from (
      select c.*, t.unit_id from cells c join tree t on t.area_id = c.area_id
      union all
      select c.*, c.school_id from cells c where c.school_id is not null
    ) u
    group by indicator, unit_id, period, part, age_band, first_2000, split, days
  `;
}
