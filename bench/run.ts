/**
 * npm run bench: sign-in, directory search, the family page and writing an episode: throughput, p50 and p99
 * latency under 50 concurrent connections, against a running server on PostgreSQL with a synthetic region of
 * BENCH_CHILDREN children (default 100 000) and their case files, beside a bare Fastify route in the same run.
 * Uses BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server; creates its own database.
 * Every scenario is first tried once and must answer 2xx; under load, every non-2xx answer counts as an error.
 * Then monitoring at national scale (bench/monitoring.ts). Run only one part with `npm run bench -- cases` or
 * `npm run bench -- monitoring` (or BENCH_ONLY=cases|monitoring).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { runMonitoringBench } from './monitoring.js';
import { benchBsn, fillSignals } from './signals.js';
import { sql } from 'kysely';
import pg from 'pg';
import { type Db, openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { refreshMonitoring } from '../src/server/modules/monitoring/refresh.js';
import { dayOf } from '../src/server/platform/dates.js';
import { seedDemoRegion } from '../src/server/seed/demo.js';
import { seedSyntheticRegion } from '../src/server/seed/synthetic.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONNECTIONS = 50;
// One server process: with PostgreSQL on the same two cores it forms larger groups than two (PERFORMANCE.md).
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 100_000);
const SEED = 1;
// The family page rotates over this many families of the bench professional.
const FAMILY_ROTATION = 200;
const SIGNALS = Number(process.env.BENCH_SIGNALS ?? 1_000_000);
const SECRET_KEY = 'bench-key-bench-key-bench-key-bench-key';
// A server on this machine is reached through its Unix socket, as OPERATIONS.md advises for a co-located
// database: cheaper per statement than TCP on loopback.
const LOCAL_SOCKET = '/var/run/postgresql';
const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  (existsSync(`${LOCAL_SOCKET}/.s.PGSQL.5432`) ? `postgres://postgres@localhost/test?host=${LOCAL_SOCKET}` : 'postgres://postgres@127.0.0.1:5432/test');
const databaseName = 'dichtbij_bench';

function urlFor(database: string) {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

interface BenchCase {
  professional: { id: string; name: string; jobFunction: string | null; families: number };
  token: string;
  familyIds: string[];
  familiesWithPlan: number;
  /** Open plans of the bench professional, each with a child of the family the professional is involved with. */
  planChildren: Array<{ planId: string; childId: string }>;
  providerIds: string[];
}

async function prepareDatabase() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${databaseName}`);
  await admin.query(`create database ${databaseName}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: urlFor(databaseName), poolSize: 4 });
  try {
    await migrateToLatest(database.db);
    await seedDemoRegion(database.db);
    const started = performance.now();
    const synthetic = await seedSyntheticRegion(database.db, { children: CHILDREN, seed: SEED });
    const seedSeconds = (performance.now() - started) / 1000;
    // As a database in use would be: statistics current, hint bits set, visibility map built.
    const signalsStarted = Date.now();
    const professionals = await database.db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'm.organisation_id as organisationId'])
      .where('u.email', 'like', `synth-${SEED}-%`)
      .execute();
    await fillSignals(database.db, SECRET_KEY, SIGNALS, professionals);
    console.log(`${SIGNALS} active signals registered in ${((Date.now() - signalsStarted) / 1000).toFixed(1)} s`);
    await sql`vacuum (analyze)`.execute(database.db);
    // The indicator figures exist, as in an installation in use: the server then only follows the changes.
    const figuresStarted = Date.now();
    await refreshMonitoring(database.db, dayOf(new Date()));
    console.log(`Monitoring figures computed in ${((Date.now() - figuresStarted) / 1000).toFixed(1)} s`);
    const bench = await prepareBenchCase(database.db);
    return { synthetic, seedSeconds, bench };
  } finally {
    await database.close();
  }
}

/**
 * The bench professional: the synthetic professional with the most families through active involvements,
 * signed in with a personal API token made directly in the database (synthetic users have no password).
 */
async function prepareBenchCase(db: Db): Promise<BenchCase> {
  const now = new Date();
  const top = await db
    .selectFrom('involvements as i')
    .innerJoin('children as c', 'c.id', 'i.child_id')
    .innerJoin('users as u', 'u.id', 'i.professional_id')
    .select(['u.id', 'u.name', 'u.job_function'])
    .select(sql<number>`count(distinct c.family_id)`.as('families'))
    .where('u.email', 'like', `synth-${SEED}-%`)
    .where('i.ended_at', 'is', null)
    .where('i.started_at', '<=', now)
    .groupBy(['u.id', 'u.name', 'u.job_function'])
    .orderBy('families', 'desc')
    .orderBy('u.email')
    .limit(1)
    .executeTakeFirstOrThrow();
  const token = `dbt_${randomBytes(32).toString('base64url')}`;
  await db
    .insertInto('api_tokens')
    .values({ user_id: top.id, name: 'bench', token_hash: createHash('sha256').update(token).digest('hex') })
    .execute();

  // Families with an open plan first (the heavier page), then the others, in a fixed but mixed order.
  const { rows: families } = await sql<{ family_id: string; has_plan: boolean }>`
    select c.family_id, exists (select 1 from plans p where p.family_id = c.family_id and p.status = 'open') as has_plan
    from involvements i join children c on c.id = i.child_id
    where i.professional_id = ${top.id} and i.ended_at is null and i.started_at <= ${now}
    group by c.family_id
    order by has_plan desc, md5(c.family_id::text)
    limit ${FAMILY_ROTATION}`.execute(db);
  const { rows: planChildren } = await sql<{ plan_id: string; child_id: string }>`
    select distinct on (p.id) p.id as plan_id, c.id as child_id
    from involvements i join children c on c.id = i.child_id join plans p on p.family_id = c.family_id and p.status = 'open'
    where i.professional_id = ${top.id} and i.ended_at is null and i.started_at <= ${now}
    order by p.id, c.id`.execute(db);
  const providers = await db
    .selectFrom('organisations')
    .select('id')
    .where('kind', 'in', ['youth-care-provider', 'neighbourhood-team', 'welfare'])
    .where('email', 'like', `%-s${SEED}.example`)
    .orderBy('name')
    .execute();
  if (families.length === 0 || planChildren.length === 0 || providers.length === 0) {
    throw new Error(`bench professional ${top.name} has no families or open plans to work with`);
  }
  return {
    professional: { id: top.id, name: top.name, jobFunction: top.job_function, families: Number(top.families) },
    token,
    familyIds: families.map((f) => f.family_id),
    familiesWithPlan: families.filter((f) => f.has_plan).length,
    planChildren: planChildren.map((r) => ({ planId: r.plan_id, childId: r.child_id })),
    providerIds: providers.map((p) => p.id),
  };
}

async function databaseSize(): Promise<string> {
  const client = new pg.Client({ connectionString: urlFor(databaseName) });
  await client.connect();
  try {
    const { rows } = await client.query<{ size: string }>('select pg_size_pretty(pg_database_size(current_database())) as size');
    return rows[0]!.size;
  } finally {
    await client.end();
  }
}

async function start(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  for (let i = 0; i < 300; i++) {
    const match = output.match(/listening (\d+)/) ?? output.match(/http:\/\/localhost:(\d+)/);
    if (match) return { child, port: Number(match[1]) };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`server did not start: ${output}`);
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await once(child, exit);
}
const exit = 'exit';

interface Figure {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  statusCodes: string;
}

async function measure(name: string, options: autocannon.Options): Promise<Figure> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  const statusCodes = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stat]) => `${code}: ${(stat as { count: number }).count}`)
    .join(', ');
  const figure = {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    statusCodes,
  };
  console.log(`  ${name}: ${figure.requestsPerSecond.toFixed(0)} req/s, p50 ${figure.p50} ms, p99 ${figure.p99} ms, errors ${figure.errors} (${statusCodes})`);
  return figure;
}

/** One request before the load: a scenario that does not answer 2xx when alone is a broken bench, not a figure. */
async function check(name: string, url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  if (response.status < 200 || response.status > 299) {
    throw new Error(`${name}: expected 2xx, got ${response.status}: ${(await response.text()).slice(0, 500)}`);
  }
}

async function tokenForMatchedProfessional(): Promise<string> {
  const database = await openDatabase({ databaseUrl: urlFor(databaseName), poolSize: 1 });
  try {
    const { rows } = await sql<{ professional_id: string }>`
      select theirs.professional_id from signal_matches m join signals theirs on theirs.id = m.other_signal_id
      order by m.created_at desc limit 1`.execute(database.db);
    const token = `dbt_${randomBytes(32).toString('base64url')}`;
    await database.db
      .insertInto('api_tokens')
      .values({ user_id: rows[0]!.professional_id, name: 'bench-inbox', token_hash: createHash('sha256').update(token).digest('hex') })
      .execute();
    return token;
  } finally {
    await database.close();
  }
}

/** A path (and body) that moves on with every request autocannon builds, shared by all connections. */
function rotating<T>(items: T[], build: (item: T) => { path: string; body?: string }): autocannon.Request {
  let next = 0;
  return {
    setupRequest: (request: Record<string, unknown>) => {
      const { path: nextPath, body } = build(items[next++ % items.length]!);
      return { ...request, path: nextPath, ...(body === undefined ? {} : { body }) };
    },
  } as autocannon.Request;
}

async function main() {
  console.log(`Preparing ${databaseName} (demo region + synthetic region for ${CHILDREN} children)...`);
  const { synthetic, seedSeconds, bench } = await prepareDatabase();
  console.log(`Synthetic region seeded in ${seedSeconds.toFixed(1)} s:`, synthetic);
  console.log(
    `Bench professional: ${bench.professional.name} (${bench.professional.jobFunction}), involved with ${bench.professional.families} families; ` +
      `family page rotates over ${bench.familyIds.length} (${bench.familiesWithPlan} with an open plan), episodes go to ${bench.planChildren.length} open plans`,
  );

  const bare = await start(['bench/bare-server.ts'], { PORT: '0' });
  const app = await start(['src/cli/main.ts', 'serve'], {
    DATABASE_URL: urlFor(databaseName),
    PORT: String(bare.port + 1),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    SECRET_KEY,
    LOG_LEVEL: 'warn',
    WORKERS: String(WORKERS),
  });
  const base = `http://127.0.0.1:${app.port}`;
  try {
    const signIn = await fetch(`${base}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'poh.gieten@dichtbij.example', password: 'dichtbij-demo' }),
    });
    if (signIn.status !== 201) throw new Error(`sign-in failed: ${signIn.status}`);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;

    const bearer = { authorization: `Bearer ${bench.token}` };
    const today = dayOf(new Date());
    const episodeBody = (childId: string, i: number) =>
      JSON.stringify({ childId, level: 1, providerOrganisationId: bench.providerIds[i % bench.providerIds.length], startedOn: today });
    await check('directory', `${base}/api/v1/professionals?query=de`, { headers: { cookie } });
    await check('family page', `${base}/api/v1/families/${bench.familyIds[0]}`, { headers: bearer });
    await check('write an episode', `${base}/api/v1/plans/${bench.planChildren[0]!.planId}/episodes`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: episodeBody(bench.planChildren[0]!.childId, 0),
    });

    const figures: Figure[] = [];
    console.log(`\nMeasuring (${CONNECTIONS} connections, ${DURATION} s each)...`);
    figures.push(await measure('bare Fastify route', { url: `http://127.0.0.1:${bare.port}/` }));
    figures.push(
      await measure('sign-in (argon2id)', {
        url: `${base}/api/v1/sessions`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ib.zuiderbreedte@dichtbij.example', password: 'dichtbij-demo' }),
      }),
    );
    figures.push(await measure('directory: professionals by name', { url: `${base}/api/v1/professionals?query=de`, headers: { cookie } }));
    figures.push(await measure('directory: professionals by theme + municipality', { url: `${base}/api/v1/professionals?theme=vroegsignalering&organisationKind=school`, headers: { cookie } }));
    figures.push(await measure('directory: organisations by name', { url: `${base}/api/v1/organisations?query=school`, headers: { cookie } }));
    figures.push(
      await measure('family page (GET /families/{id})', {
        url: base,
        headers: bearer,
        requests: [rotating(bench.familyIds, (id) => ({ path: `/api/v1/families/${id}` }))],
      }),
    );
    let written = 0;
    figures.push(
      await measure('write an episode (POST /plans/{id}/episodes)', {
        url: base,
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        requests: [
          {
            method: 'POST',
            ...rotating(bench.planChildren, ({ planId, childId }) => ({ path: `/api/v1/plans/${planId}/episodes`, body: episodeBody(childId, written++) })),
          },
        ],
      }),
    );

    // Signals: each registration hits an existing BSN among the active signals, so matching does real work.
    let signalled = 0;
    figures.push(
      await measure(`register a signal (${SIGNALS / 1000}k active, matching)`, {
        url: base,
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        requests: [
          {
            method: 'POST',
            ...rotating([0], () => ({ path: '/api/v1/signals', body: JSON.stringify({ bsn: benchBsn((signalled++ * 7919) % SIGNALS), domain: 'school-absence' }) })),
          },
        ],
      }),
    );
    // A typical inbox: a professional whose signal one of the bench registrations matched.
    const typical = await tokenForMatchedProfessional();
    figures.push(await measure('load an inbox (GET /inbox, typical)', { url: `${base}/api/v1/inbox`, headers: { authorization: `Bearer ${typical}` } }));
    // The bench professional's inbox now holds every match the registrations above made: a worst case.
    figures.push(await measure(`load an inbox (GET /inbox, ${signalled} matches)`, { url: `${base}/api/v1/inbox`, headers: bearer }));

    const bareRate = figures[0]!.requestsPerSecond;
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, ${WORKERS} server processes, PostgreSQL via ${new URL(serverUrl).searchParams.get('host') ?? new URL(serverUrl).host}, Node ${process.version}, ${CHILDREN} synthetic children\n`);
    console.log(`${'scenario'.padEnd(50)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'vs bare'.padStart(8)} ${'errors'.padStart(7)}`);
    for (const f of figures) {
      console.log(
        `${f.name.padEnd(50)} ${f.requestsPerSecond.toFixed(0).padStart(9)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${(f.requestsPerSecond / bareRate).toFixed(3).padStart(8)} ${String(f.errors).padStart(7)}`,
      );
    }
    const failed = figures.filter((f) => f.errors > 0);
    for (const f of failed) console.log(`non-2xx or failed in '${f.name}': ${f.errors} (status codes ${f.statusCodes || 'none'})`);
    console.log(`\nDatabase ${databaseName}: ${await databaseSize()}`);
    if (failed.length) process.exitCode = 1;
  } finally {
    await stop(app.child);
    await stop(bare.child);
  }
}

const only = process.env.BENCH_ONLY ?? process.argv[2];
if (only !== undefined && only !== 'cases' && only !== 'monitoring') throw new Error(`unknown bench part '${only}': use cases or monitoring`);
if (only !== 'monitoring') await main();
if (only !== 'cases') {
  const { failed } = await runMonitoringBench(serverUrl);
  if (failed) process.exitCode = 1;
}
