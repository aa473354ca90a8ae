import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from './helpers/app.js';
import { dayOf } from '../src/server/platform/dates.js';

/** The plan's invariants hold when many requests arrive at once (meaningful on PostgreSQL, run on both). */
let t: TestApp;
let ib: SignedInClient;
let mw: SignedInClient;
let school: string;

beforeAll(async () => {
  t = await createTestApp();
  [ib, mw] = await Promise.all([t.signIn('ib.zuiderbreedte@dichtbij.example'), t.signIn('mw.aaenhunze@dichtbij.example')]);
  school = (await t.database.db.selectFrom('organisations').select('id').where('name', '=', 'Brede school De Zuiderbreedte').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

const today = () => dayOf(t.clock.now());

async function newFamily() {
  const child = (await ib.post('/api/v1/children', { givenName: 'Finn', familyName: 'de Boer', birthDate: '2017-03-03', municipalityCode: 'GM0118' })).json();
  const family = (await ib.post('/api/v1/families', { childIds: [child.id], guardians: [] })).json();
  return { childId: child.id as string, familyId: family.id as string };
}

const statuses = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode).sort();

describe('plan invariants under concurrent requests', () => {
  it('ten simultaneous requests to open a plan give exactly one plan with exactly one coordinator', async () => {
    const { familyId } = await newFamily();
    const responses = await Promise.all(Array.from({ length: 10 }, () => ib.post('/api/v1/plans', { familyId, coordinatorId: ib.user.id })));
    expect(statuses(responses)).toEqual([201, ...Array(9).fill(409)]);
    const plans = await t.database.db.selectFrom('plans').select('id').where('family_id', '=', familyId).execute();
    expect(plans).toHaveLength(1);
    const coordinators = await t.database.db.selectFrom('coordinators').select('id').where('plan_id', '=', plans[0]!.id).where('ended_at', 'is', null).execute();
    expect(coordinators).toHaveLength(1);
  });

  it('simultaneous hand-overs: one is pending, and accepting it leaves exactly one coordinator', async () => {
    const { familyId } = await newFamily();
    const planId = (await ib.post('/api/v1/plans', { familyId, coordinatorId: ib.user.id })).json().id;
    expect((await ib.post(`/api/v1/plans/${planId}/team-members`, { professionalId: mw.user.id, legalGround: 'safety' })).statusCode).toBe(201);
    const requests = await Promise.all(Array.from({ length: 5 }, () => ib.post(`/api/v1/plans/${planId}/handovers`, { toProfessionalId: mw.user.id })));
    expect(statuses(requests)).toEqual([201, 409, 409, 409, 409]);
    const handoverId = requests.find((r) => r.statusCode === 201)!.json().id;
    const accepts = await Promise.all(Array.from({ length: 4 }, () => mw.post(`/api/v1/handovers/${handoverId}/acceptance`)));
    expect(statuses(accepts)).toEqual([201, 409, 409, 409]);
    const current = await t.database.db.selectFrom('coordinators').select('professional_id').where('plan_id', '=', planId).where('ended_at', 'is', null).execute();
    expect(current).toEqual([{ professional_id: mw.user.id }]);
  });

  it('simultaneous level changes are each recorded, and the recorded changes form one unbroken path to the current level', async () => {
    const { childId, familyId } = await newFamily();
    const planId = (await ib.post('/api/v1/plans', { familyId, coordinatorId: ib.user.id })).json().id;
    const episode = (await ib.post(`/api/v1/plans/${planId}/episodes`, { childId, level: 1, providerOrganisationId: school, startedOn: today() })).json();
    const targets = [0, 2, 1, 2, 0, 1, 2, 0];
    const responses = await Promise.all(targets.map((toLevel) => ib.post(`/api/v1/episodes/${episode.id}/level-changes`, { toLevel })));
    for (const r of responses) expect([201, 400]).toContain(r.statusCode);
    const changes = await t.database.db.selectFrom('level_changes').select(['from_level', 'to_level', 'direction']).where('episode_id', '=', episode.id).orderBy('seq').execute();
    expect(changes).toHaveLength(1 + responses.filter((r) => r.statusCode === 201).length);
    for (let i = 1; i < changes.length; i++) {
      expect(changes[i]!.from_level).toBe(changes[i - 1]!.to_level);
      expect(changes[i]!.direction).toBe(changes[i]!.to_level > changes[i]!.from_level! ? 'up' : 'down');
    }
    const current = await t.database.db.selectFrom('episodes').select('level').where('id', '=', episode.id).executeTakeFirstOrThrow();
    expect(current.level).toBe(changes.at(-1)!.to_level);
  });
});
