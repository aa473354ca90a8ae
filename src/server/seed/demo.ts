import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { type Config, loadConfig } from '../config.js';
import type { Db, Tx } from '../db/database.js';
import type { AreaKind, MembershipsTable, RoleGrantsTable } from '../db/schema.js';
import { hashPassword } from '../modules/accounts/passwords.js';
import { DEMO_AREAS, DEMO_ORGANISATIONS, DEMO_PROFESSIONALS } from './demo-data.js';
import { seedDemoFamilies } from './demo-families.js';
import { refreshAll } from '../modules/monitoring/refresh.js';
import { seedDemoMonitoring } from './demo-monitoring.js';
import { seedCaseHistory } from './national.js';
import { seedDemoPathways } from './demo-pathways.js';
import { seedDemoProgrammes } from './demo-programmes.js';

export const DEMO_PASSWORD = 'dichtbij-demo';

/** The accounts to try the demo with; printed at start-up and listed in the README. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; description: string }> = [
  { email: 'beheerder@dichtbij.example', description: 'platformbeheerder' },
  { email: 'ib.zuiderbreedte@dichtbij.example', description: 'intern begeleider, Brede school De Zuiderbreedte (Hoogeveen)' },
  { email: 'poh.gieten@dichtbij.example', description: 'POH-jeugd, Huisartsenpraktijk Gieten (Aa en Hunze)' },
  { email: 'mw.aaenhunze@dichtbij.example', description: 'maatschappelijk werker, Welzijnswerk Aa en Hunze' },
  { email: 'toegang.emmen@dichtbij.example', description: 'medewerker toegang, gemeente Emmen' },
  { email: 'fb.emmen@dichtbij.example', description: 'functioneel beheerder, gemeente Emmen' },
  { email: 'beleid.hoogeveen@dichtbij.example', description: 'beleidsmedewerker, gemeente Hoogeveen (alleen cijfers)' },
  { email: 'penvoerder.drenthe@dichtbij.example', description: 'programmaleider Kansen4Kinderen, provincie Drenthe' },
];

const MARKER_EMAIL = 'beheerder@dichtbij.example';

// Parents before children, so every level can point at the one above it.
const AREA_LEVELS: AreaKind[] = ['country', 'province', 'region', 'municipality', 'neighbourhood'];

/**
 * Creates the demo region once: areas, organisations, professionals and then, through the domain services,
 * the demo families (see demo-families.ts). The administrator account marks a seeded database: when it exists
 * nothing is written, so this is safe to run at every start. `config` supplies the key the children's BSNs are
 * encrypted with: pass the application's own, or the app will not be able to read them.
 */
/** The organisation that holds the case history's signals, away from the demo organisations. */
export const CASE_HISTORY_ORGANISATION = 'Synthetische historie (demo)';

export async function seedDemoRegion(db: Db, config: Config = loadConfig({ NODE_ENV: 'development' })): Promise<{ seeded: boolean }> {
  if (await isSeeded(db)) return { seeded: false };
  // One hash for every demo user: argon2 costs tens of milliseconds per call, and the demo password is public anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const result = await db.transaction().execute(async (tx) => {
    // Checked again inside the transaction: two processes may start at once.
    if (await isSeeded(tx)) return { seeded: false };
    const areaIds = await insertAreas(tx);
    const organisationIds = await insertOrganisations(tx, areaIds);
    await insertProfessionals(tx, passwordHash, areaIds, organisationIds);
    return { seeded: true };
  });
  // Only right after the region itself: the services each commit their own transaction.
  if (result.seeded) {
    await seedDemoPathways(db);
    await seedDemoFamilies(db, config);
    await seedDemoProgrammes(db, config);
    await seedDemoMonitoring(db, config);
    // Five years of case history, so the demo dashboards show figures above the disclosure threshold.
    const municipalities = await db.selectFrom('areas').select('id').where('kind', '=', 'municipality').where('code', 'in', DEMO_AREAS.filter((a) => a.kind === 'municipality').map((a) => a.code)).execute();
    await seedCaseHistory(db, { municipalityIds: municipalities.map((m) => m.id), childrenPerMunicipality: 1500, years: 5, seed: 1 });
    // The history's signals carry placeholder BSNs: keep them out of the real demo organisations' signal lists.
    const holder = await db.insertInto('organisations').values({ name: CASE_HISTORY_ORGANISATION, kind: 'other', area_id: municipalities[0]!.id, updated_at: new Date() }).returning('id').executeTakeFirstOrThrow();
    await db.updateTable('signals').set({ organisation_id: holder.id })
      .where('professional_id', 'in', db.selectFrom('users').select('id').where('email', 'like', 'historie-%')).execute();
    await refreshAll(db, new Date().toISOString().slice(0, 10));
  }
  return result;
}

async function isSeeded(db: Db | Tx): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('email', '=', MARKER_EMAIL).executeTakeFirst();
  return row !== undefined;
}

/** Areas may already exist (a reference-data import, a synthetic region): existing codes are reused. */
async function insertAreas(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const kind of AREA_LEVELS) {
    const level = DEMO_AREAS.filter((area) => area.kind === kind);
    if (level.length === 0) continue;
    await tx
      .insertInto('areas')
      .values(level.map((area) => ({ kind: area.kind, code: area.code, name: area.name, parent_id: area.parentCode ? lookup(ids, area.parentCode, 'area') : null })))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const rows = await tx.selectFrom('areas').select(['id', 'code']).where('code', 'in', level.map((area) => area.code)).execute();
    for (const row of rows) ids.set(row.code, row.id);
  }
  return ids;
}

async function insertOrganisations(tx: Tx, areaIds: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const rows = DEMO_ORGANISATIONS.map((org) => {
    const id = randomUUID();
    ids.set(org.name, id);
    return {
      id,
      name: org.name,
      kind: org.kind,
      area_id: lookup(areaIds, org.areaCode, 'area'),
      agb_code: org.agbCode ?? null,
      brin: org.brin ?? null,
      kvk_number: org.kvkNumber,
      street_address: org.streetAddress,
      postcode: org.postcode,
      city: org.city,
      phone: org.phone,
      email: org.email,
      website: org.website,
      description: org.description,
    };
  });
  await tx.insertInto('organisations').values(rows).execute();
  return ids;
}

async function insertProfessionals(tx: Tx, passwordHash: string, areaIds: Map<string, string>, organisationIds: Map<string, string>): Promise<void> {
  const users = DEMO_PROFESSIONALS.map((person) => ({
    id: randomUUID(),
    email: person.email,
    name: person.name,
    password_hash: passwordHash,
    job_function: person.jobFunction,
    phone: person.phone,
    themes: [...person.themes],
    bio: person.bio,
  }));
  await tx.insertInto('users').values(users).execute();

  const memberships: Insertable<MembershipsTable>[] = [];
  const grants: Insertable<RoleGrantsTable>[] = [];
  DEMO_PROFESSIONALS.forEach((person, index) => {
    const userId = users[index]!.id;
    for (const name of person.organisations) memberships.push({ user_id: userId, organisation_id: lookup(organisationIds, name, 'organisation') });
    for (const grant of person.roles) {
      grants.push({
        user_id: userId,
        role: grant.role,
        organisation_id: 'organisation' in grant ? lookup(organisationIds, grant.organisation, 'organisation') : null,
        area_id: 'areaCode' in grant ? lookup(areaIds, grant.areaCode, 'area') : null,
      });
    }
  });
  await tx.insertInto('memberships').values(memberships).execute();
  await tx.insertInto('role_grants').values(grants).execute();
}

// A typo in the demo data should fail loudly at seeding, not leave a dangling reference.
function lookup(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demodata verwijst naar onbekende ${what === 'area' ? 'gebiedscode' : 'organisatie'} '${key}' (unknown ${what} '${key}')`);
  return id;
}
