import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from '../../../../test/helpers/app.js';
import { checkPermissionMatrix } from '../../../../test/helpers/permissions.js';
import { IMPORT_BODY_LIMIT } from './routes.js';

let t: TestApp;
let beleid: SignedInClient;
let beheerder: SignedInClient;

const POPULATION = 'municipalityCode,ageBand,year,count';
const ASSESSMENTS = 'brin,pupilPseudonym,date,group,sufficient';
const PUBLISHED = 'indicatorCode,areaCode,period,value,source';

type Kind = 'population' | 'assessments' | 'published';
// Each import a second later than the one before, so the log's order is the order of sending.
function send(client: SignedInClient, kind: Kind, csv: string | Buffer, headers: Record<string, string> = {}, query = '') {
  t.clock.advance(1000);
  return client.request({ method: 'POST', url: `/api/v1/imports/${kind}${query}`, payload: csv, headers: { 'content-type': 'text/csv', ...headers } });
}

const count = async (table: 'population' | 'literacy_assessments' | 'published_figures' | 'imports') =>
  Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const lastLog = () => t.database.db.selectFrom('imports').selectAll().orderBy('imported_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
const hoogeveenPopulation = (year: number, band: string) =>
  t.database.db
    .selectFrom('population as p')
    .innerJoin('areas as a', 'a.id', 'p.municipality_id')
    .select(['p.count', 'p.import_id'])
    .where('a.code', '=', 'GM0118')
    .where('p.year', '=', year)
    .where('p.age_band', '=', band as '0-3')
    .executeTakeFirst();

/** Sends a file that must be refused, and checks the answer is Dutch problem+json naming the line. */
async function refused(kind: Kind, csv: string, status = 400) {
  const r = await send(beleid, kind, csv);
  expect(r.statusCode, r.body).toBe(status);
  expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
  return r.json() as { code: string; detail: string; invalidParams: { name: string; code: string; reason: string }[] };
}

beforeAll(async () => {
  t = await createTestApp();
  [beleid, beheerder] = await Promise.all([t.signIn('beleid.hoogeveen@dichtbij.example'), t.signIn('beheerder@dichtbij.example')]);
});
afterAll(() => t.close());

describe('importing population figures', () => {
  it('the policy officer sends a CBS file: 201, the figures replace what was there, and the import is logged and audited', async () => {
    t.clock.advance(1000);
    const csv = `${POPULATION}\nGM0118,0-3,2030,2100\nGM0118,4-11,2030,4700\r\nGM0114,0-3,2030,3900\n`;
    const r = await send(beleid, 'population', csv, { 'content-disposition': 'attachment; filename="C:\\\\data\\\\cbs-2030.csv"' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toEqual({ id: expect.any(String), rows: 3 });
    expect(await hoogeveenPopulation(2030, '0-3')).toEqual({ count: 2100, import_id: r.json().id });

    const log = await lastLog();
    expect(log).toMatchObject({ id: r.json().id, kind: 'population', file_name: 'cbs-2030.csv', byte_size: Buffer.byteLength(csv), row_count: 3, status: 'accepted', error_code: null, imported_by: beleid.user.id });
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('resource', '=', 'import').where('resource_id', '=', r.json().id).execute();
    expect(audit).toMatchObject([{ action: 'import', outcome: 'allowed', actor_id: beleid.user.id, context: expect.objectContaining({ kind: 'population', rows: 3 }) }]);

    // A second file with the same keys replaces the figures, it does not add to them.
    t.clock.advance(1000);
    const again = await send(beleid, 'population', `${POPULATION}\nGM0118,0-3,2030,2150\n`, {}, '?fileName=correctie.csv');
    expect(again.statusCode, again.body).toBe(201);
    expect(await hoogeveenPopulation(2030, '0-3')).toEqual({ count: 2150, import_id: again.json().id });
    expect(await hoogeveenPopulation(2030, '4-11')).toMatchObject({ count: 4700 });
    expect((await lastLog()).file_name).toBe('correctie.csv');
  });

  it('takes a file as spreadsheets save it: a byte order mark, Windows line endings, quotes, a charset in the content type', async () => {
    const csv = `\uFEFF${POPULATION}\r\n"GM0118","12-17",2031,3300\r\n GM0118 ,18-22,2031,2900\r\n`;
    const r = await send(beleid, 'population', csv, { 'content-type': 'text/csv; charset=utf-8' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().rows).toBe(2);
    expect(await hoogeveenPopulation(2031, '18-22')).toMatchObject({ count: 2900 });
  });

  it('refuses a wrong header, naming line 1', async () => {
    const p = await refused('population', 'gemeente,leeftijd,jaar,aantal\nGM0118,0-3,2030,1\n');
    expect(p.code).toBe('csv-invalid');
    expect(p.detail).toBe('Regel 1: de kopregel moet precies municipalityCode,ageBand,year,count zijn (gevonden: gemeente,leeftijd,jaar,aantal).');
    expect(p.invalidParams).toEqual([{ name: 'line 1', code: 'header', reason: expect.stringMatching(/kopregel/) }]);
  });

  it('says so when the file is separated by semicolons', async () => {
    const p = await refused('population', 'municipalityCode;ageBand;year;count\nGM0118;0-3;2030;1\n');
    expect(p.detail).toBe('Regel 1: het bestand gebruikt een puntkomma (;) als scheidingsteken; gebruik een komma (,), zoals in de kopregel municipalityCode,ageBand,year,count.');
    expect(p.invalidParams[0]).toMatchObject({ name: 'line 1', code: 'delimiter' });
    // A good header above semicolon lines: the first such line is named.
    const below = await refused('population', `${POPULATION}\nGM0118,0-3,2030,1\nGM0118;4-11;2030;2\n`);
    expect(below.detail).toMatch(/^Regel 3: het bestand gebruikt een puntkomma/);
  });

  it('refuses an unknown municipality, a negative count, a bad age band and year, naming line and column', async () => {
    expect((await refused('population', `${POPULATION}\nGM0118,0-3,2030,1\nGM9999,0-3,2030,1\n`)).detail).toBe('Regel 3, kolom municipalityCode: gemeente GM9999 is onbekend.');
    const negative = await refused('population', `${POPULATION}\nGM0118,0-3,2030,1\nGM0118,4-11,2030,-5\n`);
    expect(negative.detail).toBe('Regel 3, kolom count: het aantal moet een geheel getal van 0 of meer zijn.');
    expect(negative.invalidParams).toEqual([{ name: 'line 3 / count', code: 'count', reason: 'het aantal moet een geheel getal van 0 of meer zijn.' }]);
    expect((await refused('population', `${POPULATION}\nGM0118,0-4,2030,1\n`)).detail).toBe('Regel 2, kolom ageBand: de leeftijdsgroep moet 0-3, 4-11, 12-17 of 18-22 zijn.');
    expect((await refused('population', `${POPULATION}\nGM0118,0-3,30,1\n`)).detail).toBe('Regel 2, kolom year: het jaar moet uit vier cijfers bestaan, zoals 2025.');
    expect((await refused('population', `${POPULATION}\nWK011801,0-3,2030,1\n`)).detail).toMatch(/^Regel 2, kolom municipalityCode: een gemeentecode is GM/);
  });

  it('refuses a duplicate row and a row with the wrong number of columns, counting blank lines as lines', async () => {
    const duplicate = await refused('population', `${POPULATION}\nGM0118,0-3,2030,1\nGM0118,4-11,2030,2\n\nGM0118,0-3,2030,3\n`);
    expect(duplicate.detail).toBe('Regel 5: deze gemeente, dit jaar en deze leeftijdsgroep staan al op regel 2.');
    expect(duplicate.invalidParams).toEqual([{ name: 'line 5', code: 'duplicate', reason: expect.any(String) }]);
    const columns = await refused('population', `${POPULATION}\nGM0118,0-3,2030,1\nGM0118,4-11,2030\n`);
    expect(columns.detail).toBe('Regel 3: deze regel heeft 3 kolommen, verwacht 4 (municipalityCode,ageBand,year,count).');
  });

  it('lists every error in invalidParams and says how many more there are', async () => {
    const p = await refused('population', `${POPULATION}\nGM0118,0-3,2030,x\nGM9999,0-9,2030,1\nGM0118,0-3,2030,2\n`);
    expect(p.detail).toBe('Regel 2, kolom count: het aantal moet een geheel getal van 0 of meer zijn. Het bestand heeft nog 3 andere fout(en), zie invalidParams. Er is niets ingelezen.');
    expect(p.invalidParams.map((i) => i.name)).toEqual(['line 2 / count', 'line 3 / municipalityCode', 'line 3 / ageBand', 'line 4']);
  });

  it('refuses an empty file, a file with only its header, a file that is not UTF-8 and a body that is not CSV', async () => {
    const empty = await refused('population', '');
    expect(empty).toMatchObject({ code: 'csv-empty', detail: 'Het bestand is leeg. Verwacht: de kopregel municipalityCode,ageBand,year,count en daarna ten minste één regel met gegevens.' });
    expect(empty.invalidParams).toEqual([{ name: 'file', code: 'empty', reason: expect.any(String) }]);
    expect((await refused('population', `${POPULATION}\n\n`)).code).toBe('csv-empty');
    const latin1 = await send(beleid, 'population', Buffer.from(`${POPULATION}\nGM0118,0-3,2030,1 \xe9\n`, 'latin1'));
    expect(latin1.statusCode).toBe(400);
    expect(latin1.json()).toMatchObject({ code: 'csv-encoding', detail: 'Het bestand is geen UTF-8-tekst. Sla het op als CSV in UTF-8.' });
    const json = await beleid.post('/api/v1/imports/population', { municipalityCode: 'GM0118' });
    expect(json.statusCode).toBe(415);
    expect(json.json()).toMatchObject({ code: 'unsupported-media-type', detail: 'Stuur het bestand als CSV, met Content-Type: text/csv.' });
  });

  it('refuses a file over 50 MiB with 413 in Dutch, and logs it', async () => {
    const before = await count('imports');
    const big = Buffer.alloc(IMPORT_BODY_LIMIT + 1, 'a');
    const r = await send(beleid, 'population', big, {}, '?fileName=te-groot.csv');
    expect(r.statusCode).toBe(413);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(r.json()).toMatchObject({ status: 413, code: 'csv-too-large', detail: 'Het bestand is te groot: een import mag hoogstens 50 MiB zijn. Splits het bestand, bijvoorbeeld per jaar.' });
    expect(await count('imports')).toBe(before + 1);
    expect(await lastLog()).toMatchObject({ kind: 'population', file_name: 'te-groot.csv', status: 'refused', error_code: 'csv-too-large', byte_size: IMPORT_BODY_LIMIT + 1 });
  });

  it('takes all or nothing: one bad line leaves the table as it was, and the refusal is logged and audited', async () => {
    const before = await t.database.db.selectFrom('population').selectAll().orderBy('municipality_id').orderBy('year').orderBy('age_band').execute();
    t.clock.advance(1000);
    const p = await refused('population', `${POPULATION}\nGM0118,0-3,2030,9999\nGM0118,4-11,2030,9999\nGM0118,12-17,2030,-1\nGM0114,0-3,2030,9999\n`);
    expect(p.detail).toBe('Regel 4, kolom count: het aantal moet een geheel getal van 0 of meer zijn.');
    expect(await t.database.db.selectFrom('population').selectAll().orderBy('municipality_id').orderBy('year').orderBy('age_band').execute()).toEqual(before);

    const log = await lastLog();
    expect(log).toMatchObject({ kind: 'population', status: 'refused', row_count: 4, error_code: 'csv-invalid', error_detail: p.detail, imported_by: beleid.user.id });
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('resource', '=', 'import').where('resource_id', '=', log.id).execute();
    expect(audit).toMatchObject([{ action: 'import', outcome: 'denied', context: expect.objectContaining({ reason: 'csv-invalid' }) }]);
  });

  it('answers in English when asked', async () => {
    const r = await send(beleid, 'population', `${POPULATION}\nGM0118,0-3,2030,-1\n`, { 'accept-language': 'en' });
    expect(r.json().detail).toBe('Line 2, column count: the count must be a whole number of 0 or more.');
    // The log keeps the Dutch text for the people who read it.
    expect((await lastLog()).error_detail).toBe('Regel 2, kolom count: het aantal moet een geheel getal van 0 of meer zijn.');
  });
});

describe('importing literacy assessments', () => {
  it('takes a school file with ja/nee, true/false and 1/0, and replaces an assessment sent again', async () => {
    const csv = `${ASSESSMENTS}\n12AB00,test-0001,2030-10-01,3,ja\n12AB00,test-0002,2030-10-01,3,nee\n12ac00,test-0001,2030-10-01,3,TRUE\n17FA00,test-0003,2030-10-01,4,0\n`;
    const r = await send(beleid, 'assessments', csv);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().rows).toBe(4);
    const again = await send(beleid, 'assessments', `${ASSESSMENTS}\n12AB00,test-0002,2030-10-01,3,1\n`);
    expect(again.statusCode).toBe(201);
    const rows = await t.database.db.selectFrom('literacy_assessments').select(['pupil_pseudonym', 'sufficient', 'school_group', 'assessed_on']).where('pupil_pseudonym', 'like', 'test-%').orderBy('pupil_pseudonym').orderBy('school_id').execute();
    expect(rows).toHaveLength(4);
    expect(rows.filter((a) => a.pupil_pseudonym === 'test-0002')).toEqual([{ pupil_pseudonym: 'test-0002', sufficient: true, school_group: 3, assessed_on: '2030-10-01' }]);
  });

  it('refuses a BSN as pupil code: a school never sends one', async () => {
    const before = await count('literacy_assessments');
    const p = await refused('assessments', `${ASSESSMENTS}\n12AB00,test-0010,2030-10-01,3,ja\n12AB00,111222333,2030-10-01,3,ja\n`);
    expect(p.detail).toBe('Regel 3, kolom pupilPseudonym: dit lijkt een burgerservicenummer (BSN). Een school stuurt nooit een BSN: gebruik een eigen leerlingcode (pseudoniem).');
    expect(p.invalidParams).toEqual([{ name: 'line 3 / pupilPseudonym', code: 'bsn', reason: expect.any(String) }]);
    expect((await refused('assessments', `${ASSESSMENTS}\n12AB00,leerling 111.222.333,2030-10-01,3,ja\n`)).invalidParams[0]!.code).toBe('bsn');
    // Nine digits that fail the 11-test are an ordinary pupil number.
    expect((await send(beleid, 'assessments', `${ASSESSMENTS}\n12AB00,123456789,2030-10-01,3,ja\n`)).statusCode).toBe(201);
    expect(await count('literacy_assessments')).toBe(before + 1);
  });

  it('refuses an unknown BRIN, an organisation that is no school, a date that does not exist, a wrong group and a wrong yes/no', async () => {
    expect((await refused('assessments', `${ASSESSMENTS}\n99ZZ00,a,2030-10-01,3,ja\n`)).detail).toBe('Regel 2, kolom brin: BRIN 99ZZ00 is geen bekende school.');
    await t.database.db.updateTable('organisations').set({ brin: '98YY00' }).where('name', '=', 'Kinderopvang De Boomhut').execute();
    expect((await refused('assessments', `${ASSESSMENTS}\n98YY00,a,2030-10-01,3,ja\n`)).detail).toBe('Regel 2, kolom brin: BRIN 98YY00 hoort niet bij een school of IKC.');
    expect((await refused('assessments', `${ASSESSMENTS}\n12AB00,a,2030-02-30,3,ja\n`)).detail).toBe('Regel 2, kolom date: de datum moet een bestaande datum zijn in de vorm JJJJ-MM-DD, zoals 2025-10-01.');
    expect((await refused('assessments', `${ASSESSMENTS}\n12AB00,a,1-10-2030,3,ja\n`)).invalidParams[0]!.name).toBe('line 2 / date');
    expect((await refused('assessments', `${ASSESSMENTS}\n12AB00,a,2030-10-01,9,ja\n`)).detail).toBe('Regel 2, kolom group: de groep moet een getal van 1 tot en met 8 zijn.');
    expect((await refused('assessments', `${ASSESSMENTS}\n12AB00,a,2030-10-01,3,misschien\n`)).detail).toBe('Regel 2, kolom sufficient: vul ja of nee in (of true/false, 1/0).');
    expect((await refused('assessments', `${ASSESSMENTS}\n12AB00,${'x'.repeat(65)},2030-10-01,3,ja\n`)).detail).toBe('Regel 2, kolom pupilPseudonym: de leerlingcode moet 1 tot 64 tekens lang zijn.');
    expect((await refused('assessments', `${ASSESSMENTS}\n12AB00,a,2030-10-01,3,ja\n12AB00,b,2030-10-01,3,ja\n12AB00,a,2030-10-01,4,nee\n`)).detail).toBe(
      'Regel 4: deze leerling van deze school op deze datum staat al op regel 2.',
    );
  });

  it('imports 100 000 assessments in one go', async () => {
    const lines = [ASSESSMENTS];
    const schools = ['12AB00', '12AC00', '12AD00', '13BA00', '14CA00'];
    for (let i = 0; i < 100_000; i++) lines.push(`${schools[i % 5]},bulk-${Math.floor(i / 5)},2031-10-01,${3 + (i % 6)},${i % 4 === 0 ? 'nee' : 'ja'}`);
    const started = Date.now();
    const r = await send(beheerder, 'assessments', `${lines.join('\n')}\n`, {}, '?fileName=groot.csv');
    const took = Date.now() - started;
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().rows).toBe(100_000);
    expect(took).toBeLessThan(20_000);
    const sufficient = await t.database.db.selectFrom('literacy_assessments').select((eb) => eb.fn.countAll<number>().as('n')).where('assessed_on', '=', '2031-10-01').where('sufficient', '=', true).executeTakeFirstOrThrow();
    expect(Number(sufficient.n)).toBe(75_000);
  }, 180_000);
});

describe('importing published figures', () => {
  it('takes figures for any known area and period form, with decimals', async () => {
    const csv = `${PUBLISHED}\nSPEC-USE,GM0118,2030,41.5,CBS\nLIT-START,PV22,2030-Q3,"77,5","Inspectie, Staat van het Onderwijs"\nWAIT-FIRST,NL,2030-09,12,Eigen meting\n`;
    const r = await send(beleid, 'published', csv);
    expect(r.statusCode, r.body).toBe(201);
    const rows = await t.database.db.selectFrom('published_figures').select(['indicator_code', 'period', 'value', 'source']).where('period', 'like', '2030%').orderBy('indicator_code').execute();
    expect(rows.map((f) => [f.indicator_code, f.period, Number(f.value), f.source])).toEqual([
      ['LIT-START', '2030-Q3', 77.5, 'Inspectie, Staat van het Onderwijs'],
      ['SPEC-USE', '2030', 41.5, 'CBS'],
      ['WAIT-FIRST', '2030-09', 12, 'Eigen meting'],
    ]);
  });

  it('refuses an unknown indicator or area, a bad period, a value that is no number and a missing source', async () => {
    expect((await refused('published', `${PUBLISHED}\nSPEC-USE,GM0118,2030,1,CBS\nFOO,GM0118,2030,1,CBS\n`)).detail).toBe('Regel 3, kolom indicatorCode: indicator FOO bestaat niet; de codes staan in de lijst van indicatoren.');
    expect((await refused('published', `${PUBLISHED}\nSPEC-USE,XX99,2030,1,CBS\n`)).detail).toBe('Regel 2, kolom areaCode: gebied XX99 is onbekend.');
    expect((await refused('published', `${PUBLISHED}\nSPEC-USE,NL,2030-Q5,1,CBS\n`)).invalidParams[0]!.name).toBe('line 2 / period');
    expect((await refused('published', `${PUBLISHED}\nSPEC-USE,NL,2030,veel,CBS\n`)).detail).toBe('Regel 2, kolom value: de waarde moet een getal zijn, zoals 12.5.');
    expect((await refused('published', `${PUBLISHED}\nSPEC-USE,NL,2030,1,\n`)).invalidParams[0]!.name).toBe('line 2 / source');
    expect((await refused('published', `${PUBLISHED}\nSPEC-USE,NL,2030,1,CBS\nSPEC-USE,NL,2030,2,CBS\n`)).detail).toBe('Regel 3: deze indicator, dit gebied en deze periode staan al op regel 2.');
    expect((await refused('published', `${PUBLISHED}\nSPEC-USE,NL,2030,1,"CBS\n`)).detail).toMatch(/^Regel \d: een aanhalingsteken/);
  });
});

describe('the import log', () => {
  it('lists accepted and refused imports, newest first, with who sent them', async () => {
    const r = await beleid.get('/api/v1/imports?pageSize=5');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ page: 1, pageSize: 5, total: expect.any(Number) });
    expect(body.total).toBeGreaterThan(10);
    const times = body.items.map((i: { importedAt: string }) => i.importedAt);
    expect([...times].sort().reverse()).toEqual(times);

    const refusedOnes = (await beleid.get('/api/v1/imports?status=refused&kind=population&pageSize=100')).json().items;
    expect(refusedOnes.length).toBeGreaterThan(5);
    expect(refusedOnes.find((i: { errorCode: string }) => i.errorCode === 'csv-too-large')).toMatchObject({ fileName: 'te-groot.csv', status: 'refused', importedBy: { id: beleid.user.id } });
    const demo = (await beleid.get('/api/v1/imports?kind=assessments&status=accepted&pageSize=100')).json().items;
    expect(demo.find((i: { fileName: string }) => i.fileName === 'taaltoetsen-scholen-2021-2026.csv')).toMatchObject({ rows: expect.any(Number), errorCode: null, importedBy: { name: expect.any(String) } });
  });

  it('is open to platform administrators and policy officers only; professionals and programme leads get 403', async () => {
    await checkPermissionMatrix(t, [
      ['GET', '/api/v1/imports', 'monitoring:import'],
      ['POST', '/api/v1/imports/population', 'monitoring:import'],
      ['POST', '/api/v1/imports/assessments', 'monitoring:import'],
      ['POST', '/api/v1/imports/published', 'monitoring:import'],
    ]);
    const ib = await t.signIn('ib.zuiderbreedte@dichtbij.example');
    const before = await count('imports');
    const r = await send(ib, 'assessments', `${ASSESSMENTS}\n12AB00,x,2030-10-01,3,ja\n`);
    expect(r.statusCode).toBe(403);
    // Refused before the file is read: nothing in the import log, the refusal in the audit trail.
    expect(await count('imports')).toBe(before);
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('actor_id', '=', ib.user.id).where('resource', '=', 'import').execute();
    expect(audit).toMatchObject([{ outcome: 'denied' }]);
  });
});
