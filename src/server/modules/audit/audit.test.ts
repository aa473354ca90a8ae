import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp, dbKind } from '../../../../test/helpers/app.js';
import { verifyAuditChain, verifyChain } from '../../platform/audit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the audit trail', () => {
  it('administrators read it filtered by actor and subject; items carry who, whom, what, when and the outcome', async () => {
    const admin = await t.signIn('beheerder@dichtbij.example');
    const poh = await t.signIn('poh.gieten@dichtbij.example');
    await poh.get('/api/v1/users'); // refused: professionals do not manage users
    const byActor = await admin.get(`/api/v1/audit-events?actorId=${poh.user.id}`);
    expect(byActor.statusCode).toBe(200);
    const items = byActor.json().items;
    expect(items.map((e: { outcome: string }) => e.outcome)).toEqual(['denied', 'allowed']);
    for (const e of items) {
      expect(e.actorId).toBe(poh.user.id);
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['at', 'actorId', 'subjectId', 'resource', 'action', 'outcome']));
    }
    const bySubject = await admin.get(`/api/v1/audit-events?subjectId=${poh.user.id}&action=sign-in`);
    expect(bySubject.json().items).toHaveLength(1);
    expect(bySubject.json().items[0].subjectId).toBe(poh.user.id);
  });

  it('professionals cannot read it', async () => {
    const poh = await t.signIn('poh.gieten@dichtbij.example');
    expect((await poh.get('/api/v1/audit-events')).statusCode).toBe(403);
  });

  it('an organisation administrator sees only what their own organisation\'s people did', async () => {
    const fb = await t.signIn('fb.emmen@dichtbij.example');
    const r = await fb.get('/api/v1/audit-events?pageSize=100');
    expect(r.statusCode).toBe(200);
    const emmen = fb.user.organisationIds;
    const rows = await t.database.db.selectFrom('audit_events').select(['id', 'actor_organisation_ids']).execute();
    const visible = new Set(r.json().items.map((e: { id: string }) => e.id));
    for (const row of rows) {
      if (visible.has(row.id)) expect(row.actor_organisation_ids.some((id) => emmen.includes(id))).toBe(true);
    }
    expect(visible.size).toBeGreaterThan(0);
  });

  it('the application cannot change or delete an entry', async () => {
    await expect(sql`update audit_events set action = 'x'`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });

  it('concurrent writers keep one unbroken chain', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => t.request({ method: 'POST', url: '/api/v1/sessions', payload: { email: `x${i}@dichtbij.example`, password: 'wrong' } })));
    const result = await verifyAuditChain(t.database.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(20);
  });

  it('tampering with one row (as a superuser, trigger disabled) makes verification fail and name that row', async () => {
    const rows = await t.database.db.selectFrom('audit_events').select(['seq', 'id']).orderBy('seq').execute();
    expect(rows.length).toBeGreaterThan(3);
    const victim = rows[2]!;
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(t.database.db);
    await sql`update audit_events set outcome = 'allowed', action = 'sign-in-tampered' where id = ${victim.id}`.execute(t.database.db);
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(t.database.db);
    const result = await verifyAuditChain(t.database.db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ seq: victim.seq, id: victim.id, reason: 'hash-mismatch' });
  });

  it('removing the newest entries of a chain (as a superuser) makes verification fail at the chain\'s new end', async () => {
    const newest = await t.database.db.selectFrom('audit_events').select(['seq', 'chain']).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    const before = await t.database.db
      .selectFrom('audit_events')
      .select(['seq', 'id'])
      .where('chain', '=', newest.chain)
      .where('seq', '<', newest.seq)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(t.database.db);
    await sql`delete from audit_events where seq = ${newest.seq}`.execute(t.database.db);
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(t.database.db);
    const result = await verifyChain(t.database.db, newest.chain);
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: before.seq, id: before.id, reason: 'head-mismatch' } });
  });

  it.runIf(dbKind === 'postgres')('the CLI `audit verify` exits non-zero and names the tampered row', async () => {
    const root = path.resolve(import.meta.dirname, '../../../..');
    const run = promisify(execFile);
    const victim = await t.database.db.selectFrom('audit_events').select(['seq', 'id']).where('action', '=', 'sign-in-tampered').executeTakeFirstOrThrow();
    const failure = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'audit', 'verify'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: t.database.url!, NODE_ENV: 'test' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in failure && failure.code).toBe(1);
    expect((failure as { stderr: string }).stderr).toContain(`regel ${victim.seq} (id ${victim.id})`);
  });
});
