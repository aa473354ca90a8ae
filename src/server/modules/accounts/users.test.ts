import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from '../../../../test/helpers/app.js';

let t: TestApp;
let admin: SignedInClient;
let emmenAdmin: SignedInClient;
let emmen: { id: string };
let hoogeveen: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('beheerder@dichtbij.example');
  emmenAdmin = await t.signIn('fb.emmen@dichtbij.example');
  emmen = await t.database.db.selectFrom('organisations').select('id').where('name', '=', 'Gemeente Emmen').executeTakeFirstOrThrow();
  hoogeveen = await t.database.db.selectFrom('organisations').select('id').where('name', '=', 'Gemeente Hoogeveen').executeTakeFirstOrThrow();
});
afterAll(() => t.close());

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `nieuw.${Math.random().toString(36).slice(2, 8)}@dichtbij.example`,
  name: 'Nieuwe Collega',
  jobFunction: 'medewerker-toegang',
  organisationId: emmen.id,
  roles: [{ role: 'professional' }],
  password: 'een-lang-wachtwoord',
  ...overrides,
});

describe('user administration', () => {
  it('the Emmen administrator creates a colleague, who can then sign in; the creation is audited with the new user as subject', async () => {
    const body = newUser({ email: 'nieuwe.collega@dichtbij.example' });
    const created = await emmenAdmin.post('/api/v1/users', body);
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({ email: 'nieuwe.collega@dichtbij.example', isActive: true, organisationIds: [emmen.id] });
    expect(user.roles).toEqual([{ role: 'professional', organisationId: null, areaId: null }]);
    const signedIn = await t.signIn('nieuwe.collega@dichtbij.example', 'een-lang-wachtwoord');
    expect(signedIn.user.id).toBe(user.id);
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('subject_id', '=', user.id).where('action', '=', 'create').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(emmenAdmin.user.id);
    expect(audit[0]!.actor_organisation_ids).toContain(emmen.id);
  });

  it('the Emmen administrator cannot create users in Hoogeveen, grant platform administration, or see Hoogeveen users', async () => {
    const elsewhere = await emmenAdmin.post('/api/v1/users', newUser({ organisationId: hoogeveen.id }));
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().code).toBe('outside-organisation');
    const escalate = await emmenAdmin.post('/api/v1/users', newUser({ roles: [{ role: 'platform-admin' }] }));
    expect(escalate.statusCode).toBe(403);
    expect(escalate.json().code).toBe('role-not-grantable');

    const list = await emmenAdmin.get('/api/v1/users?pageSize=100');
    expect(list.statusCode).toBe(200);
    for (const u of list.json().items) expect(u.organisationIds).toContain(emmen.id);
    const policyOfficer = list.json().items.find((u: { email: string }) => u.email === 'beleid.hoogeveen@dichtbij.example');
    expect(policyOfficer).toBeUndefined();

    const hoogeveenUser = await t.database.db.selectFrom('users').select('id').where('email', '=', 'beleid.hoogeveen@dichtbij.example').executeTakeFirstOrThrow();
    const peek = await emmenAdmin.get(`/api/v1/users/${hoogeveenUser.id}`);
    expect(peek.statusCode).toBe(404);
    const denied = await t.database.db.selectFrom('audit_events').selectAll().where('subject_id', '=', hoogeveenUser.id).where('outcome', '=', 'denied').execute();
    expect(denied).toHaveLength(1);
  });

  it('nothing half-written stays behind when a creation fails', async () => {
    const before = await t.database.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const badArea = await admin.post('/api/v1/users', newUser({ roles: [{ role: 'policy-officer', areaId: '00000000-0000-4000-8000-000000000000' }] }));
    expect(badArea.statusCode).toBe(400);
    expect(badArea.json().invalidParams[0]).toMatchObject({ name: 'roles.0.areaId', code: 'unknown-area' });
    const taken = await admin.post('/api/v1/users', newUser({ email: 'poh.gieten@dichtbij.example' }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('email-taken');
    const after = await t.database.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('deactivating a user ends their sessions at once; the administrator cannot deactivate themselves', async () => {
    const created = (await admin.post('/api/v1/users', newUser())).json();
    const colleague = await t.signIn(created.email, 'een-lang-wachtwoord');
    expect((await colleague.get('/api/v1/me')).statusCode).toBe(200);
    const off = await admin.patch(`/api/v1/users/${created.id}`, { isActive: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().isActive).toBe(false);
    expect((await colleague.get('/api/v1/me')).statusCode).toBe(401);
    const again = await t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: created.email, password: 'een-lang-wachtwoord' } });
    expect(again.statusCode).toBe(401);

    const self = await admin.patch(`/api/v1/users/${admin.user.id}`, { isActive: false });
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('self-lockout');
  });

  it('roles can be changed and the change is audited', async () => {
    const created = (await admin.post('/api/v1/users', newUser())).json();
    const changed = await admin.patch(`/api/v1/users/${created.id}`, { roles: [{ role: 'professional' }, { role: 'organisation-admin', organisationId: emmen.id }] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().roles.map((r: { role: string }) => r.role).sort()).toEqual(['organisation-admin', 'professional']);
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('subject_id', '=', created.id).where('action', '=', 'update').execute();
    expect(audit[0]!.context.fields).toEqual(['roles']);
  });

  it('a professional may not manage users: 403, and the refusal is in the audit trail', async () => {
    const professional = await t.signIn('poh.gieten@dichtbij.example');
    const r = await professional.get('/api/v1/users');
    expect(r.statusCode).toBe(403);
    const denied = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', professional.user.id).where('outcome', '=', 'denied').execute();
    expect(denied.at(-1)).toMatchObject({ resource: 'user', action: 'get' });
  });

  it('bad input lists every invalid field in Dutch', async () => {
    const r = await admin.post('/api/v1/users', { email: 'geen-email', name: '', organisationId: 'x', roles: [], password: 'kort', extra: 1 });
    expect(r.statusCode).toBe(400);
    const names = r.json().invalidParams.map((p: { name: string }) => p.name).sort();
    expect(names).toEqual(expect.arrayContaining(['email', 'name', 'organisationId', 'roles', 'password', 'extra']));
    const reasons = Object.fromEntries(r.json().invalidParams.map((p: { name: string; reason: string }) => [p.name, p.reason]));
    expect(reasons.extra).toBe('Dit veld is onbekend.');
    expect(reasons.password).toBe('Dit veld is te kort (minimaal 12 tekens).');
  });
});
