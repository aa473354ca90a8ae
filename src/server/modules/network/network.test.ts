import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, type TestApp, createTestApp } from '../../../../test/helpers/app.js';

let t: TestApp;
let poh: SignedInClient;

beforeAll(async () => {
  t = await createTestApp();
  poh = await t.signIn('poh.gieten@dichtbij.example');
});
afterAll(() => t.close());

describe('the network directory', () => {
  it('lists the seed municipalities with their CBS codes, paged', async () => {
    const r = await poh.get('/api/v1/areas?kind=municipality&pageSize=100');
    expect(r.statusCode).toBe(200);
    const codes = r.json().items.map((a: { code: string }) => a.code);
    expect(codes).toEqual(expect.arrayContaining(['GM1680', 'GM0114', 'GM0118', 'GM0160', 'GM1708', 'GM0080']));
    const first = await poh.get('/api/v1/areas?kind=municipality&pageSize=2&page=1');
    const second = await poh.get('/api/v1/areas?kind=municipality&pageSize=2&page=2');
    expect(first.json()).toMatchObject({ page: 1, pageSize: 2, total: r.json().total });
    expect(first.json().items).toHaveLength(2);
    expect(second.json().items[0].id).not.toBe(first.json().items[0].id);
    expect(r.headers['api-version']).toBe('1.0.0');
  });

  it('finds organisations by name, type and municipality', async () => {
    const byName = await poh.get(`/api/v1/organisations?query=${encodeURIComponent('zuiderbreedte')}`);
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items.map((o: { name: string }) => o.name)).toContain('Brede school De Zuiderbreedte');
    const school = byName.json().items.find((o: { name: string }) => o.name === 'Brede school De Zuiderbreedte');
    expect(school.municipality.code).toBe('GM0118');

    const aaEnHunze = (await poh.get('/api/v1/areas?kind=municipality&query=Aa%20en%20Hunze')).json().items[0];
    const gps = await poh.get(`/api/v1/organisations?kind=gp-practice&municipalityId=${aaEnHunze.id}`);
    expect(gps.json().total).toBeGreaterThanOrEqual(2);
    for (const o of gps.json().items) {
      expect(o.kind).toBe('gp-practice');
      expect(o.municipality.id).toBe(aaEnHunze.id);
    }
  });

  it('a search with LIKE wildcards matches them literally', async () => {
    const r = await poh.get('/api/v1/organisations?query=%25');
    expect(r.statusCode).toBe(200);
    expect(r.json().total).toBe(0);
  });

  it('opens an organisation with its professionals, and a professional profile with organisations and themes', async () => {
    const school = (await poh.get('/api/v1/organisations?query=Zuiderbreedte')).json().items[0];
    const detail = await poh.get(`/api/v1/organisations/${school.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().brin).toMatch(/^[0-9A-Z]{4}/);
    const ib = detail.json().professionals.find((p: { jobFunction: string }) => p.jobFunction === 'intern-begeleider');
    expect(ib).toBeDefined();
    const profile = await poh.get(`/api/v1/professionals/${ib.id}`);
    expect(profile.statusCode).toBe(200);
    expect(profile.json().organisations.map((o: { id: string }) => o.id)).toContain(school.id);
    expect(profile.json()).toHaveProperty('bio');
  });

  it('finds professionals by name, organisation type, municipality and theme', async () => {
    const byTheme = await poh.get('/api/v1/professionals?theme=vroegsignalering&pageSize=100');
    expect(byTheme.json().total).toBeGreaterThan(0);
    for (const p of byTheme.json().items) expect(p.themes).toContain('vroegsignalering');

    const emmen = (await poh.get('/api/v1/areas?kind=municipality&query=Emmen')).json().items[0];
    const inEmmen = await poh.get(`/api/v1/professionals?municipalityId=${emmen.id}&pageSize=100`);
    const emails = inEmmen.json().items.map((p: { email: string }) => p.email);
    expect(emails).toContain('toegang.emmen@dichtbij.example');
    expect(emails).not.toContain('poh.gieten@dichtbij.example');

    const gps = await poh.get('/api/v1/professionals?organisationKind=gp-practice&pageSize=100');
    for (const p of gps.json().items) expect(p.organisations.some((o: { kind: string }) => o.kind === 'gp-practice')).toBe(true);

    const byName = await poh.get(`/api/v1/professionals?query=${encodeURIComponent(poh.user.name.split(' ')[0]!)}`);
    expect(byName.json().items.map((p: { id: string }) => p.id)).toContain(poh.user.id);
  });

  it('lists the themes of expertise', async () => {
    const r = await poh.get('/api/v1/themes');
    expect(r.json().items.map((t: { key: string }) => t.key)).toContain('vroegsignalering');
  });

  it('an unknown organisation is 404 problem+json; a malformed id is 400', async () => {
    const missing = await poh.get('/api/v1/organisations/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
    const malformed = await poh.get('/api/v1/organisations/abc');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().invalidParams[0]).toMatchObject({ name: 'id', code: 'format' });
  });

  it('without signing in the directory answers 401', async () => {
    const r = await t.request({ method: 'GET', url: '/api/v1/professionals' });
    expect(r.statusCode).toBe(401);
  });

  it('rejects unknown query keys and a page size over 100', async () => {
    const r = await poh.get('/api/v1/professionals?pageSize=500&colour=red');
    expect(r.statusCode).toBe(400);
    const names = r.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['pageSize', 'colour']));
  });
});
