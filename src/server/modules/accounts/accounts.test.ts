import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp } from '../../../../test/helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3', SIGN_IN_MAX_FAILURES_PER_ADDRESS: '6' });
});
afterAll(() => t.close());

const auditRows = (where: { action?: string; outcome?: string; subjectId?: string | null; resource?: string }) => {
  let q = t.database.db.selectFrom('audit_events').selectAll().orderBy('seq');
  if (where.action) q = q.where('action', '=', where.action);
  if (where.outcome) q = q.where('outcome', '=', where.outcome as 'allowed');
  if (where.resource) q = q.where('resource', '=', where.resource);
  if (where.subjectId) q = q.where('subject_id', '=', where.subjectId);
  return q.execute();
};

describe('signing in and out', () => {
  it('the intern begeleider signs in, gets an HttpOnly SameSite cookie and a CSRF token, and sees who she is', async () => {
    const response = await t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: 'IB.Zuiderbreedte@dichtbij.example', password: 'dichtbij-demo' } });
    expect(response.statusCode).toBe(201);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/i); // not in development; production is tested below
    const body = response.json();
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(body.user.email).toBe('ib.zuiderbreedte@dichtbij.example');
    expect(body.user.roles).toContain('professional');

    const me = await t.request({ method: 'GET', url: '/api/v1/me', headers: { cookie: cookie.split(';')[0]! } });
    expect(me.statusCode).toBe(200);
    expect(Object.keys(me.json())).toEqual(expect.arrayContaining(['id', 'email', 'name', 'roles', 'organisationIds']));
    expect(me.json().id).toBe(body.user.id);
    expect(me.json().organisationIds.length).toBeGreaterThan(0);

    const signIns = await auditRows({ action: 'sign-in', outcome: 'allowed', subjectId: body.user.id });
    expect(signIns).toHaveLength(1);
    expect(signIns[0]!.actor_id).toBe(body.user.id);
  });

  it('a wrong password and an unknown e-mail get the same 401, and both are audited as denied', async () => {
    const wrong = await t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: 'poh.gieten@dichtbij.example', password: 'not-the-password' } });
    const unknown = await t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: 'nobody@dichtbij.example', password: 'not-the-password' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    const { instance: _a, ...w } = wrong.json();
    const { instance: _b, ...u } = unknown.json();
    expect(w).toEqual(u);
    expect(w.code).toBe('invalid-credentials');
    expect(w.detail).toBe('Het e-mailadres of wachtwoord is onjuist.');
    const denied = await auditRows({ action: 'sign-in', outcome: 'denied' });
    expect(denied.map((r) => r.context.reason)).toEqual(expect.arrayContaining(['wrong-password', 'unknown-account']));
  });

  it('signing out ends the session: the cookie no longer works', async () => {
    const client = await t.signIn('mw.aaenhunze@dichtbij.example');
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    const out = await client.delete('/api/v1/sessions/current');
    expect(out.statusCode).toBe(204);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    expect(await auditRows({ action: 'sign-out', subjectId: client.user.id })).toHaveLength(1);
  });

  it('GET /sessions/current restores the CSRF token after a page reload', async () => {
    const client = await t.signIn('toegang.emmen@dichtbij.example');
    const current = await client.request({ method: 'GET', url: '/api/v1/sessions/current', headers: { 'x-csrf-token': '' } });
    expect(current.statusCode).toBe(200);
    expect(current.json().csrfToken).toBe(client.csrfToken);
  });
});

describe('CSRF protection', () => {
  it('a state-changing request with the cookie but without X-CSRF-Token is refused and audited', async () => {
    const client = await t.signIn('poh.gieten@dichtbij.example');
    const response = await t.request({ method: 'POST', url: '/api/v1/api-tokens', headers: { cookie: client.cookie }, payload: { name: 'zonder token' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf-token-missing');
    const wrongToken = await client.request({ method: 'POST', url: '/api/v1/api-tokens', headers: { 'x-csrf-token': 'guess' }, payload: { name: 'fout token' } });
    expect(wrongToken.statusCode).toBe(403);
    const refused = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', client.user.id).where('outcome', '=', 'denied').execute();
    expect(refused.map((r) => r.context.reason)).toEqual(['csrf-token-missing', 'csrf-token-missing']);
    const tokens = await t.database.db.selectFrom('api_tokens').select('id').where('user_id', '=', client.user.id).execute();
    expect(tokens).toHaveLength(0);
  });
});

describe('session expiry', () => {
  it('a session ends after the idle time, and after the absolute time even when used', async () => {
    const idle = await t.signIn('beleid.hoogeveen@dichtbij.example');
    t.clock.advance((t.config.sessionIdleMinutes + 1) * 60_000);
    expect((await idle.get('/api/v1/me')).statusCode).toBe(401);

    const busy = await t.signIn('beleid.hoogeveen@dichtbij.example');
    const step = (t.config.sessionIdleMinutes - 1) * 60_000;
    const steps = Math.ceil((t.config.sessionAbsoluteHours * 3_600_000) / step);
    for (let i = 0; i < steps - 1; i++) {
      t.clock.advance(step);
      expect((await busy.get('/api/v1/me')).statusCode).toBe(200);
    }
    t.clock.advance(step);
    expect((await busy.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('rate limiting failed sign-ins', () => {
  it('after too many failures for one account the next attempt gets 429 with Retry-After, even with the right password', async () => {
    const email = 'penvoerder.drenthe@dichtbij.example';
    const attempt = (password: string, ip = '10.0.0.1') =>
      t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email, password }, remoteAddress: ip });
    for (let i = 0; i < 3; i++) expect((await attempt('wrong-password')).statusCode).toBe(401);
    const blocked = await attempt('dichtbij-demo', '10.0.0.2');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().code).toBe('too-many-attempts');
    const limited = await auditRows({ action: 'sign-in', outcome: 'denied' });
    expect(limited.some((r) => r.context.reason === 'rate-limited')).toBe(true);
    t.clock.advance(0);
  });

  it('one address trying many accounts is blocked too', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < 6; i++) {
      const r = await t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: `onbekend${i}@dichtbij.example`, password: 'x' }, remoteAddress: ip });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: 'ib.zuiderbreedte@dichtbij.example', password: 'dichtbij-demo' }, remoteAddress: ip });
    expect(blocked.statusCode).toBe(429);
    const elsewhere = await t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: 'ib.zuiderbreedte@dichtbij.example', password: 'dichtbij-demo' }, remoteAddress: '10.9.9.10' });
    expect(elsewhere.statusCode).toBe(201);
  });
});

describe('personal API tokens', () => {
  it('a token is shown once, works as Bearer without CSRF, is stored hashed and stops working when revoked', async () => {
    const client = await t.signIn('toegang.emmen@dichtbij.example');
    const created = await client.post('/api/v1/api-tokens', { name: 'Koppeling zorgadministratie' });
    expect(created.statusCode).toBe(201);
    const { id, name, token } = created.json();
    expect(name).toBe('Koppeling zorgadministratie');
    expect(token).toMatch(/^dbt_/);
    const stored = await t.database.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    const listed = await client.get('/api/v1/api-tokens');
    expect(JSON.stringify(listed.json())).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.request({ method: 'GET', url: '/api/v1/me', headers: bearer });
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe('toegang.emmen@dichtbij.example');
    const write = await t.request({ method: 'POST', url: '/api/v1/api-tokens', headers: bearer, payload: { name: 'tweede' } });
    expect(write.statusCode).toBe(201);

    expect((await client.delete(`/api/v1/api-tokens/${id}`)).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
    expect((await client.delete(`/api/v1/api-tokens/${id}`)).statusCode).toBe(404);
  });

  it('a made-up bearer token gets 401', async () => {
    const r = await t.request({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Bearer dbt_made-up' } });
    expect(r.statusCode).toBe(401);
    expect(r.json().code).toBe('unauthenticated');
  });
});

describe('production cookies', () => {
  it('are Secure and __Host- prefixed', async () => {
    const prod = await createTestApp({ NODE_ENV: 'production', SECRET_KEY: 'x'.repeat(40) });
    try {
      const r = await prod.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: 'beheerder@dichtbij.example', password: 'dichtbij-demo' } });
      expect(r.statusCode).toBe(201);
      const cookie = String(r.headers['set-cookie']);
      expect(cookie).toMatch(/^__Host-dichtbij-session=/);
      expect(cookie).toMatch(/Secure/);
    } finally {
      await prod.close();
    }
  });
});
