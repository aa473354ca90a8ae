import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from '../../../../test/helpers/app.js';
import { dayOf } from '../../platform/dates.js';

let t: TestApp;
let ib: SignedInClient;
let poh: SignedInClient;
let toegang: SignedInClient;
let beleid: SignedInClient;
let gpPractice: string;
let school: string;
let provider: string;

const orgId = async (name: string) => (await t.database.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
const today = () => dayOf(t.clock.now());
const yearsAgo = (years: number, days = 0) => {
  const d = new Date(`${today()}T12:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

beforeAll(async () => {
  t = await createTestApp();
  [ib, poh, toegang, beleid] = await Promise.all([
    t.signIn('ib.zuiderbreedte@dichtbij.example'),
    t.signIn('poh.gieten@dichtbij.example'),
    t.signIn('toegang.emmen@dichtbij.example'),
    t.signIn('beleid.hoogeveen@dichtbij.example'),
  ]);
  gpPractice = poh.user.organisationIds[0]!;
  school = await orgId('Brede school De Zuiderbreedte');
  provider = (await t.database.db.selectFrom('organisations').select('id').where('kind', '=', 'youth-care-provider').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

async function registerFamily(client: SignedInClient, birthDate = yearsAgo(8), municipalityCode = 'GM0114') {
  const child = await client.post('/api/v1/children', { givenName: 'Sem', familyName: 'Bakker', birthDate, municipalityCode, schoolId: school });
  expect(child.statusCode, child.body).toBe(201);
  const family = await client.post('/api/v1/families', { childIds: [child.json().id], guardians: [{ givenName: 'Anouk', familyName: 'Bakker', hasParentalAuthority: true }] });
  expect(family.statusCode, family.body).toBe(201);
  return { childId: child.json().id as string, familyId: family.json().id as string };
}

describe('one family, one plan, one coordinator', () => {
  it('the intern begeleider registers a family, records consent and invites the POH-jeugd, who then sees the family; the policy officer never does', async () => {
    const { childId, familyId } = await registerFamily(ib);
    expect((await poh.get(`/api/v1/families/${familyId}`)).statusCode).toBe(404);

    const plan = await ib.post('/api/v1/plans', { familyId, coordinatorId: ib.user.id });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json().id;

    const withoutConsent = await ib.post(`/api/v1/plans/${planId}/team-members`, { professionalId: poh.user.id });
    expect(withoutConsent.statusCode).toBe(409);
    expect(withoutConsent.json().code).toBe('consent-required');

    const consent = await ib.post('/api/v1/consents', { childId, givenBy: ['parent'], organisationIds: [gpPractice], purpose: 'Samenwerking met de POH-jeugd', validFrom: today() });
    expect(consent.statusCode, consent.body).toBe(201);
    const invited = await ib.post(`/api/v1/plans/${planId}/team-members`, { professionalId: poh.user.id });
    expect(invited.statusCode, invited.body).toBe(201);

    const seen = await poh.get(`/api/v1/families/${familyId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().plan.coordinator.id).toBe(ib.user.id);
    expect(seen.json().plan.team.map((m: { id: string }) => m.id).sort()).toEqual([ib.user.id, poh.user.id].sort());
    expect(seen.json().children[0].bsnMasked).toBeNull();

    const policy = await beleid.get(`/api/v1/children/${childId}`);
    expect(policy.statusCode).toBe(403);
    const denied = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', beleid.user.id).where('outcome', '=', 'denied').execute();
    expect(denied.length).toBeGreaterThan(0);

    const allowedReads = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', poh.user.id).where('subject_id', '=', childId).where('outcome', '=', 'allowed').execute();
    expect(allowedReads.map((r) => r.action)).toContain('read');
  });

  it('a second open plan and a second coordinator are refused', async () => {
    const { familyId } = await registerFamily(ib);
    expect((await ib.post('/api/v1/plans', { familyId, coordinatorId: ib.user.id })).statusCode).toBe(201);
    const second = await ib.post('/api/v1/plans', { familyId, coordinatorId: ib.user.id });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('plan-exists');
  });

  it('coordination is handed over only when the new coordinator accepts', async () => {
    const { childId, familyId } = await registerFamily(ib);
    const planId = (await ib.post('/api/v1/plans', { familyId, coordinatorId: ib.user.id })).json().id;
    await ib.post('/api/v1/consents', { childId, givenBy: ['parent'], organisationIds: [gpPractice], purpose: 'Regie bij de POH', validFrom: today() });
    await ib.post(`/api/v1/plans/${planId}/team-members`, { professionalId: poh.user.id });
    const handover = await ib.post(`/api/v1/plans/${planId}/handovers`, { toProfessionalId: poh.user.id, note: 'Zorgen liggen vooral thuis' });
    expect(handover.statusCode, handover.body).toBe(201);
    expect((await ib.get(`/api/v1/plans/${planId}`)).json().coordinator.id).toBe(ib.user.id);
    const accepted = await poh.post(`/api/v1/handovers/${handover.json().id}/acceptance`);
    expect(accepted.statusCode, accepted.body).toBe(201);
    const plan = (await poh.get(`/api/v1/plans/${planId}`)).json();
    expect(plan.coordinator.id).toBe(poh.user.id);
    expect(plan.coordinatorHistory).toHaveLength(2);
  });

  it('support scales up to specialist care only through the access team, and every level change is recorded', async () => {
    const { childId, familyId } = await registerFamily(ib);
    const planId = (await ib.post('/api/v1/plans', { familyId, coordinatorId: ib.user.id })).json().id;
    const light = await ib.post(`/api/v1/plans/${planId}/episodes`, { childId, level: 1, providerOrganisationId: school, startedOn: today(), referrer: '01', formOfHelp: '01' });
    expect(light.statusCode, light.body).toBe(201);
    expect(light.json().status).toBe('active');
    const up = await ib.post(`/api/v1/episodes/${light.json().id}/level-changes`, { toLevel: 2, reason: 'Meer nodig' });
    expect(up.json().decision).toBe('not-needed');
    const specialist = await ib.post(`/api/v1/episodes/${light.json().id}/level-changes`, { toLevel: 3, reason: 'Veiligheid thuis' });
    expect(specialist.statusCode, specialist.body).toBe(201);
    expect(specialist.json().decision).toBe('pending');

    const queue = await toegang.get('/api/v1/access-requests');
    expect(queue.json().items.map((r: { id: string }) => r.id)).toContain(specialist.json().id);
    const decided = await toegang.post(`/api/v1/access-requests/${specialist.json().id}/decision`, { approved: true, reason: 'Passend' });
    expect(decided.statusCode, decided.body).toBe(201);

    const plan = (await ib.get(`/api/v1/plans/${planId}`)).json();
    const episode = plan.episodes[0];
    expect(episode.level).toBe(3);
    expect(episode.levelChanges.at(-1)).toMatchObject({ decision: 'approved', decidedOn: today(), effectiveOn: today() });
    expect(episode.levelChanges.map((c: { direction: string }) => c.direction)).toEqual(['start', 'up', 'up']);

    const early = await ib.patch(`/api/v1/episodes/${episode.id}`, { endedOn: yearsAgo(1), endReason: '01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().invalidParams[0]).toMatchObject({ name: 'endedOn', code: 'before-started' });
  });

  it('bad input names the field and the rule in Dutch, and writes nothing', async () => {
    const before = await t.database.db.selectFrom('children').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const badBsn = await ib.post('/api/v1/children', { bsn: '123456789', givenName: 'A', familyName: 'B', birthDate: yearsAgo(3), municipalityCode: 'GM0118' });
    expect(badBsn.statusCode).toBe(400);
    expect(badBsn.json().invalidParams[0]).toMatchObject({ name: 'bsn', code: 'eleven-test' });
    expect(badBsn.json().invalidParams[0].reason).toMatch(/elfproef/);
    const future = await ib.post('/api/v1/children', { givenName: 'A', familyName: 'B', birthDate: yearsAgo(-1), municipalityCode: 'GM0118' });
    expect(future.json().invalidParams[0]).toMatchObject({ name: 'birthDate', code: 'in-future' });
    const level = await ib.post('/api/v1/plans/00000000-0000-4000-8000-000000000000/episodes', { childId: '00000000-0000-4000-8000-000000000000', level: 4, providerOrganisationId: provider });
    expect(level.statusCode).toBe(400);
    expect(level.json().invalidParams[0]).toMatchObject({ name: 'level', code: 'max' });
    const after = await t.database.db.selectFrom('children').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('the family can ask for everything held on them, including who looked at their file', async () => {
    const { familyId } = await registerFamily(ib);
    const json = await ib.get(`/api/v1/families/${familyId}/export`);
    expect(json.statusCode).toBe(200);
    expect(json.json().accessLog.some((a: { who: string }) => a.who === ib.user.name)).toBe(true);
    const html = await ib.get(`/api/v1/families/${familyId}/export?format=html`);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('Wie heeft het dossier ingezien');
  });
});
