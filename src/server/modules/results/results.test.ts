import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from '../../../../test/helpers/app.js';
import { checkPermissionMatrix } from '../../../../test/helpers/permissions.js';
import { dayOf } from '../../platform/dates.js';
import { type YearValue, yearValues } from './indicators.js';
import { expectedOn } from './status.js';

// The indicator engine is read through one function; here it answers what each test needs.
vi.mock('./indicators.js', async (importOriginal) => ({ ...(await importOriginal<typeof import('./indicators.js')>()), yearValues: vi.fn() }));
const engine = vi.mocked(yearValues);

let t: TestApp;
let beleid: SignedInClient;
let beheerder: SignedInClient;
let ryanLead: SignedInClient;
let drentheLead: SignedInClient;
let ib: SignedInClient;
let k4kId: string;
let ryanId: string;

interface Agreement {
  id: string;
  indicator: { code: string; name: string };
  area: { code: string; name: string; level: string };
  programme: { id: string; name: string } | null;
  baseline: { value: number; on: string };
  target: { value: number; on: string };
  direction: 'higher' | 'lower';
  agreedBy: string;
  note: string | null;
  current: { value: number | null; period: string; suppressed: boolean } | null;
  expected: number;
  status: string;
  canManage: boolean;
}

const literacyHoogeveen = async (client: SignedInClient) =>
  ((await client.get('/api/v1/result-agreements?area=GM0118&indicator=LIT-START')).json().items as Agreement[]).find((a) => a.agreedBy === 'Gemeente Hoogeveen en schoolbesturen')!;
const agreementCount = async () => Number((await t.database.db.selectFrom('result_agreements').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const valid = {
  indicatorCode: 'BASIS-SOLVED', areaCode: 'GM0118', baselineValue: 60, baselineOn: '2024-01-01', targetValue: 70, targetOn: '2027-01-01',
  direction: 'higher', agreedBy: 'Gemeente Hoogeveen en het sociaal team',
};

beforeAll(async () => {
  t = await createTestApp();
  [beleid, beheerder, ryanLead, drentheLead, ib] = await Promise.all([
    t.signIn('beleid.hoogeveen@dichtbij.example'),
    t.signIn('beheerder@dichtbij.example'),
    t.signIn('programma.samenvoorryan@dichtbij.example'),
    t.signIn('penvoerder.drenthe@dichtbij.example'),
    t.signIn('ib.zuiderbreedte@dichtbij.example'),
  ]);
  const programmes = await t.database.db.selectFrom('programmes').select(['id', 'name']).execute();
  k4kId = programmes.find((p) => p.name === 'Kansen4Kinderen')!.id;
  ryanId = programmes.find((p) => p.name === 'Samen voor Ryan')!.id;
});
afterAll(() => t.close());
beforeEach(() => {
  engine.mockReset();
  engine.mockResolvedValue([]);
});

describe('reading result agreements', () => {
  it('anyone with monitoring:read sees the demo agreements of Hoogeveen, with indicator, area and who agreed', async () => {
    const r = await ib.get('/api/v1/result-agreements?area=GM0118');
    expect(r.statusCode).toBe(200);
    const items = r.json().items as Agreement[];
    expect(items.map((a) => [a.indicator.code, a.direction])).toEqual(expect.arrayContaining([['LIT-START', 'higher'], ['SPEC-USE', 'lower']]));
    const literacy = items.find((a) => a.indicator.code === 'LIT-START')!;
    expect(literacy).toMatchObject({
      indicator: { code: 'LIT-START', name: expect.stringMatching(/groep 3/) },
      area: { code: 'GM0118', name: 'Hoogeveen', level: 'municipality' },
      programme: null,
      baseline: { value: 74, on: '2022-10-01' },
      target: { value: 85, on: '2028-10-01' },
      agreedBy: 'Gemeente Hoogeveen en schoolbesturen',
      canManage: false,
    });
  });

  it('filters by programme and by indicator', async () => {
    const k4k = (await ib.get(`/api/v1/result-agreements?programmeId=${k4kId}`)).json();
    expect(k4k.total).toBe(2);
    expect(k4k.items.map((a: Agreement) => [a.indicator.code, a.area.code, a.programme?.name])).toEqual([
      ['LIT-START', 'PV22', 'Kansen4Kinderen'],
      ['SPEC-USE', 'PV22', 'Kansen4Kinderen'],
    ]);
    const spec = (await ib.get('/api/v1/result-agreements?indicator=SPEC-USE')).json().items as Agreement[];
    expect(spec.every((a) => a.indicator.code === 'SPEC-USE')).toBe(true);
    expect((await ib.get('/api/v1/result-agreements?area=XX99')).json()).toMatchObject({ items: [], total: 0 });
  });

  it('without figures from the engine the status is unknown and expected follows the line to today', async () => {
    const literacy = await literacyHoogeveen(ib);
    expect(literacy).toMatchObject({ current: null, status: 'unknown' });
    const today = dayOf(t.clock.now());
    expect(literacy.expected).toBeCloseTo(expectedOn({ baseline: literacy.baseline, target: literacy.target, direction: 'higher' }, today), 2);
  });

  it('takes the most recent unsuppressed year from this year back to the baseline year, and rates it against the line', async () => {
    const thisYear = Number(dayOf(t.clock.now()).slice(0, 4));
    const figures = (latest: YearValue[]) =>
      engine.mockImplementation(async (_db, code, area, years) => {
        expect([code, area]).toEqual(['LIT-START', 'GM0118']);
        expect(years[0]).toBe(String(thisYear));
        expect(years.at(-1)).toBe('2022');
        return latest;
      });
    // This year's figure is suppressed (too few pupils yet); last year's counts.
    const lastYear = String(thisYear - 1);
    const line = { baseline: { value: 74, on: '2022-10-01' }, target: { value: 85, on: '2028-10-01' }, direction: 'higher' as const };
    const expected = expectedOn(line, `${lastYear}-12-31`);
    figures([{ period: String(thisYear), value: null, suppressed: true }, { period: lastYear, value: expected + 1, suppressed: false }]);
    let literacy = await literacyHoogeveen(ib);
    expect(literacy).toMatchObject({ current: { value: expected + 1, period: lastYear, suppressed: false }, status: 'on-track' });
    expect(literacy.expected).toBeCloseTo(expected, 2);

    figures([{ period: lastYear, value: 75, suppressed: false }]);
    expect((await literacyHoogeveen(ib)).status).toBe('at-risk');
    figures([{ period: lastYear, value: 70, suppressed: false }]);
    expect((await literacyHoogeveen(ib)).status).toBe('off-track');
    // A figure from before the baseline year does not count.
    figures([{ period: '2021', value: 99, suppressed: false }]);
    expect((await literacyHoogeveen(ib)).status).toBe('unknown');

    figures([{ period: String(thisYear), value: null, suppressed: true }]);
    literacy = await literacyHoogeveen(ib);
    expect(literacy).toMatchObject({ current: { value: null, period: String(thisYear), suppressed: true }, status: 'unknown' });
  });

  it('answers 404 for an agreement that does not exist', async () => {
    const r = await ib.get('/api/v1/result-agreements/00000000-0000-4000-8000-000000000000');
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});

describe('recording result agreements', () => {
  it('the policy officer of Hoogeveen records one for Hoogeveen and for a neighbourhood in it; the entry is audited', async () => {
    const r = await beleid.post('/api/v1/result-agreements', { ...valid, note: 'Eerst in de basis' });
    expect(r.statusCode, r.body).toBe(201);
    const { id } = r.json();
    const created = (await beleid.get(`/api/v1/result-agreements/${id}`)).json() as Agreement;
    expect(created).toMatchObject({
      indicator: { code: 'BASIS-SOLVED' }, area: { code: 'GM0118' }, baseline: { value: 60, on: '2024-01-01' }, target: { value: 70, on: '2027-01-01' },
      direction: 'higher', agreedBy: valid.agreedBy, note: 'Eerst in de basis', canManage: true, status: 'unknown',
    });
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('resource', '=', 'result-agreement').where('resource_id', '=', id).execute();
    expect(audit).toMatchObject([{ action: 'create', outcome: 'allowed', actor_id: beleid.user.id }]);

    const krakeel = await beleid.post('/api/v1/result-agreements', { ...valid, areaCode: 'WK011801' });
    expect(krakeel.statusCode, krakeel.body).toBe(201);
  });

  it('refuses her an area outside Hoogeveen, or above it, with a Dutch 403 in the audit trail and nothing written', async () => {
    const before = await agreementCount();
    for (const areaCode of ['GM0080', 'PV22', 'NL']) {
      const r = await beleid.post('/api/v1/result-agreements', { ...valid, areaCode });
      expect(r.statusCode, areaCode).toBe(403);
      expect(r.json()).toMatchObject({ code: 'outside-area', detail: 'U kunt alleen resultaatafspraken vastleggen voor uw eigen gebied en de gebieden daarbinnen.' });
    }
    expect(await agreementCount()).toBe(before);
    const refusals = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', beleid.user.id).where('resource', '=', 'result-agreement').where('outcome', '=', 'denied').execute();
    expect(refusals).toHaveLength(3);
    expect(refusals[0]).toMatchObject({ action: 'create', context: expect.objectContaining({ reason: 'outside-area', areaCode: 'GM0080' }) });
  });

  it('a programme lead records agreements for the programme her organisation leads, and only for it', async () => {
    const ryan = await ryanLead.post('/api/v1/result-agreements', { ...valid, areaCode: 'GM1708', programmeId: ryanId, agreedBy: 'Netwerk Samen voor Ryan' });
    expect(ryan.statusCode, ryan.body).toBe(201);
    expect((await ryanLead.get(`/api/v1/result-agreements/${ryan.json().id}`)).json()).toMatchObject({ programme: { id: ryanId, name: 'Samen voor Ryan' }, canManage: true });

    const other = await ryanLead.post('/api/v1/result-agreements', { ...valid, areaCode: 'PV22', programmeId: k4kId });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'not-programme-lead', detail: expect.stringMatching(/programma dat uw organisatie leidt/) });
    expect((await ryanLead.post('/api/v1/result-agreements', { ...valid, areaCode: 'GM1708' })).statusCode).toBe(403);

    // The lead of Kansen4Kinderen manages its demo agreements; the policy officer of Hoogeveen does not.
    const k4k = (await drentheLead.get(`/api/v1/result-agreements?programmeId=${k4kId}`)).json().items as Agreement[];
    expect(k4k.every((a) => a.canManage)).toBe(true);
    const changed = await drentheLead.patch(`/api/v1/result-agreements/${k4k[0]!.id}`, { note: 'Herijkt in de stuurgroep' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().note).toBe('Herijkt in de stuurgroep');
    expect((await beleid.patch(`/api/v1/result-agreements/${k4k[0]!.id}`, { note: 'x' })).statusCode).toBe(403);
  });

  it('the platform administrator records anything', async () => {
    const r = await beheerder.post('/api/v1/result-agreements', { ...valid, areaCode: 'GM0080', programmeId: k4kId });
    expect(r.statusCode, r.body).toBe(201);
  });

  it('refuses unknown references, a target date before the baseline and a target against the direction, listing every field', async () => {
    const before = await agreementCount();
    const unknown = await beleid.post('/api/v1/result-agreements', { ...valid, indicatorCode: 'FOO', areaCode: 'XX99', programmeId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams).toEqual([
      { name: 'indicatorCode', code: 'unknown-indicator', reason: 'Deze indicator bestaat niet.' },
      { name: 'areaCode', code: 'unknown-area', reason: 'Dit gebied bestaat niet.' },
      { name: 'programmeId', code: 'unknown-programme', reason: 'Dit programma bestaat niet.' },
    ]);
    const early = await beleid.post('/api/v1/result-agreements', { ...valid, targetOn: '2023-12-31' });
    expect(early.json().invalidParams).toEqual([{ name: 'targetOn', code: 'before-baseline', reason: 'De streefdatum moet na de datum van de nulmeting liggen.' }]);
    const lowerUp = await beleid.post('/api/v1/result-agreements', { ...valid, direction: 'lower' });
    expect(lowerUp.statusCode).toBe(400);
    expect(lowerUp.json().invalidParams).toEqual([{ name: 'direction', code: 'direction-mismatch', reason: 'Bij de richting lower (lager is beter) kan het streefdoel niet hoger zijn dan de nulmeting.' }]);
    const missing = await beleid.post('/api/v1/result-agreements', { indicatorCode: 'LIT-START' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['areaCode', 'baselineValue', 'direction', 'agreedBy']));
    expect(await agreementCount()).toBe(before);
  });
});

describe('changing and removing result agreements', () => {
  it('she changes the target of her own agreement; the change is checked as a whole and may not leave her area', async () => {
    const { id } = (await beleid.post('/api/v1/result-agreements', valid)).json();
    const r = await beleid.patch(`/api/v1/result-agreements/${id}`, { targetValue: 75, targetOn: '2028-01-01' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ id, target: { value: 75, on: '2028-01-01' }, baseline: { value: 60 } });
    expect((await beleid.patch(`/api/v1/result-agreements/${id}`, { direction: 'lower' })).json().invalidParams[0]).toMatchObject({ name: 'direction', code: 'direction-mismatch' });
    expect((await beleid.patch(`/api/v1/result-agreements/${id}`, { baselineOn: '2029-01-01' })).json().invalidParams[0]).toMatchObject({ name: 'targetOn' });
    const away = await beleid.patch(`/api/v1/result-agreements/${id}`, { areaCode: 'GM0080' });
    expect(away.statusCode).toBe(403);
    expect((await beleid.get(`/api/v1/result-agreements/${id}`)).json().area.code).toBe('GM0118');
    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'outcome']).where('resource', '=', 'result-agreement').where('resource_id', '=', id).orderBy('at').execute();
    expect(audit).toEqual([{ action: 'create', outcome: 'allowed' }, { action: 'update', outcome: 'allowed' }, { action: 'update', outcome: 'denied' }]);
    expect((await beleid.patch('/api/v1/result-agreements/00000000-0000-4000-8000-000000000000', { note: 'x' })).statusCode).toBe(404);
  });

  it('she removes her agreement: 204, then 404; another area\'s agreement stays', async () => {
    const { id } = (await beleid.post('/api/v1/result-agreements', valid)).json();
    expect((await beleid.delete(`/api/v1/result-agreements/${id}`)).statusCode).toBe(204);
    expect((await beleid.get(`/api/v1/result-agreements/${id}`)).statusCode).toBe(404);
    const audit = await t.database.db.selectFrom('audit_events').select(['action', 'outcome']).where('resource_id', '=', id).where('action', '=', 'delete').execute();
    expect(audit).toEqual([{ action: 'delete', outcome: 'allowed' }]);

    const k4k = (await beleid.get(`/api/v1/result-agreements?programmeId=${k4kId}`)).json().items as Agreement[];
    const r = await beleid.delete(`/api/v1/result-agreements/${k4k[0]!.id}`);
    expect(r.statusCode).toBe(403);
    expect((await beleid.get(`/api/v1/result-agreements/${k4k[0]!.id}`)).statusCode).toBe(200);
  });

  it('reading is for every role, recording for administrators, policy officers and programme leads', async () => {
    await checkPermissionMatrix(t, [
      ['GET', '/api/v1/result-agreements', 'monitoring:read'],
      ['GET', '/api/v1/result-agreements/:id', 'monitoring:read'],
      ['POST', '/api/v1/result-agreements', 'results:manage'],
      ['PATCH', '/api/v1/result-agreements/:id', 'results:manage'],
      ['DELETE', '/api/v1/result-agreements/:id', 'results:manage'],
    ]);
    const r = await ib.post('/api/v1/result-agreements', valid);
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('forbidden');
  });
});
