import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, type Db, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { ORGANISATION_KINDS } from '../db/schema.js';
import { verifyPassword } from '../modules/accounts/passwords.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoRegion } from './demo.js';
import { DEMO_AREAS, DEMO_ORGANISATIONS, DEMO_PROFESSIONALS, JOB_FUNCTIONS, THEMES } from './demo-data.js';
import { seedSyntheticRegion } from './synthetic.js';

async function freshDatabase(): Promise<DatabaseHandle> {
  const database = await openDatabase({});
  await migrateToLatest(database.db);
  return database;
}

async function countRows(db: Db): Promise<Record<string, number>> {
  const tables = ['areas', 'organisations', 'users', 'memberships', 'role_grants'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }
  return counts;
}

/** Minimal CSV reader: the reference file quotes fields that contain a comma ("Nuenen, Gerwen en Nederwetten"). */
function parseCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const fields: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const char = line[i]!;
        if (quoted) {
          if (char === '"' && line[i + 1] === '"') {
            field += '"';
            i++;
          } else if (char === '"') quoted = false;
          else field += char;
        } else if (char === '"') quoted = true;
        else if (char === ',') {
          fields.push(field);
          field = '';
        } else field += char;
      }
      fields.push(field);
      return fields;
    });
}

describe('demo region', () => {
  let database: DatabaseHandle;
  let firstRun: { seeded: boolean };

  beforeAll(async () => {
    database = await freshDatabase();
    firstRun = await seedDemoRegion(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('creates the named demo accounts with their roles and organisations', async () => {
    expect(firstRun.seeded).toBe(true);
    const expected: Record<string, { roles: string[]; organisation: string; scope?: { organisation?: string; areaCode?: string } }> = {
      'beheerder@dichtbij.example': { roles: ['platform-admin'], organisation: 'Dichtbij beheer' },
      'ib.zuiderbreedte@dichtbij.example': { roles: ['professional'], organisation: 'Brede school De Zuiderbreedte' },
      'poh.gieten@dichtbij.example': { roles: ['professional'], organisation: 'Huisartsenpraktijk Gieten' },
      'mw.aaenhunze@dichtbij.example': { roles: ['professional'], organisation: 'Welzijnswerk Aa en Hunze' },
      'toegang.emmen@dichtbij.example': { roles: ['professional'], organisation: 'Gemeente Emmen' },
      'beleid.hoogeveen@dichtbij.example': { roles: ['policy-officer'], organisation: 'Gemeente Hoogeveen', scope: { areaCode: 'GM0118' } },
      'penvoerder.drenthe@dichtbij.example': { roles: ['programme-lead'], organisation: 'Provincie Drenthe', scope: { organisation: 'Provincie Drenthe' } },
      'fb.emmen@dichtbij.example': { roles: ['organisation-admin', 'professional'], organisation: 'Gemeente Emmen', scope: { organisation: 'Gemeente Emmen' } },
    };
    const db = database.db;
    for (const [email, want] of Object.entries(expected)) {
      const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
      expect(await verifyPassword(user.password_hash!, DEMO_PASSWORD), email).toBe(true);
      expect(await verifyPassword(user.password_hash!, 'fout-wachtwoord')).toBe(false);

      const grants = await db
        .selectFrom('role_grants as g')
        .leftJoin('organisations as o', 'o.id', 'g.organisation_id')
        .leftJoin('areas as a', 'a.id', 'g.area_id')
        .select(['g.role', 'o.name as organisation', 'a.code as areaCode'])
        .where('g.user_id', '=', user.id)
        .execute();
      expect(grants.map((g) => g.role).sort(), email).toEqual([...want.roles].sort());
      const scoped = grants.find((g) => g.role !== 'professional')!;
      if (want.scope?.organisation) expect(scoped.organisation).toBe(want.scope.organisation);
      if (want.scope?.areaCode) expect(scoped.areaCode).toBe(want.scope.areaCode);

      const memberships = await db
        .selectFrom('memberships as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
        .select('o.name')
        .where('m.user_id', '=', user.id)
        .execute();
      expect(memberships.map((m) => m.name), email).toContain(want.organisation);
    }
    // Every account printed at start-up is one of those checked here.
    for (const account of DEMO_ACCOUNTS) expect(Object.keys(expected)).toContain(account.email);
  });

  it('places the named schools and practices where the programmes run', async () => {
    const rows = await database.db
      .selectFrom('organisations as o')
      .innerJoin('areas as place', 'place.id', 'o.area_id')
      .leftJoin('areas as parent', 'parent.id', 'place.parent_id')
      .select(['o.name', 'place.name as place', 'parent.code as parentCode'])
      .where('o.name', 'in', ['Brede school De Zuiderbreedte', 'Huisartsenpraktijk Gieten', 'Huisartsenpraktijk Rolde'])
      .execute();
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get('Brede school De Zuiderbreedte')).toMatchObject({ place: 'Krakeel', parentCode: 'GM0118' });
    expect(byName.get('Huisartsenpraktijk Gieten')).toMatchObject({ place: 'Gieten', parentCode: 'GM1680' });
    expect(byName.get('Huisartsenpraktijk Rolde')).toMatchObject({ place: 'Rolde', parentCode: 'GM1680' });
  });

  it('adds nothing when run a second time', async () => {
    const before = await countRows(database.db);
    expect(await seedDemoRegion(database.db)).toEqual({ seeded: false });
    expect(await countRows(database.db)).toEqual(before);
    expect(before).toMatchObject({ areas: DEMO_AREAS.length, organisations: DEMO_ORGANISATIONS.length, users: DEMO_PROFESSIONALS.length });
  });

  it('has at least one organisation of every kind', async () => {
    const rows = await database.db.selectFrom('organisations').select('kind').distinct().execute();
    expect(rows.map((r) => r.kind).sort()).toEqual([...ORGANISATION_KINDS].sort());
  });

  it('uses only known job functions and themes, lower-case e-mails and unique names', () => {
    for (const person of DEMO_PROFESSIONALS) {
      expect(person.email).toMatch(/^[a-z0-9.-]+@dichtbij\.example$/);
      expect(JOB_FUNCTIONS).toContain(person.jobFunction);
      for (const theme of person.themes) expect(THEMES).toContain(theme);
    }
    expect(new Set(DEMO_PROFESSIONALS.map((p) => p.email)).size).toBe(DEMO_PROFESSIONALS.length);
    expect(new Set(DEMO_ORGANISATIONS.map((o) => o.name)).size).toBe(DEMO_ORGANISATIONS.length);
    expect(new Set(DEMO_AREAS.map((a) => a.code)).size).toBe(DEMO_AREAS.length);
    for (const org of DEMO_ORGANISATIONS) {
      expect(org.postcode, org.name).toMatch(/^[1-9][0-9]{3}[A-Z]{2}$/);
      expect(org.email, org.name).toMatch(/\.example$/);
    }
  });

  it('matches the CBS municipality list on code, name, province and region', () => {
    const csv = readFileSync(path.resolve(import.meta.dirname, '../../../../shared/data/gemeenten-2026.csv'), 'utf8');
    const [header, ...rows] = parseCsv(csv);
    const column = (name: string) => header!.indexOf(name);
    const reference = new Map(rows.map((r) => [r[column('statcode')]!, r]));
    const areaByCode = new Map(DEMO_AREAS.map((a) => [a.code, a]));
    const municipalities = DEMO_AREAS.filter((a) => a.kind === 'municipality');
    expect(municipalities.length).toBe(15);
    for (const municipality of municipalities) {
      const row = reference.get(municipality.code);
      expect(row, municipality.code).toBeDefined();
      const region = areaByCode.get(municipality.parentCode!)!;
      const province = areaByCode.get(region.parentCode!)!;
      expect(region.kind).toBe('region');
      expect(province.kind).toBe('province');
      expect([municipality.name, province.name, region.name]).toEqual([row![column('gemeentenaam')], row![column('provincie')], row![column('jeugdzorgregio')]]);
    }
    // Neighbourhood codes follow the CBS format of their municipality.
    for (const area of DEMO_AREAS.filter((a) => a.kind === 'neighbourhood')) {
      expect(area.code).toMatch(/^WK[0-9]{6}$/);
      expect(area.code.slice(2, 6)).toBe(area.parentCode!.slice(2));
    }
  });
});

describe('synthetic region', () => {
  const databases: DatabaseHandle[] = [];
  const open = async () => {
    const database = await freshDatabase();
    databases.push(database);
    return database.db;
  };
  afterAll(async () => {
    for (const database of databases) await database.close();
  });

  async function names(db: Db) {
    const organisations = await db.selectFrom('organisations').select(['name', 'kind']).orderBy('name').orderBy('kind').execute();
    const professionals = await db.selectFrom('users').select(['email', 'name', 'job_function']).orderBy('email').execute();
    const areas = await db.selectFrom('areas').select(['code', 'name']).orderBy('code').execute();
    return { organisations, professionals, areas };
  }

  it('gives the same region for the same seed, and another for another seed', async () => {
    const [a, b, c] = [await open(), await open(), await open()];
    const countsA = await seedSyntheticRegion(a, { children: 3000, seed: 7 });
    const countsB = await seedSyntheticRegion(b, { children: 3000, seed: 7 });
    await seedSyntheticRegion(c, { children: 3000, seed: 8 });
    expect(countsB).toEqual(countsA);
    const [namesA, namesB, namesC] = [await names(a), await names(b), await names(c)];
    expect(namesB).toEqual(namesA);
    expect(namesC.organisations).not.toEqual(namesA.organisations);
    expect(namesC.professionals.map((p) => p.name)).not.toEqual(namesA.professionals.map((p) => p.name));
  });

  it('scales to the number of children, with searchable professionals who cannot sign in', async () => {
    const db = await open();
    const counts = await seedSyntheticRegion(db, { children: 10_000, seed: 1 });
    expect(counts.professionals).toBe(250);
    expect(counts.neighbourhoods).toBeGreaterThanOrEqual(5);
    expect(counts.neighbourhoods).toBeLessThanOrEqual(10);
    expect(counts.municipalities).toBeGreaterThanOrEqual(1);
    expect(counts.organisations).toBeGreaterThanOrEqual(50);
    expect(counts.organisations).toBeLessThanOrEqual(150);
    expect(await countRows(db)).toMatchObject({ organisations: counts.organisations, users: 250, memberships: 250 });

    const users = await db.selectFrom('users').select(['email', 'password_hash']).execute();
    expect(users.every((u) => u.password_hash === null && /^synth-1-\d+@dichtbij\.example$/.test(u.email))).toBe(true);
    const schools = await db.selectFrom('organisations').select('brin').where('kind', '=', 'school').execute();
    expect(schools.length).toBe(40);
  });

  it('refuses a seed that was already generated, and keeps codes apart between seeds', async () => {
    const db = await open();
    await seedDemoRegion(db);
    await seedSyntheticRegion(db, { children: 20_000, seed: 3 });
    const before = await countRows(db);
    await expect(seedSyntheticRegion(db, { children: 20_000, seed: 3 })).rejects.toThrow(/seed 3 already exists/);
    expect(await countRows(db)).toEqual(before);
    const second = await seedSyntheticRegion(db, { children: 20_000, seed: 4 });
    expect(second.municipalities).toBeGreaterThan(0);
    const municipalities = await db.selectFrom('areas').select(['code', 'parent_id']).where('kind', '=', 'municipality').execute();
    const synthetic = municipalities.filter((m) => m.code.startsWith('GM9'));
    expect(new Set(synthetic.map((m) => m.code)).size).toBe(synthetic.length);
    expect(new Set(synthetic.map((m) => m.parent_id)).size).toBe(2);
  });
});
