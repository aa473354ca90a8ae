import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { type Config, loadConfig } from '../../src/server/config.js';
import { type DatabaseHandle, openDatabase } from '../../src/server/db/database.js';
import { withDatabase } from './global-setup.js';

export const DEMO_PASSWORD = 'dichtbij-demo';
export const dbKind = (process.env.TEST_DB_KIND ?? 'pglite') as 'pglite' | 'postgres';

/** A database of this test file's own, copied from the prepared (migrated, demo-seeded) template. */
export async function openTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  if (dbKind === 'pglite') {
    const image = new Blob([readFileSync(inject('pgliteTemplate'))]);
    return openDatabase({ loadDataDir: image });
  }
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const name = `dichtbij_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
  const url = withDatabase(serverUrl, name);
  const handle = await openDatabase({ databaseUrl: url, poolSize: 4 });
  return {
    ...handle,
    url,
    async close() {
      await handle.close();
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

/** A clock the test can move forward (session expiry and the like). */
export function testClock(start = new Date()) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle & { url?: string };
  config: Config;
  clock: ReturnType<typeof testClock>;
  close(): Promise<void>;
  /** Signs in as a (demo) user and returns a client that sends the cookie and CSRF token. */
  signIn(email: string, password?: string): Promise<SignedInClient>;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface SignedInClient {
  user: { id: string; email: string; name: string; roles: string[]; organisationIds: string[] };
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const clock = testClock();
  const app = await buildApp({ db: database.db, config, clock: clock.now, logger: false, serveWeb: false });
  await app.ready();
  const request = (options: InjectOptions) => app.inject(options);
  return {
    app,
    database,
    config,
    clock,
    request,
    async close() {
      await app.close();
      await database.close();
    },
    async signIn(email, password = DEMO_PASSWORD) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } });
      if (response.statusCode !== 201) throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
      const body = response.json();
      const setCookie = response.headers['set-cookie'];
      const cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0]!;
      const send = (options: InjectOptions) =>
        app.inject({ ...options, headers: { cookie, 'x-csrf-token': body.csrfToken, ...(options.headers ?? {}) } });
      return {
        user: body.user,
        cookie,
        csrfToken: body.csrfToken,
        request: send,
        get: (url) => send({ method: 'GET', url }),
        post: (url, payload) => send({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
        patch: (url, payload) => send({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
        delete: (url) => send({ method: 'DELETE', url }),
      };
    },
  };
}
