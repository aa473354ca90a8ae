import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from './helpers/app.js';

/**
 * The access rule cannot be gamed: in a generated region of children and involvements (active, ended,
 * not yet started), for random (professional, child) pairs a read is allowed exactly when an active
 * involvement exists; every allowed and refused read is in the audit trail with the child as subject.
 */
let t: TestApp;
let clients: SignedInClient[];
let childIds: string[];
const involvements: { professional: number; child: number; state: 'active' | 'ended' | 'future' }[] = [];

const ACCOUNTS = [
  'ib.zuiderbreedte@dichtbij.example',
  'poh.gieten@dichtbij.example',
  'mw.aaenhunze@dichtbij.example',
  'toegang.emmen@dichtbij.example',
  'beleid.hoogeveen@dichtbij.example', // policy officer: never sees a child
  'penvoerder.drenthe@dichtbij.example', // programme lead: never sees a child
  'beheerder@dichtbij.example', // platform administrator: never sees a child
];
const CHILDREN = 30;

beforeAll(async () => {
  t = await createTestApp();
  clients = await Promise.all(ACCOUNTS.map((email) => t.signIn(email)));
  const municipality = await t.database.db.selectFrom('areas').select('id').where('code', '=', 'GM0118').executeTakeFirstOrThrow();
  const children = await t.database.db
    .insertInto('children')
    .values(Array.from({ length: CHILDREN }, (_, i) => ({ given_name: `Kind${i}`, family_name: 'Test', birth_date: '2018-01-01', municipality_id: municipality.id })))
    .returning('id')
    .execute();
  childIds = children.map((c) => c.id);

  const spec = fc.sample(
    fc.array(fc.record({ professional: fc.nat(ACCOUNTS.length - 1), child: fc.nat(CHILDREN - 1), state: fc.constantFrom('active' as const, 'ended' as const, 'future' as const) }), { minLength: 40, maxLength: 60 }),
    { numRuns: 1, seed: 7513 },
  )[0]!;
  involvements.push(...spec);
  const now = t.clock.now().getTime();
  await t.database.db
    .insertInto('involvements')
    .values(
      spec.map((s) => ({
        child_id: childIds[s.child]!,
        professional_id: clients[s.professional]!.user.id,
        reason: 'registered' as const,
        started_at: new Date(s.state === 'future' ? now + 86_400_000 : now - 30 * 86_400_000),
        ended_at: s.state === 'ended' ? new Date(now - 86_400_000) : null,
      })),
    )
    .execute();
});
afterAll(() => t.close());

const mayRead = (professional: number, child: number) =>
  clients[professional]!.user.roles.includes('professional') && involvements.some((i) => i.professional === professional && i.child === child && i.state === 'active');

describe('involvement is the only door to a child', () => {
  it('a read is allowed exactly when an active involvement exists, and every decision is audited', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(ACCOUNTS.length - 1), fc.nat(CHILDREN - 1), async (professional, child) => {
        const client = clients[professional]!;
        const childId = childIds[child]!;
        const response = await client.get(`/api/v1/children/${childId}`);
        const allowed = mayRead(professional, child);
        if (allowed) expect(response.statusCode).toBe(200);
        else expect([403, 404]).toContain(response.statusCode);
        if (client.user.roles.includes('professional')) expect(response.statusCode).toBe(allowed ? 200 : 404);

        const last = await t.database.db
          .selectFrom('audit_events')
          .select(['subject_id', 'resource_id', 'outcome'])
          .where('actor_id', '=', client.user.id)
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow();
        expect(last.outcome).toBe(allowed ? 'allowed' : 'denied');
        if (client.user.roles.includes('professional')) expect(last.subject_id).toBe(childId);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('a refusal looks exactly like a child that does not exist', async () => {
    const professional = clients.findIndex((c) => c.user.roles.includes('professional'));
    const hidden = childIds.findIndex((_, child) => !mayRead(professional, child));
    const refused = await clients[professional]!.get(`/api/v1/children/${childIds[hidden]}`);
    const missing = await clients[professional]!.get('/api/v1/children/00000000-0000-4000-8000-000000000000');
    const strip = (body: string) => {
      const { instance: _instance, ...rest } = JSON.parse(body);
      return rest;
    };
    expect(refused.statusCode).toBe(404);
    expect(strip(refused.body)).toEqual(strip(missing.body));
  });

  it('searching by name or BSN never returns a child without an active involvement', async () => {
    for (const [professional, client] of clients.entries()) {
      if (!client.user.roles.includes('professional')) continue;
      const found = await client.get('/api/v1/children?query=kind&pageSize=100');
      const ids = new Set(found.json().items.map((c: { id: string }) => c.id));
      childIds.forEach((id, child) => expect(ids.has(id)).toBe(mayRead(professional, child)));
    }
  });

  it('a read whose audit entry cannot be written shows nothing: the answer is a 500', async () => {
    const professional = clients.findIndex((c) => c.user.roles.includes('professional'));
    const visible = childIds.findIndex((_, child) => mayRead(professional, child));
    // As if the trail were unavailable: its chain heads are gone for the moment.
    await sql`alter table audit_chain_heads rename to audit_chain_heads_away`.execute(t.database.db);
    try {
      const read = await clients[professional]!.get(`/api/v1/children/${childIds[visible]}`);
      expect(read.statusCode).toBe(500);
      expect(read.headers['content-type']).toContain('application/problem+json');
      expect(read.body).not.toContain('Kind');
      // A refusal that cannot be recorded does not pass silently either.
      const refused = await clients[professional]!.get(`/api/v1/children/${childIds[childIds.findIndex((_, child) => !mayRead(professional, child))]}`);
      expect(refused.statusCode).toBe(500);
    } finally {
      await sql`alter table audit_chain_heads_away rename to audit_chain_heads`.execute(t.database.db);
    }
    expect((await clients[professional]!.get(`/api/v1/children/${childIds[visible]}`)).statusCode).toBe(200);
  });
});

