/**
 * npm run bench: sign-in and directory-search throughput and p99 latency under 50 concurrent connections,
 * against a running server on PostgreSQL, beside a bare Fastify route in the same run.
 * Uses BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server; creates its own database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { seedDemoRegion } from '../src/server/seed/demo.js';
import { seedSyntheticRegion } from '../src/server/seed/synthetic.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 50_000);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const databaseName = 'dichtbij_bench';

function urlFor(database: string) {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function prepareDatabase() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${databaseName}`);
  await admin.query(`create database ${databaseName}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: urlFor(databaseName), poolSize: 4 });
  await migrateToLatest(database.db);
  await seedDemoRegion(database.db);
  const synthetic = await seedSyntheticRegion(database.db, { children: CHILDREN, seed: 1 });
  await database.close();
  return synthetic;
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
  p99: number;
  errors: number;
}

async function measure(name: string, options: autocannon.Options): Promise<Figure> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  return { name, requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.non2xx + result.errors + result.timeouts };
}

async function main() {
  console.log(`Preparing ${databaseName} (demo region + synthetic region for ${CHILDREN} children)...`);
  const synthetic = await prepareDatabase();
  console.log('Synthetic directory:', synthetic);

  const bare = await start(['bench/bare-server.ts'], { PORT: '0' });
  const app = await start(['src/cli/main.ts', 'serve'], {
    DATABASE_URL: urlFor(databaseName),
    PORT: String(bare.port + 1),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    SECRET_KEY: 'bench-key-bench-key-bench-key-bench-key',
    LOG_LEVEL: 'warn',
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

    const figures: Figure[] = [];
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

    const bareRate = figures[0]!.requestsPerSecond;
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, PostgreSQL, Node ${process.version}\n`);
    console.log(`${'scenario'.padEnd(50)} ${'req/s'.padStart(9)} ${'p99 ms'.padStart(8)} ${'vs bare'.padStart(8)} ${'errors'.padStart(7)}`);
    for (const f of figures) {
      console.log(
        `${f.name.padEnd(50)} ${f.requestsPerSecond.toFixed(0).padStart(9)} ${String(f.p99).padStart(8)} ${(f.requestsPerSecond / bareRate).toFixed(3).padStart(8)} ${String(f.errors).padStart(7)}`,
      );
    }
  } finally {
    await stop(app.child);
    await stop(bare.child);
  }
}

await main();
