import { buildApp } from './app.js';
import { type Config, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { startScheduledJobs } from './jobs.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoRegion } from './seed/demo.js';

/** Process entry: migrate, seed the demo region outside production, serve until a signal stops us. */
export async function serve(config: Config = loadConfig()): Promise<void> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrateToLatest(database.db);
  const seeded = config.isProduction ? { seeded: false } : await seedDemoRegion(database.db, config);
  const app = await buildApp({ db: database.db, config });
  if (applied.length) app.log.info({ migrations: applied }, 'database migrated');
  const jobs = startScheduledJobs(database.db, app.log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const { port } = app.server.address() as { port: number };
  const url = `http://localhost:${port}`;
  const lines = [
    '',
    `  Dichtbij draait op ${url}  (API: ${url}/api/v1, documentatie: ${url}/api/docs)`,
    `  Database: ${database.kind === 'pglite' ? `ingebouwd (PGlite) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}${seeded.seeded ? ', demoregio aangemaakt' : ''}`,
  ];
  if (!config.isProduction) {
    lines.push(`  Demo-accounts (wachtwoord: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(40)} ${account.description}`);
  }
  console.log(`${lines.join('\n')}\n`);
}
