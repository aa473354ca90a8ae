import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from '../../../../test/helpers/app.js';
import { addDays, ageOn, dayOf } from '../../platform/dates.js';
import { isEntitled, requiredGivers } from './rules.js';

/** The birth date that makes a child exactly `years` old on `day` (its birthday). */
const birthdayYearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;

describe('who gives consent, by age on the day', () => {
  const day = '2026-06-15';
  it.each([
    [11, ['parent']],
    [12, ['parent', 'young-person']],
    [15, ['parent', 'young-person']],
    [16, ['young-person']],
  ])('on the %i-th birthday itself: %j', (age, givers) => {
    expect(requiredGivers(birthdayYearsBefore(day, age as number), day)).toEqual(givers);
  });

  it('the day before the 12th and 16th birthday still counts as the younger age', () => {
    expect(requiredGivers(addDays(birthdayYearsBefore(day, 12), 1), day)).toEqual(['parent']);
    expect(requiredGivers(addDays(birthdayYearsBefore(day, 16), 1), day)).toEqual(['parent', 'young-person']);
  });

  it('an unborn child: the parents', () => {
    expect(requiredGivers(null, day)).toEqual(['parent']);
  });

  it('holds for every birth date and day: exactly the required givers are entitled', () => {
    const dates = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(dates, dates, fc.subarray(['parent', 'young-person'] as const, { minLength: 1 }), (birth, day, given) => {
        fc.pre(birth <= day);
        const age = ageOn(birth, day);
        const expected = age < 12 ? ['parent'] : age < 16 ? ['parent', 'young-person'] : ['young-person'];
        expect(isEntitled(given, birth, day)).toBe(expected.length === given.length && expected.every((g) => given.includes(g as never)));
      }),
    );
  });
});

describe('recording and withdrawing consent', () => {
  let t: TestApp;
  let ib: SignedInClient;
  let poh: SignedInClient;
  beforeAll(async () => {
    t = await createTestApp();
    [ib, poh] = await Promise.all([t.signIn('ib.zuiderbreedte@dichtbij.example'), t.signIn('poh.gieten@dichtbij.example')]);
  });
  afterAll(() => t.close());

  const today = () => dayOf(t.clock.now());

  it('consent given by someone not entitled at the child\'s age is refused, naming the rule', async () => {
    const birthDate = birthdayYearsBefore(today(), 12);
    const child = (await ib.post('/api/v1/children', { givenName: 'Lotte', familyName: 'Mulder', birthDate, municipalityCode: 'GM0118' })).json();
    const parentsOnly = await ib.post('/api/v1/consents', { childId: child.id, givenBy: ['parent'], organisationIds: poh.user.organisationIds, purpose: 'Overleg', validFrom: today() });
    expect(parentsOnly.statusCode).toBe(400);
    expect(parentsOnly.json().invalidParams[0]).toMatchObject({ name: 'givenBy', code: 'not-entitled' });
    expect(parentsOnly.json().invalidParams[0].reason).toMatch(/12 tot 16 jaar/);
    const together = await ib.post('/api/v1/consents', { childId: child.id, givenBy: ['parent', 'young-person'], organisationIds: poh.user.organisationIds, purpose: 'Overleg', validFrom: today() });
    expect(together.statusCode).toBe(201);
  });

  it('withdrawal ends the involvements the consent carried: the POH-jeugd loses access at once', async () => {
    const child = (await ib.post('/api/v1/children', { givenName: 'Daan', familyName: 'Visser', birthDate: birthdayYearsBefore(today(), 6), municipalityCode: 'GM1680' })).json();
    const family = (await ib.post('/api/v1/families', { childIds: [child.id], guardians: [{ givenName: 'Eva', familyName: 'Visser', hasParentalAuthority: true }] })).json();
    const plan = (await ib.post('/api/v1/plans', { familyId: family.id, coordinatorId: ib.user.id })).json();
    const consent = (await ib.post('/api/v1/consents', { childId: child.id, givenBy: ['parent'], organisationIds: poh.user.organisationIds, purpose: 'Kinderen eerst', validFrom: today() })).json();
    expect((await ib.post(`/api/v1/plans/${plan.id}/team-members`, { professionalId: poh.user.id })).statusCode).toBe(201);
    expect((await poh.get(`/api/v1/children/${child.id}`)).statusCode).toBe(200);

    const withdrawn = await ib.post(`/api/v1/consents/${consent.id}/withdrawal`, { reason: 'Ouders willen het zelf met de huisarts bespreken' });
    expect(withdrawn.statusCode).toBe(201);
    expect(withdrawn.json().endedInvolvements).toBe(1);
    expect((await poh.get(`/api/v1/children/${child.id}`)).statusCode).toBe(404);
    expect((await poh.get(`/api/v1/families/${family.id}`)).statusCode).toBe(404);
    const again = await ib.post(`/api/v1/consents/${consent.id}/withdrawal`, { reason: 'nogmaals' });
    expect(again.statusCode).toBe(409);
  });

  it('an expired consent no longer lets a new team member in', async () => {
    const child = (await ib.post('/api/v1/children', { givenName: 'Noor', familyName: 'Smit', birthDate: birthdayYearsBefore(today(), 4), municipalityCode: 'GM0118' })).json();
    const family = (await ib.post('/api/v1/families', { childIds: [child.id], guardians: [] })).json();
    const plan = (await ib.post('/api/v1/plans', { familyId: family.id, coordinatorId: ib.user.id })).json();
    await ib.post('/api/v1/consents', { childId: child.id, givenBy: ['parent'], organisationIds: poh.user.organisationIds, purpose: 'Kort', validFrom: addDays(today(), -30), validUntil: addDays(today(), -1) });
    const add = await ib.post(`/api/v1/plans/${plan.id}/team-members`, { professionalId: poh.user.id });
    expect(add.statusCode).toBe(409);
    const onLegalGround = await ib.post(`/api/v1/plans/${plan.id}/team-members`, { professionalId: poh.user.id, legalGround: 'meldcode' });
    expect(onLegalGround.statusCode).toBe(201);
  });
});
