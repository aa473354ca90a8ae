import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from '../../../../test/helpers/app.js';
import { addWorkingDays, dayOf, isWorkingDay } from '../../platform/dates.js';

let t: TestApp;
let poh: SignedInClient;
let mw: SignedInClient;
let ib: SignedInClient;
let beheerder: SignedInClient;
let beleid: SignedInClient;
let kinderenEerst: { id: string; outcomes: string[] };
let vroegErbij: { id: string };
const today = () => dayOf(t.clock.now());

async function signInAll() {
  [poh, mw, ib, beheerder, beleid] = await Promise.all(
    ['poh.gieten', 'mw.aaenhunze', 'ib.zuiderbreedte', 'beheerder', 'beleid.hoogeveen'].map((n) => t.signIn(`${n}@dichtbij.example`)),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  await signInAll();
  const pathways = (await poh.get('/api/v1/pathways')).json().items;
  kinderenEerst = pathways.find((p: { name: string }) => p.name === 'Kinderen eerst');
  vroegErbij = pathways.find((p: { name: string }) => p.name === 'Vroeg erbij op school');
});
afterAll(() => t.close());

async function kinderenEerstRequest(birthDate = '2017-09-09') {
  const child = (await poh.post('/api/v1/children', { givenName: 'Bram', familyName: 'Wolters', birthDate, municipalityCode: 'GM1680' })).json();
  const welfare = mw.user.organisationIds;
  expect((await poh.post('/api/v1/consents', { childId: child.id, givenBy: ['parent'], organisationIds: welfare, purpose: 'Kinderen eerst: gesprek met maatschappelijk werk', validFrom: today() })).statusCode).toBe(201);
  const request = await poh.post('/api/v1/requests', { childId: child.id, pathwayId: kinderenEerst.id, entryPoint: 'gp-practice', note: 'Zorgen over slaap en stemming' });
  expect(request.statusCode, request.body).toBe(201);
  return { childId: child.id as string, requestId: request.json().id as string, dueOn: request.json().stepDueOn as string };
}

describe('working days', () => {
  it('skip weekends and Dutch public holidays', () => {
    expect(isWorkingDay('2026-04-06')).toBe(false); // Tweede paasdag
    expect(isWorkingDay('2026-04-27')).toBe(false); // Koningsdag
    expect(isWorkingDay('2026-12-26')).toBe(false);
    expect(addWorkingDays('2026-04-02', 2)).toBe('2026-04-07'); // Thursday + Good Friday (a working day) + Easter Monday
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15'); // Ascension Day
  });
});

describe('a request on the Kinderen eerst pathway', () => {
  it('runs from the GP practice to the social worker and ends as advice, and shows in the flow', async () => {
    const { childId, requestId, dueOn } = await kinderenEerstRequest();
    expect(dueOn).toBe(addWorkingDays(today(), 10));

    const inbox = (await mw.get('/api/v1/inbox')).json().items;
    expect(inbox.some((i: { type: string; id: string }) => i.type === 'request-task' && i.id === requestId)).toBe(true);
    expect((await mw.get(`/api/v1/children/${childId}`)).statusCode).toBe(404);

    const contact = await mw.post(`/api/v1/requests/${requestId}/first-contact`, { note: 'Gesprek met moeder gehad' });
    expect(contact.statusCode, contact.body).toBe(201);
    expect(contact.json().involved).toBe(true);
    expect((await mw.get(`/api/v1/children/${childId}`)).statusCode).toBe(200);

    const notAllowed = await mw.post(`/api/v1/requests/${requestId}/outcome`, { outcome: 'special-education' });
    expect(notAllowed.statusCode).toBe(400);
    expect(notAllowed.json().invalidParams[0]).toMatchObject({ name: 'outcome', code: 'not-in-pathway' });

    const closed = await mw.post(`/api/v1/requests/${requestId}/outcome`, { outcome: 'advice', note: 'Tips voor slaapritme; geen verdere hulp nodig' });
    expect(closed.statusCode, closed.body).toBe(201);
    const request = (await mw.get(`/api/v1/requests/${requestId}`)).json();
    expect(request).toMatchObject({ status: 'closed', outcome: 'advice' });
    expect(request.firstContactAt).not.toBeNull();
    expect(request.decidedAt).not.toBeNull();

    const flow = (await mw.get(`/api/v1/pathways/${kinderenEerst.id}/flow?from=${today()}&to=${today()}`)).json();
    expect(flow.disclosureControlled).toBe(false);
    expect(flow.outcomes.find((o: { outcome: string }) => o.outcome === 'advice').count.value).toBeGreaterThanOrEqual(1);
    const forPolicy = (await beleid.get(`/api/v1/pathways/${kinderenEerst.id}/flow?from=${today()}&to=${today()}`)).json();
    expect(forPolicy.disclosureControlled).toBe(true);
    expect(forPolicy.outcomes.find((o: { outcome: string }) => o.outcome === 'advice').count).toEqual({ value: null, suppressed: true });
  });

  it('an outcome with support opens the family plan and starts an episode at the right level', async () => {
    const { childId, requestId } = await kinderenEerstRequest('2015-01-15');
    await mw.post(`/api/v1/requests/${requestId}/first-contact`, {});
    const outcome = await mw.post(`/api/v1/requests/${requestId}/outcome`, { outcome: 'light-support' });
    expect(outcome.statusCode, outcome.body).toBe(201);
    const child = (await mw.get(`/api/v1/children/${childId}`)).json();
    const family = (await mw.get(`/api/v1/families/${child.familyId}`)).json();
    expect(family.plan.status).toBe('open');
    expect(family.plan.coordinator.id).toBe(mw.user.id);
    expect(family.plan.episodes).toHaveLength(1);
    expect(family.plan.episodes[0]).toMatchObject({ level: 1, status: 'active', referrer: '02', startedOn: today() });
    const request = (await mw.get(`/api/v1/requests/${requestId}`)).json();
    expect(request.episodeId).toBe(family.plan.episodes[0].id);
    expect(request.supportStartedOn).toBe(today());
  });

  it('ambulatory care needs a provider and lands on its waiting list until it starts', async () => {
    const { requestId } = await kinderenEerstRequest('2016-06-01');
    await mw.post(`/api/v1/requests/${requestId}/first-contact`, {});
    const noProvider = await mw.post(`/api/v1/requests/${requestId}/outcome`, { outcome: 'ambulatory' });
    expect(noProvider.statusCode).toBe(400);
    const provider = mw.user.organisationIds[0];
    const ok = await mw.post(`/api/v1/requests/${requestId}/outcome`, { outcome: 'ambulatory', providerOrganisationId: provider });
    expect(ok.statusCode, ok.body).toBe(201);
    const waiting = (await mw.get(`/api/v1/waiting-list?providerOrganisationId=${provider}`)).json().items;
    const entry = waiting.find((w: { episodeId: string }) => w.episodeId === ok.json().episodeId);
    expect(entry).toMatchObject({ level: 2, status: 'planned', daysWaiting: 0, childName: 'Bram Wolters' });
    expect((await poh.get(`/api/v1/waiting-list?providerOrganisationId=${provider}`)).statusCode).toBe(404);
  });

  it('an overdue step shows in the responsible professional\'s inbox, counted in working days', async () => {
    const { requestId } = await kinderenEerstRequest();
    await mw.post(`/api/v1/requests/${requestId}/first-contact`, {});
    t.clock.advance(3 * 86_400_000);
    await signInAll();
    expect((await mw.get('/api/v1/inbox')).json().items.some((i: { type: string; id: string }) => i.type === 'overdue-request' && i.id === requestId)).toBe(false);
    t.clock.advance(20 * 86_400_000);
    await signInAll();
    const overdue = (await mw.get('/api/v1/inbox')).json().items.find((i: { type: string; id: string }) => i.type === 'overdue-request' && i.id === requestId);
    expect(overdue).toBeDefined();
    expect(overdue.step).toBe('Uitkomst bespreken met gezin en huisarts');
  });
});

describe('school support team', () => {
  it('a request through the team shows on its board; the team plans a meeting and records the outcome per request', async () => {
    const team = (await ib.get('/api/v1/support-teams')).json().items[0];
    expect(team.name).toBe('Ondersteuningsteam De Zuiderbreedte');
    const child = (await ib.post('/api/v1/children', { givenName: 'Isa', familyName: 'Koster', birthDate: '2018-04-04', municipalityCode: 'GM0118' })).json();
    const request = (await ib.post('/api/v1/requests', { childId: child.id, pathwayId: vroegErbij.id, entryPoint: 'school-support-team', teamId: team.id })).json();
    const board = (await ib.get(`/api/v1/support-teams/${team.id}/board`)).json();
    expect(board.queue.map((r: { id: string }) => r.id)).toContain(request.id);
    expect(board.members.length).toBeGreaterThanOrEqual(2);
    const past = await ib.post(`/api/v1/support-teams/${team.id}/meetings`, { scheduledOn: '2020-01-01', attendeeIds: [], requestIds: [] });
    expect(past.statusCode).toBe(400);
    const meeting = await ib.post(`/api/v1/support-teams/${team.id}/meetings`, { scheduledOn: addWorkingDays(today(), 3), attendeeIds: board.members.map((m: { id: string }) => m.id), requestIds: [request.id] });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const recorded = await ib.request({ method: 'PUT', url: `/api/v1/meetings/${meeting.json().id}/items/${request.id}`, payload: { outcome: 'Jeugdverpleegkundige doet huisbezoek', followUpOn: addWorkingDays(today(), 20) } });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const after = (await ib.get(`/api/v1/support-teams/${team.id}/board`)).json();
    expect(after.meetings[0].items[0]).toMatchObject({ requestId: request.id, outcome: 'Jeugdverpleegkundige doet huisbezoek' });
    expect((await poh.get(`/api/v1/support-teams/${team.id}/board`)).statusCode).toBe(403);
    const refused = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', poh.user.id).where('resource_id', '=', team.id).execute();
    expect(refused.map((r) => r.outcome)).toEqual(['denied']);
  });
});

describe('pathways are data that a functional administrator edits', () => {
  const valid = { name: 'Testpad', entryPoints: ['parents'], outcomes: ['advice'], steps: [{ name: 'Gesprek', responsibleFunction: 'wijkteammedewerker', deadlineWorkingDays: 5 }] };

  it('the administrator saves a pathway; a pathway without outcomes or a step without a responsible role is refused', async () => {
    const created = await beheerder.post('/api/v1/pathways', valid);
    expect(created.statusCode, created.body).toBe(201);
    const noOutcomes = await beheerder.post('/api/v1/pathways', { ...valid, outcomes: [] });
    expect(noOutcomes.statusCode).toBe(400);
    expect(noOutcomes.json().invalidParams[0].name).toBe('outcomes');
    const noResponsible = await beheerder.post('/api/v1/pathways', { ...valid, steps: [{ name: 'Gesprek', deadlineWorkingDays: 5 }] });
    expect(noResponsible.statusCode).toBe(400);
    expect(noResponsible.json().invalidParams[0]).toMatchObject({ name: 'steps.0.responsibleFunction', code: 'responsible-required' });
    const changed = await beheerder.request({ method: 'PUT', url: `/api/v1/pathways/${created.json().id}`, payload: { ...valid, outcomes: ['advice', 'light-support'] } });
    expect(changed.statusCode).toBe(200);
    expect((await beheerder.get(`/api/v1/pathways/${created.json().id}`)).json().outcomes).toEqual(['advice', 'light-support']);
  });

  it('a professional may not edit pathways', async () => {
    expect((await poh.post('/api/v1/pathways', valid)).statusCode).toBe(403);
  });
});
