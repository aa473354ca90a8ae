import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { Db } from './database.js';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_families.js';
import * as m0003 from './migrations/0003_signals.js';
import * as m0004 from './migrations/0004_programmes.js';
import * as m0005 from './migrations/0005_pathways.js';
import * as m0006 from './migrations/0006_monitoring.js';
import * as m0007 from './migrations/0007_monitoring_grain.js';
import * as m0008 from './migrations/0008_audit_chain_heads.js';
import * as m0009 from './migrations/0009_dashboard_reads.js';
import * as m0010 from './migrations/0010_refresh_ahead.js';

// Migrations are listed here, in order; each is frozen once released.
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_families': m0002,
  '0003_signals': m0003,
  '0004_programmes': m0004,
  '0005_pathways': m0005,
  '0006_monitoring': m0006,
  '0007_monitoring_grain': m0007,
  '0008_audit_chain_heads': m0008,
  '0009_dashboard_reads': m0009,
  '0010_refresh_ahead': m0010,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
