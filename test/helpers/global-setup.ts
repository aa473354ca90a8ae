import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/database.js';
import { loadConfig } from '../../src/server/config.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';
import { seedDemoRegion } from '../../src/server/seed/demo.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

const TMP = path.resolve(import.meta.dirname, '../../.tmp');

/**
 * Prepares one migrated, demo-seeded database per run; every test file then starts from a copy of it
 * (a PGlite data-directory image, or CREATE DATABASE ... TEMPLATE on the server), because creating and
 * seeding a database takes seconds and a copy well under one.
 */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.TEST_DB_KIND ?? 'pglite';
  if (kind === 'postgres') return setupPostgres(project);
  const database = await openDatabase({});
  await migrateToLatest(database.db);
  await seedDemoRegion(database.db, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }));
  const image = await database.pglite!.dumpDataDir('gzip');
  await database.close();
  mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `pglite-template-${process.pid}-${project.name}.tar.gz`);
  writeFileSync(file, Buffer.from(await image.arrayBuffer()));
  project.provide('pgliteTemplate', file);
}

async function setupPostgres(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL!;
  const template = `dichtbij_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const database = await openDatabase({ databaseUrl: withDatabase(url, template), poolSize: 2 });
  await migrateToLatest(database.db);
  await seedDemoRegion(database.db, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }));
  await database.close();
  project.provide('postgresTemplate', template);
  return async () => {
    await admin.query(`drop database if exists ${template}`);
    await admin.end();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
