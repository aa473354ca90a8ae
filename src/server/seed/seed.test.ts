import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, type Db, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { loadConfig } from '../config.js';
import { ORGANISATION_KINDS } from '../db/schema.js';
import { findUserWithAccess } from '../modules/accounts/repo.js';
import { verifyPassword } from '../modules/accounts/passwords.js';
import { listAccessRequests, myFamilies } from '../modules/plans/service.js';
import { DEMO_PROGRAMME_USERS } from './demo-programmes.js';
import { verifyAuditChain } from '../platform/audit.js';
import { BsnVault, isValidBsn } from '../platform/bsn.js';
import { type RoleGrant, buildActor, createContext } from '../platform/context.js';
import { CASE_HISTORY_ORGANISATION, DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoRegion } from './demo.js';
import { HISTORY_PREFIX } from './national.js';
import { DEMO_AREAS, DEMO_ORGANISATIONS, DEMO_PROFESSIONALS, JOB_FUNCTIONS, THEMES } from './demo-data.js';
import { seedDemoFamilies } from './demo-families.js';
import { DEMO_FAMILIES } from './demo-families-data.js';
import { seedSyntheticRegion } from './synthetic.js';
import { openTestDatabase } from '../../../test/helpers/app.js';

/** The demo's own rows, without the synthetic case history written beside them (its ids carry a fixed prefix). */
const notHistory = (column: string) => sql<boolean>`${sql.ref(column)}::text not like ${`${HISTORY_PREFIX}%`}`;

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
  }, 180_000); // the demo writes five years of case history and computes its figures
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
    // Besides the demo's own: the case history's organisation and its (inactive) professionals.
    const history = await database.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('email', 'like', 'historie-%').executeTakeFirstOrThrow();
    expect(Number(history.n)).toBeGreaterThan(0);
    expect(before).toMatchObject({ areas: DEMO_AREAS.length, organisations: DEMO_ORGANISATIONS.length + 1, users: DEMO_PROFESSIONALS.length + DEMO_PROGRAMME_USERS + Number(history.n) });
    expect(await database.db.selectFrom('organisations').select('id').where('name', '=', CASE_HISTORY_ORGANISATION).execute()).toHaveLength(1);
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

describe('demo families', () => {
  let database: DatabaseHandle;
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }); // as the template was seeded;
  const userId = async (email: string) => (await database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const contextOf = async (email: string) => {
    const user = (await findUserWithAccess(database.db, await userId(email)))!;
    return createContext({ db: database.db, config, clock: () => new Date() }, { id: 'test', ip: '127.0.0.1' }, 'nl', buildActor(user, user.grants as RoleGrant[], user.organisationIds, 'session'));
  };

  beforeAll(async () => {
    // The prepared template is migrated and demo-seeded (test/helpers/global-setup.ts): seeding is tested above.
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('shows every state of a family plan, played through the services', async () => {
    const db = database.db;
    const families = await db.selectFrom('families as f').leftJoin('plans as p', 'p.family_id', 'f.id').select(['f.id', 'p.status']).where(notHistory('f.id')).execute();
    expect(new Set(families.map((f) => f.id)).size).toBe(DEMO_FAMILIES.length);
    expect(families.some((f) => f.status === null)).toBe(true); // new: no plan yet
    expect(families.some((f) => f.status === 'open')).toBe(true);
    expect(families.some((f) => f.status === 'closed')).toBe(true);
    const closed = await db.selectFrom('plans').select('close_reason').where('status', '=', 'closed').executeTakeFirstOrThrow();
    expect(closed.close_reason).toMatch(/Doelen behaald/);

    const episodes = await db.selectFrom('episodes').selectAll().where(notHistory('id')).execute();
    const running = episodes.filter((e) => ['active', 'planned', 'awaiting-decision'].includes(e.status));
    expect(new Set(running.map((e) => e.level))).toEqual(new Set([1, 2, 3]));
    expect(episodes.some((e) => e.status === 'active' && e.level === 3 && e.decided_on !== null)).toBe(true);
    expect(episodes.some((e) => e.status === 'awaiting-decision')).toBe(true);
    expect(episodes.some((e) => e.status === 'rejected')).toBe(true);
    const ended = episodes.filter((e) => e.status === 'ended');
    expect(ended.length).toBeGreaterThan(0);
    for (const e of ended) expect([e.end_reason, e.satisfaction, e.continuation].every((v) => v !== null)).toBe(true);
    for (const e of episodes) expect(e.referrer).toMatch(/^0[1-8]$/);

    const changes = await db.selectFrom('level_changes').select(['direction', 'decision']).where(notHistory('id')).execute();
    expect(changes).toContainEqual({ direction: 'down', decision: 'not-needed' });
    expect(changes).toContainEqual({ direction: 'up', decision: 'not-needed' });
    expect(changes.map((c) => c.decision)).toEqual(expect.arrayContaining(['approved', 'rejected', 'pending']));

    const handovers = await db.selectFrom('handovers').select(['status', 'to_professional_id']).execute();
    expect(handovers.map((h) => h.status).sort()).toEqual(['accepted', 'pending']);
    expect(handovers.find((h) => h.status === 'pending')!.to_professional_id).toBe(await userId('ib.zuiderbreedte@dichtbij.example'));

    const meldcode = await db.selectFrom('involvements').select('id').where('legal_ground', '=', 'meldcode').execute();
    expect(meldcode.length).toBeGreaterThan(0);
    const unborn = await db.selectFrom('children').select(['expected_birth_date', 'bsn_hash']).where('birth_date', 'is', null).where(notHistory('id')).execute();
    expect(unborn).toHaveLength(1);
    expect(unborn[0]!.bsn_hash).toBeNull();
  });

  it('tells a story in the past: dates in order, nothing after now, goals evaluated in the family\'s own words', async () => {
    const db = database.db;
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    for (const e of await db.selectFrom('episodes').selectAll().where(notHistory('id')).execute()) {
      if (e.decided_on) expect(e.decided_on >= e.requested_on).toBe(true);
      if (e.started_on) expect(e.started_on >= (e.decided_on ?? e.requested_on)).toBe(true);
      if (e.ended_on) expect(e.ended_on >= e.started_on!).toBe(true);
      expect(e.created_at.getTime()).toBeLessThan(now.getTime());
    }
    const events = await db.selectFrom('case_events').select(['at', 'kind']).orderBy('id').execute();
    expect(events.length).toBeGreaterThan(100);
    for (let i = 1; i < events.length; i++) expect(events[i]!.at.getTime()).toBeGreaterThanOrEqual(events[i - 1]!.at.getTime());
    expect(events.at(-1)!.at.toISOString().slice(0, 10) < today).toBe(true);
    const oldest = (now.getTime() - events[0]!.at.getTime()) / 86_400_000;
    expect(oldest).toBeGreaterThan(365);
    expect(oldest).toBeLessThan(500);

    const evaluations = await db.selectFrom('goal_evaluations').select(['score', 'note']).execute();
    expect(evaluations.length).toBeGreaterThan(20);
    for (const e of evaluations) expect(e.score).toBeGreaterThanOrEqual(1);
    const goals = await db.selectFrom('goals').select('description').where(notHistory('id')).execute();
    for (const g of goals) expect(g.description).toMatch(/^(We|Wij|Ik) /);
  });

  it('keeps the audit chain whole, and uses valid test BSNs encrypted with the configured key', async () => {
    const result = await verifyAuditChain(database.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(100);

    const bsns = DEMO_FAMILIES.flatMap((f) => f.steps.flatMap((s) => (s.do === 'register' && s.child.bsn ? [s.child.bsn] : [])));
    expect(new Set(bsns).size).toBe(bsns.length);
    for (const bsn of bsns) expect(isValidBsn(bsn), bsn).toBe(true);
    const vault = new BsnVault(config.secretKey);
    const stored = await database.db.selectFrom('children').select(['bsn_encrypted', 'bsn_hash']).where('bsn_encrypted', 'is not', null).where(notHistory('id')).execute();
    expect(stored.map((c) => vault.decrypt(c.bsn_encrypted!)).sort()).toEqual([...bsns].sort());
    for (const c of stored) expect(c.bsn_hash).toBe(vault.hash(vault.decrypt(c.bsn_encrypted!)));
  });

  it('fills the caseloads of the demo professionals, and never those of policy officers and programme leads', async () => {
    const db = database.db;
    for (const email of ['beleid.hoogeveen@dichtbij.example', 'penvoerder.drenthe@dichtbij.example']) {
      const rows = await db.selectFrom('involvements').select('id').where('professional_id', '=', await userId(email)).execute();
      expect(rows, email).toHaveLength(0);
    }
    for (const email of ['ib.zuiderbreedte@dichtbij.example', 'poh.gieten@dichtbij.example', 'mw.aaenhunze@dichtbij.example', 'toegang.emmen@dichtbij.example']) {
      const rows = await db
        .selectFrom('involvements as i')
        .innerJoin('children as c', 'c.id', 'i.child_id')
        .select('c.family_id')
        .distinct()
        .where('i.professional_id', '=', await userId(email))
        .where('i.ended_at', 'is', null)
        .where('i.started_at', '<=', new Date())
        .execute();
      expect(rows.length, email).toBeGreaterThanOrEqual(2);
    }

    // What the demo accounts see first: a hand-over to accept, a decision to make.
    const mine = await myFamilies(await contextOf('ib.zuiderbreedte@dichtbij.example'));
    expect(mine.items.reduce((n, f) => n + f.attention.handoversToMe, 0)).toBe(1);
    const queue = await listAccessRequests(await contextOf('toegang.emmen@dichtbij.example'));
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]).toMatchObject({ toLevel: 3, childName: 'Lars Haveman' });
  });

  it('writes nothing when families exist already', async () => {
    const before = await database.db.selectFrom('case_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(await seedDemoFamilies(database.db, config)).toEqual({ families: 0 });
    const after = await database.db.selectFrom('case_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

// Synthetic regions now carry case data too: generating them takes seconds, more on a busy machine.
describe('synthetic region', { timeout: 120_000 }, () => {
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
    const demo = await openTestDatabase();
    databases.push(demo);
    const db = demo.db;
    await seedSyntheticRegion(db, { children: 5_000, seed: 3 });
    const before = await countRows(db);
    await expect(seedSyntheticRegion(db, { children: 5_000, seed: 3 })).rejects.toThrow(/seed 3 already exists/);
    expect(await countRows(db)).toEqual(before);
    const second = await seedSyntheticRegion(db, { children: 5_000, seed: 4 });
    expect(second.municipalities).toBeGreaterThan(0);
    const municipalities = await db.selectFrom('areas').select(['code', 'parent_id']).where('kind', '=', 'municipality').execute();
    const synthetic = municipalities.filter((m) => m.code.startsWith('GM9'));
    expect(new Set(synthetic.map((m) => m.code)).size).toBe(synthetic.length);
    expect(new Set(synthetic.map((m) => m.parent_id)).size).toBe(2);
  });
});
