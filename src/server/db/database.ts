import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type DbOrTx = Db | Tx;

// One set of types whichever engine runs: counts (int8) as numbers, dates as 'YYYY-MM-DD' strings.
const INT8 = 20;
const DATE = 1082;
pg.types.setTypeParser(INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(DATE, (value) => value);

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** PGlite only: a gzipped image of the data directory, used to clone prepared test databases. */
  pglite?: PGlite;
}

export interface OpenOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** PGlite only: start from a dumped data directory image (tests). */
  loadDataDir?: Blob;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparing(pool) }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const releaseLock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const pglite = new PGlite({ dataDir: options.dataDir, loadDataDir: options.loadDataDir });
    await pglite.waitReady;
    const pool = new pg.Pool(createPgConfig(pglite));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'pglite',
      pglite,
      async close() {
        await db.destroy();
        await pglite.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * Runs every parameterised query as a named prepared statement (named after its text), so PostgreSQL plans
 * each query shape once per connection instead of on every request: the family page spent as long planning
 * its queries as running them. Statements without parameters (DDL, BEGIN/COMMIT) run as they are.
 */
function preparing(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) names.set(text, (name = `q${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
    return name;
  };
  return {
    options: pool.options,
    Client: pg.Client,
    async connect() {
      const client = await pool.connect();
      return {
        query: (text: string, values: unknown[]) =>
          values.length > 0 ? client.query({ name: nameOf(text), text, values }) : client.query(text, values),
        release: () => client.release(),
      } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

export class DataDirLockedError extends Error {}

// PGlite has no lock between processes: two processes on one data directory corrupt it.
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, '..', `${path.basename(dataDir)}.lock`);
  try {
    const holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    if (holder && holder !== process.pid && isRunning(holder)) {
      throw new DataDirLockedError(
        `De database in ${dataDir} is in gebruik door proces ${holder}. Stop dat proces eerst (database in use by process ${holder}).`,
      );
    }
  } catch (error) {
    if (error instanceof DataDirLockedError) throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
