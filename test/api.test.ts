import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config.js';
import { registerPlatform } from '../src/server/platform/http.js';
import { type SignedInClient, type TestApp, createTestApp } from './helpers/app.js';

let t: TestApp;
let admin: SignedInClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('beheerder@dichtbij.example');
});
afterAll(() => t.close());

const problem = (r: { statusCode: number; headers: Record<string, unknown>; body: string }) => {
  expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(r.body);
  expect(body).toMatchObject({ status: r.statusCode });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(typeof body.code).toBe('string');
  expect(r.body).not.toMatch(/at .+\.(ts|js):\d+/); // no stack traces
  return body;
};

describe('bad input never gets a 500 or a stack trace', () => {
  it('malformed JSON is 400 invalid-json', async () => {
    const r = await t.request({ method: 'POST', url: '/api/v1/sessions', headers: { 'content-type': 'application/json' }, payload: '{"email": "a@b.nl", ' });
    expect(r.statusCode).toBe(400);
    expect(problem(r)).toMatchObject({ code: 'invalid-json', detail: 'De inhoud van het verzoek is geen geldige JSON.' });
  });

  it('an empty JSON body is 400', async () => {
    const r = await t.request({ method: 'POST', url: '/api/v1/sessions', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(r.statusCode).toBe(400);
    problem(r);
  });

  it('missing fields, unknown fields and wrong types are listed field by field', async () => {
    const r = await t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: 42, role: 'admin' } });
    expect(r.statusCode).toBe(400);
    const body = problem(r);
    expect(body.code).toBe('invalid-params');
    const byName = Object.fromEntries(body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]));
    expect(byName).toEqual({ email: 'type', password: 'required', role: 'unknown' });
  });

  it('over-long strings are refused', async () => {
    const r = await t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: `${'a'.repeat(300)}@x.nl`, password: 'x' } });
    expect(r.statusCode).toBe(400);
    expect(problem(r).invalidParams[0]).toMatchObject({ name: 'email', code: 'max-length' });
  });

  it('a huge body is 413', async () => {
    const r = await t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: 'a@b.nl', password: 'x'.repeat(2 * 1024 * 1024) } });
    expect(r.statusCode).toBe(413);
    expect(problem(r).code).toBe('payload-too-large');
  });

  it('an unsupported content type is 415', async () => {
    const r = await t.request({ method: 'POST', url: '/api/v1/sessions', headers: { 'content-type': 'text/xml' }, payload: '<a/>' });
    expect(r.statusCode).toBe(415);
    problem(r);
  });

  it('an unknown route is 404 and a wrong method 405 with Allow', async () => {
    const unknown = await t.request({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(problem(unknown).code).toBe('route-not-found');
    const wrongMethod = await t.request({ method: 'PUT', url: '/api/v1/sessions' });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers.allow).toContain('POST');
    problem(wrongMethod);
  });

  it('answers in English when asked', async () => {
    const r = await t.request({ method: 'GET', url: '/api/v1/me', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(r.statusCode).toBe(401);
    expect(problem(r).detail).toBe('You are not signed in or your session has expired. Please sign in again.');
  });

  it('errors carry a request reference and the API-Version header', async () => {
    const r = await admin.get('/api/v1/users/00000000-0000-4000-8000-000000000000');
    expect(r.statusCode).toBe(404);
    expect(problem(r).instance).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(r.headers['api-version']).toBe('1.0.0');
  });
});

describe('health', () => {
  it('is live and ready when the database answers', async () => {
    expect((await t.request({ method: 'GET', url: '/health/live' })).json()).toEqual({ status: 'ok' });
    expect((await t.request({ method: 'GET', url: '/health/ready' })).json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('every API route declares its access rule', () => {
  it('a route without one stops the server from starting', async () => {
    const app = Fastify();
    registerPlatform(app, {
      db: t.database.db,
      config: loadConfig({ NODE_ENV: 'test' }),
      clock: () => new Date(),
      apiVersion: '1.0.0',
      authenticator: { session: async () => null, apiToken: async () => null },
    });
    expect(() => app.get('/api/v1/forgotten', async () => ({ leak: true }))).toThrow(/declares no access rule/);
    await app.close();
  });

  it('every route but sign-in refuses an anonymous caller', async () => {
    const routes = t.app.printRoutes({ commonPrefix: false });
    expect(routes).toContain('organisations');
    const calls: [string, string][] = [
      ['GET', '/api/v1/me'], ['GET', '/api/v1/sessions/current'], ['DELETE', '/api/v1/sessions/current'],
      ['GET', '/api/v1/api-tokens'], ['POST', '/api/v1/api-tokens'], ['DELETE', '/api/v1/api-tokens/00000000-0000-4000-8000-000000000000'],
      ['GET', '/api/v1/users'], ['POST', '/api/v1/users'], ['GET', '/api/v1/users/00000000-0000-4000-8000-000000000000'],
      ['PATCH', '/api/v1/users/00000000-0000-4000-8000-000000000000'], ['GET', '/api/v1/areas'], ['GET', '/api/v1/organisations'],
      ['GET', '/api/v1/organisations/00000000-0000-4000-8000-000000000000'], ['GET', '/api/v1/professionals'],
      ['GET', '/api/v1/professionals/00000000-0000-4000-8000-000000000000'], ['GET', '/api/v1/themes'], ['GET', '/api/v1/audit-events'],
    ];
    for (const [method, url] of calls) {
      const r = await t.request({ method: method as 'GET', url, payload: method === 'GET' || method === 'DELETE' ? undefined : {} });
      expect(r.statusCode, `${method} ${url}`).toBe(401);
    }
  });
});
