import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import { pino } from 'pino';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';
import { buildApp } from './app.js';
import { type Config, loadConfig } from './config.js';
import { type DatabaseHandle, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { startScheduledJobs } from './jobs.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoRegion } from './seed/demo.js';

/**
 * Process entry: migrate, seed the demo region outside production, serve until a signal stops us.
 * With WORKERS > 1 the primary prepares the database, runs the scheduled jobs and holds the shared sign-in
 * limits; the workers serve requests on one shared port (one Node process uses one core).
 */
export async function serve(config: Config = loadConfig()): Promise<void> {
  if (cluster.isWorker) return serveWorker(config);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrateToLatest(database.db);
  const seeded = config.isProduction ? { seeded: false } : await seedDemoRegion(database.db, config);
  if (config.workers > 1) return servePrimary(config, database, applied, seeded.seeded);

  const app = await buildApp({ db: database.db, config });
  if (applied.length) app.log.info({ migrations: applied }, 'database migrated');
  const jobs = config.scheduledJobs ? startScheduledJobs(database.db, app.log) : null;
  onStop(async () => {
    jobs?.stop();
    await app.close();
    await database.close();
  });
  await app.listen({ port: config.port, host: config.host });
  printBanner(config, database, (app.server.address() as { port: number }).port, seeded.seeded);
}

async function servePrimary(config: Config, database: DatabaseHandle, applied: string[], seeded: boolean) {
  // Sign-in limits count across all workers: the workers ask the primary.
  new RateLimiterClusterMaster();
  const log = pino({ level: config.logLevel });
  if (applied.length) log.info({ migrations: applied }, 'database migrated');
  let stopping = false;
  const fork = () => cluster.fork();
  const workers: Worker[] = Array.from({ length: config.workers }, fork);
  cluster.on('exit', (worker, code) => {
    if (stopping) return;
    log.error({ worker: worker.id, code }, 'server worker stopped; starting a new one');
    fork();
  });
  const ports = await Promise.all(workers.map(async (worker) => (await once(worker, 'listening'))[0] as { port: number }));
  const jobs = config.scheduledJobs ? startScheduledJobs(database.db, log) : null;
  onStop(async () => {
    stopping = true;
    jobs?.stop();
    const live = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    for (const worker of live) worker.process.kill('SIGTERM');
    await Promise.all(live.map((worker) => once(worker, 'exit')));
    await database.close();
  });
  printBanner(config, database, ports[0]!.port, seeded);
}

async function serveWorker(config: Config) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildApp({ db: database.db, config });
  onStop(async () => {
    await app.close();
    await database.close();
  });
  await app.listen({ port: config.port, host: config.host });
}

function onStop(close: () => Promise<void>) {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

function printBanner(config: Config, database: DatabaseHandle, port: number, seeded: boolean) {
  const url = `http://localhost:${port}`;
  const lines = [
    '',
    `  Dichtbij draait op ${url}  (API: ${url}/api/v1, documentatie: ${url}/api/docs)`,
    `  Database: ${database.kind === 'pglite' ? `ingebouwd (PGlite) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}${seeded ? ', demoregio aangemaakt' : ''}` +
      (config.workers > 1 ? `, ${config.workers} serverprocessen` : ''),
  ];
  if (!config.isProduction) {
    lines.push(`  Demo-accounts (wachtwoord: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(40)} ${account.description}`);
  }
  console.log(`${lines.join('\n')}\n`);
}
