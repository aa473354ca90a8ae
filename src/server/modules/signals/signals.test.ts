import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from '../../../../test/helpers/app.js';
import { addDays, dayOf } from '../../platform/dates.js';
import { removeExpiredSignals } from './service.js';
import { latestActiveUntil } from './rules.js';

/** Valid BSNs (11-test) that no demo child has. */
function bsn(n: number): string {
  for (let candidate = 100_000_000 + n * 97; ; candidate++) {
    const digits = String(candidate).padStart(9, '0');
    const sum = [...digits].slice(0, 8).reduce((t, d, i) => t + Number(d) * (9 - i), 0) - Number(digits[8]);
    if (sum % 11 === 0) return digits;
  }
}

let t: TestApp;
let ib: SignedInClient; // school
let poh: SignedInClient; // GP practice
let mw: SignedInClient; // welfare
let beleid: SignedInClient; // policy officer
const today = () => dayOf(t.clock.now());

/** Moving the clock ends idle sessions: sign everyone in again. */
async function signInAll() {
  [ib, poh, mw, beleid] = await Promise.all(
    ['ib.zuiderbreedte', 'poh.gieten', 'mw.aaenhunze', 'beleid.hoogeveen'].map((name) => t.signIn(`${name}@dichtbij.example`)),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  await signInAll();
});
afterAll(() => t.close());

const matchesOf = async (client: SignedInClient) => (await client.get('/api/v1/inbox')).json().items.filter((i: { type: string }) => i.type === 'signal-match');

describe('signals and matches', () => {
  it('two organisations signal on the same child: both are told who the other is and how to reach them, never what they wrote', async () => {
    const child = bsn(1);
    const first = await ib.post('/api/v1/signals', { bsn: child, domain: 'school-absence', note: 'Vaak afwezig op maandag, moeder lijkt uitgeput' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().matches).toBe(0);
    const second = await poh.post('/api/v1/signals', { bsn: child, domain: 'health', note: 'Veel buikpijnklachten' });
    expect(second.json().matches).toBe(1);

    const ibInbox = await matchesOf(ib);
    const pohInbox = await matchesOf(poh);
    expect(ibInbox).toHaveLength(1);
    expect(pohInbox).toHaveLength(1);
    expect(ibInbox[0].otherProfessional).toMatchObject({ id: poh.user.id, email: 'poh.gieten@dichtbij.example' });
    expect(ibInbox[0].mySignal.bsnMasked).toBe(`•••••${child.slice(5)}`);
    expect(pohInbox[0].otherProfessional.id).toBe(ib.user.id);
    expect(pohInbox[0].otherOrganisation.name).toBe('Brede school De Zuiderbreedte');
    const everything = JSON.stringify([ibInbox, pohInbox]);
    expect(everything).not.toMatch(/maandag|buikpijn|uitgeput/);
    expect(JSON.stringify(pohInbox)).not.toContain('school-absence');

    const emails = await t.database.db.selectFrom('outbox').selectAll().where('channel', '=', 'email').where('recipient', 'in', [ib.user.email, poh.user.email]).execute();
    expect(emails).toHaveLength(2);
    for (const e of emails) expect(e.body).not.toMatch(/maandag|buikpijn/);
  });

  it('two signals from the same organisation make no match', async () => {
    const child = bsn(2);
    await ib.post('/api/v1/signals', { bsn: child, domain: 'behaviour' });
    const colleague = await ib.post('/api/v1/signals', { bsn: child, domain: 'development' });
    expect(colleague.json().matches).toBe(0);
  });

  it('a closed or expired signal makes no match', async () => {
    const closedChild = bsn(3);
    const closed = (await ib.post('/api/v1/signals', { bsn: closedChild, domain: 'poverty' })).json();
    expect((await ib.post(`/api/v1/signals/${closed.id}/closure`, { reason: 'Zorg weggenomen in gesprek' })).statusCode).toBe(201);
    expect((await poh.post('/api/v1/signals', { bsn: closedChild, domain: 'poverty' })).json().matches).toBe(0);

    const expiredChild = bsn(4);
    await ib.post('/api/v1/signals', { bsn: expiredChild, domain: 'safety', activeUntil: today() });
    t.clock.advance(2 * 86_400_000);
    await signInAll();
    expect((await mw.post('/api/v1/signals', { bsn: expiredChild, domain: 'safety' })).json().matches).toBe(0);
  });

  it('a match opens no file: the other professional still cannot see the child', async () => {
    const child = (await ib.post('/api/v1/children', { bsn: bsn(5), givenName: 'Mila', familyName: 'Hoekstra', birthDate: '2016-05-05', municipalityCode: 'GM0118' })).json();
    await ib.post('/api/v1/signals', { bsn: bsn(5), domain: 'home-situation' });
    expect((await poh.post('/api/v1/signals', { bsn: bsn(5), domain: 'home-situation' })).json().matches).toBe(1);
    expect((await poh.get(`/api/v1/children/${child.id}`)).statusCode).toBe(404);
    const found = await poh.get(`/api/v1/children?bsn=${bsn(5)}`);
    expect(found.json().items).toHaveLength(0);
  });

  it('a signal on a sibling in the same family makes a family match', async () => {
    const older = (await ib.post('/api/v1/children', { bsn: bsn(6), givenName: 'Ties', familyName: 'Kuipers', birthDate: '2014-02-02', municipalityCode: 'GM0118' })).json();
    const younger = (await ib.post('/api/v1/children', { bsn: bsn(7), givenName: 'Fien', familyName: 'Kuipers', birthDate: '2019-03-03', municipalityCode: 'GM0118' })).json();
    await ib.post('/api/v1/families', { childIds: [older.id, younger.id], guardians: [{ givenName: 'Sanne', familyName: 'Kuipers', hasParentalAuthority: true, email: 'sanne@example.nl' }] });
    await ib.post('/api/v1/signals', { bsn: bsn(6), domain: 'behaviour' });
    const sibling = await mw.post('/api/v1/signals', { bsn: bsn(7), domain: 'home-situation' });
    expect(sibling.json().matches).toBe(1);
    const item = (await matchesOf(mw)).find((m: { matchKind: string }) => m.matchKind === 'family');
    expect(item.otherProfessional.id).toBe(ib.user.id);
    const parentNotice = await t.database.db.selectFrom('outbox').selectAll().where('recipient', '=', 'sanne@example.nl').execute();
    expect(parentNotice.length).toBeGreaterThanOrEqual(1);
  });

  it('the matched professionals confirm who coordinates', async () => {
    const child = bsn(8);
    await ib.post('/api/v1/signals', { bsn: child, domain: 'school-absence' });
    await poh.post('/api/v1/signals', { bsn: child, domain: 'health' });
    const match = (await matchesOf(ib)).find((m: { otherProfessional: { id: string } }) => m.otherProfessional.id === poh.user.id && !m.agreedCoordinator);
    const school = ib.user.organisationIds[0];
    expect((await ib.post(`/api/v1/signal-matches/${match.id}/coordination`, { organisationId: school })).statusCode).toBe(201);
    expect((await poh.post(`/api/v1/signal-matches/${match.id}/coordination`, { organisationId: school })).statusCode).toBe(201);
    const after = (await matchesOf(poh)).find((m: { id: string }) => m.id === match.id);
    expect(after.agreedCoordinator).toBe(school);
    const outsider = await mw.post(`/api/v1/signal-matches/${match.id}/coordination`, { organisationId: school });
    expect(outsider.statusCode).toBe(404);
    const refused = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', mw.user.id).where('resource_id', '=', match.id).execute();
    expect(refused.map((r) => r.outcome)).toEqual(['denied']);
  });

  it('bad input: an invalid BSN, an end date in the past or beyond the limits, a user without the professional role', async () => {
    const invalid = await ib.post('/api/v1/signals', { bsn: '123456789', domain: 'health' });
    expect(invalid.json().invalidParams[0]).toMatchObject({ name: 'bsn', code: 'eleven-test' });
    const past = await ib.post('/api/v1/signals', { bsn: bsn(9), domain: 'health', activeUntil: addDays(today(), -1) });
    expect(past.json().invalidParams[0]).toMatchObject({ name: 'activeUntil', code: 'in-past' });
    const tooLong = await ib.post('/api/v1/signals', { bsn: bsn(9), domain: 'health', activeUntil: addDays(today(), 800) });
    expect(tooLong.json().invalidParams[0]).toMatchObject({ name: 'activeUntil', code: 'too-long' });
    expect((await beleid.post('/api/v1/signals', { bsn: bsn(9), domain: 'health' })).statusCode).toBe(403);
    const none = await t.database.db.selectFrom('signals').select('id').where('bsn_hash', '=', 'x').execute();
    expect(none).toHaveLength(0);
  });

  it('never past the 23rd birthday', () => {
    expect(latestActiveUntil('2026-01-10', '2004-03-01')).toBe('2027-02-28');
    expect(latestActiveUntil('2026-01-10', '2015-03-01')).toBe('2028-01-10');
  });

  it('expired signals are removed by the scheduled job, and each removal is audited', async () => {
    const child = bsn(10);
    const signal = (await mw.post('/api/v1/signals', { bsn: child, domain: 'poverty', activeUntil: today() })).json();
    const removedBefore = await removeExpiredSignals(t.database.db, t.clock.now());
    t.clock.advance(86_400_000);
    await signInAll();
    const removed = await removeExpiredSignals(t.database.db, t.clock.now());
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(removedBefore).toBeGreaterThanOrEqual(0);
    expect(await t.database.db.selectFrom('signals').select('id').where('id', '=', signal.id).executeTakeFirst()).toBeUndefined();
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('resource_id', '=', signal.id).where('action', '=', 'remove').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.context.reason).toBe('expired');
  });
});

describe('coordination rules are data', () => {
  it('the proposal follows the partners\' rules: for a child of school age the school coordinates', async () => {
    const rules = (await ib.get('/api/v1/match-rules')).json().items;
    expect(rules.map((r: { proposeKind: string }) => r.proposeKind)).toContain('school');
    const child = (await ib.post('/api/v1/children', { bsn: bsn(11), givenName: 'Luuk', familyName: 'Jansen', birthDate: '2017-07-07', municipalityCode: 'GM0118' })).json();
    expect(child.id).toBeDefined();
    await ib.post('/api/v1/signals', { bsn: bsn(11), domain: 'school-absence' });
    await poh.post('/api/v1/signals', { bsn: bsn(11), domain: 'health' });
    const match = (await matchesOf(poh)).find((m: { otherProfessional: { id: string } }) => m.otherProfessional.id === ib.user.id && m.proposedCoordinator);
    expect(match.proposedCoordinator.name).toBe('Brede school De Zuiderbreedte');
  });

  it('only a functional administrator adds rules', async () => {
    const rule = { priority: 5, description: 'Test', proposeKind: 'jgz', minAge: 0, maxAge: 1 };
    expect((await ib.post('/api/v1/match-rules', rule)).statusCode).toBe(403);
    const admin = await t.signIn('beheerder@dichtbij.example');
    expect((await admin.post('/api/v1/match-rules', rule)).statusCode).toBe(201);
  });
});

describe('one inbox', () => {
  it('also holds unread notifications from the learning network', async () => {
    const groups = (await ib.get('/api/v1/groups')).json().items;
    const group = groups.find((g: { name: string }) => g.name === 'Vroegsignalering');
    await ib.post(`/api/v1/groups/${group.id}/members`, {});
    await poh.post(`/api/v1/groups/${group.id}/members`, {});
    const post = await ib.post(`/api/v1/groups/${group.id}/posts`, { title: 'Ervaringen', body: 'Hoe organiseren jullie het eerste gesprek?' });
    expect(post.statusCode, post.body).toBe(201);
    const items = (await poh.get('/api/v1/inbox')).json().items;
    expect(items.some((i: { type: string; kind: string }) => i.type === 'notification' && i.kind === 'group-post')).toBe(true);
  });
});

describe('registrations that arrive together', () => {
  let next = 5000;
  /** Two siblings (one family) and a child on their own, with BSNs no earlier run used. */
  async function children(): Promise<string[]> {
    const bsns = [bsn(next++), bsn(next++), bsn(next++)];
    const ids = [];
    for (const [i, number] of bsns.slice(0, 2).entries()) {
      const created = await ib.post('/api/v1/children', { bsn: number, givenName: `Kind${i}`, familyName: 'Groep', birthDate: `201${i}-04-04`, municipalityCode: 'GM0118' });
      ids.push(created.json().id);
    }
    await ib.post('/api/v1/families', { childIds: ids, guardians: [{ givenName: 'Ouder', familyName: 'Groep', hasParentalAuthority: true }] });
    return bsns;
  }

  /** What each registration was told: its match count, and its matches as (registration, registration, kind). */
  async function outcome(responses: Array<{ json(): { id: string; matches: number } }>) {
    const ids = responses.map((r) => r.json().id);
    const rows = await t.database.db.selectFrom('signal_matches').select(['signal_id', 'other_signal_id', 'kind']).where('signal_id', 'in', ids).execute();
    return {
      counts: responses.map((r) => r.json().matches),
      matches: rows.map((m) => `${ids.indexOf(m.signal_id)}>${ids.indexOf(m.other_signal_id)}:${m.kind}`).sort(),
    };
  }

  it('are matched exactly as if registered one after another, in the order they arrived', async () => {
    const registration = fc.record({ who: fc.integer({ min: 0, max: 2 }), child: fc.integer({ min: 0, max: 2 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(registration, { minLength: 2, maxLength: 8 }), async (registrations) => {
        const clients = [ib, poh, mw];
        const send = (bsns: string[], r: { who: number; child: number }) => clients[r.who]!.post('/api/v1/signals', { bsn: bsns[r.child], domain: 'development' });
        const together = await children();
        const concurrent = await Promise.all(registrations.map((r) => send(together, r)));
        expect(concurrent.every((r) => r.statusCode === 201)).toBe(true);
        // The order in which they reached the registry is the order of their audit entries.
        const ids = concurrent.map((r) => r.json().id);
        const audited = await t.database.db.selectFrom('audit_events').select('resource_id').where('resource', '=', 'signal').where('resource_id', 'in', ids).orderBy('seq').execute();
        const arrival = audited.map((a) => ids.indexOf(a.resource_id!));
        expect([...arrival].sort()).toEqual(registrations.map((_, i) => i));
        const oneByOne = await children();
        const sequential = [];
        for (const i of arrival) sequential.push(await send(oneByOne, registrations[i]!));
        expect(await outcome(arrival.map((i) => concurrent[i]!))).toEqual(await outcome(sequential));
      }),
      { numRuns: 15 },
    );
  });
});

