import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp, dbKind } from './helpers/app.js';

const RULESET = path.resolve(import.meta.dirname, '../../shared/checks/nl-api-design-rules.spectral.yaml');
const SPECTRAL = path.resolve(import.meta.dirname, '../node_modules/.bin/spectral');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the OpenAPI document', () => {
  it('is served at /api/v1/openapi.json with contact, a semver version and the contract paths', async () => {
    const r = await t.request({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.info.contact).toMatchObject({ name: expect.any(String), email: expect.any(String), url: expect.any(String) });
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/sessions', '/sessions/current', '/me', '/api-tokens', '/organisations', '/organisations/{id}', '/professionals', '/areas', '/audit-events']),
    );
  });

  it.runIf(dbKind === 'pglite')('passes the Dutch API Design Rules ruleset with zero errors', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).body;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'dichtbij-oas-')), 'openapi.json');
    writeFileSync(file, doc);
    const run = promisify(execFile);
    const result = await run(SPECTRAL, ['lint', '-r', RULESET, '--format', 'json', '--quiet', file], { maxBuffer: 20 * 1024 * 1024 }).catch(
      (error: { stdout: string }) => error,
    );
    const findings = JSON.parse(result.stdout || '[]') as { severity: number; code: string; message: string; path: string[] }[];
    const errors = findings.filter((f) => f.severity === 0).map((f) => `${f.code}: ${f.message} at ${f.path.join('.')}`);
    expect(errors).toEqual([]);
  });

  it('has interactive documentation at /api/docs', async () => {
    const r = await t.request({ method: 'GET', url: '/api/docs/' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toMatch(/swagger/i);
  });
});
