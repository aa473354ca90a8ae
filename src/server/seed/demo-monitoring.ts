import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { POPULATION_AGE_BANDS, type PopulationAgeBand } from '../db/schema.js';
import { findUserWithAccess } from '../modules/accounts/repo.js';
import { ASSESSMENT_HEADER, POPULATION_HEADER, PUBLISHED_HEADER, importAssessments, importPopulation, importPublished } from '../modules/imports/service.js';
import { createAgreement } from '../modules/results/service.js';
import { type RequestContext, type RoleGrant, buildActor, createContext } from '../platform/context.js';
import { dayOf } from '../platform/dates.js';
import { DEMO_AREAS, DEMO_ORGANISATIONS } from './demo-data.js';

/*
 * Monitoring demo data, written through the import functions so it passes the same checks as a file sent to
 * the API: CBS-like youth population of the demo municipalities (2021-2026), literacy assessments of the demo
 * schools with a BRIN (group 3 at the start of each school year 2021-2026, then once a year in the later groups),
 * a few published figures to compare with, and result agreements for Hoogeveen and Kansen4Kinderen.
 * Deterministic: the same seed gives the same files.
 */

const EMAIL_DOMAIN = '@dichtbij.example';
const FIRST_YEAR = 2021;
const LAST_YEAR = 2026;

/** Inhabitants of the demo municipalities, roughly as CBS counts them. */
const INHABITANTS: Record<string, number> = {
  GM1680: 25_900, GM0106: 69_000, GM1681: 25_700, GM0109: 35_600, GM0114: 107_000, GM0118: 56_000, GM0119: 35_000,
  GM1731: 33_800, GM1699: 32_000, GM1730: 34_500, GM1701: 19_800, GM1690: 24_500, GM0160: 61_900, GM1708: 44_700,
  GM0080: 127_000,
};

/** Share of the inhabitants in each age band: about a quarter of the population is 0 to 22. */
const BAND_SHARE: Record<PopulationAgeBand, number> = { '0-3': 0.038, '4-11': 0.085, '12-17': 0.066, '18-22': 0.058 };

/** A small seeded generator (mulberry32): the demo must be the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const field = (value: string | number) => (/[",\r\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value));
const csv = (header: readonly string[], rows: (string | number)[][]) => [header.join(','), ...rows.map((r) => r.map(field).join(','))].join('\n') + '\n';

export function populationCsv(): string {
  const rows: (string | number)[][] = [];
  const municipalities = DEMO_AREAS.filter((a) => a.kind === 'municipality');
  for (const [m, area] of municipalities.entries()) {
    const inhabitants = INHABITANTS[area.code] ?? 30_000;
    // Rural municipalities lose young people slowly; Leeuwarden and Assen grow a little.
    const drift = area.code === 'GM0080' || area.code === 'GM0106' ? 0.004 : -0.006;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const [b, band] of POPULATION_AGE_BANDS.entries()) {
        // Students move to the city: more 18-22 year olds in Leeuwarden.
        const share = BAND_SHARE[band] * (area.code === 'GM0080' && band === '18-22' ? 1.6 : 1);
        const wobble = 1 + (((m * 7 + b * 3 + year) % 5) - 2) / 400;
        rows.push([area.code, band, year, Math.round(inhabitants * share * (1 + drift * (year - 2024)) * wobble)]);
      }
    }
  }
  return csv(POPULATION_HEADER, rows);
}

/**
 * Pupils start group 3 each school year (assessed on 1 October) and are assessed again each October in the later
 * groups, until today. Per school 70-85% start at a sufficient level, a little more each year in Hoogeveen;
 * most who start sufficient keep it, some who did not catch up.
 */
export function assessmentsCsv(today: string): string {
  const rows: (string | number)[][] = [];
  const schools = DEMO_ORGANISATIONS.filter((o) => o.brin && (o.kind === 'school' || o.kind === 'ikc'));
  for (const [s, school] of schools.entries()) {
    const next = random(1000 + s);
    const base = 0.7 + 0.12 * next();
    const improving = school.areaCode.startsWith('WK0118') ? 0.015 : 0.004;
    let pupil = 0;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const cohort = 18 + Math.floor(next() * 14);
      const startShare = Math.min(0.85, base + improving * (year - FIRST_YEAR));
      for (let p = 0; p < cohort; p++) {
        const pseudonym = `ll-${String(++pupil).padStart(4, '0')}`;
        let sufficient = next() < startShare;
        for (let group = 3; group <= 8; group++) {
          const on = `${year + group - 3}-10-01`;
          if (on > today) break;
          if (group > 3) sufficient = sufficient ? next() < 0.93 : next() < 0.35;
          rows.push([school.brin!, pseudonym, on, group, sufficient ? 'ja' : 'nee']);
        }
      }
    }
  }
  return csv(ASSESSMENT_HEADER, rows);
}

export function publishedCsv(): string {
  const source = 'CBS Jeugdmonitor (illustratief)';
  return csv(PUBLISHED_HEADER, [
    ['SPEC-USE', 'NL', '2023', 41.2, source],
    ['SPEC-USE', 'NL', '2024', 40.6, source],
    ['SPEC-USE', 'NL', '2025', 39.9, source],
    ['SPEC-USE', 'PV22', '2024', 44.1, source],
    ['SPEC-USE', 'PV22', '2025', 43.0, source],
    ['REF-2ND', 'NL', '2024', 58.3, source],
    ['REF-2ND', 'PV22', '2024', 61.7, source],
    ['LIT-START', 'NL', '2024', 76.5, 'Inspectie van het Onderwijs, Staat van het Onderwijs (illustratief)'],
    ['LIT-START', 'NL', '2025', 77.1, 'Inspectie van het Onderwijs, Staat van het Onderwijs (illustratief)'],
  ]);
}

async function contextFor(db: Db, config: Config, email: string, id: string): Promise<RequestContext> {
  const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  const access = user && (await findUserWithAccess(db, user.id));
  if (!access) throw new Error(`Demomonitoring verwijst naar onbekende gebruiker '${email}'`);
  return createContext({ db, config, clock: () => new Date() }, { id, ip: '127.0.0.1' }, 'nl', buildActor(access, access.grants as RoleGrant[], access.organisationIds, 'session'));
}

/** Writes nothing when any import exists: safe to run at every start. */
export async function seedDemoMonitoring(db: Db, config: Config, now: Date = new Date()): Promise<{ seeded: boolean }> {
  if (await db.selectFrom('imports').select('id').limit(1).executeTakeFirst()) return { seeded: false };
  const today = dayOf(now);

  const admin = await contextFor(db, config, `beheerder${EMAIL_DOMAIN}`, 'demo-monitoring-imports');
  await importPopulation(admin, populationCsv(), { fileName: 'cbs-jeugdbevolking-2021-2026.csv' });
  await importAssessments(admin, assessmentsCsv(today), { fileName: 'taaltoetsen-scholen-2021-2026.csv' });
  await importPublished(admin, publishedCsv(), { fileName: 'vergelijkingscijfers.csv' });

  const hoogeveen = await contextFor(db, config, `beleid.hoogeveen${EMAIL_DOMAIN}`, 'demo-monitoring-hoogeveen');
  await createAgreement(hoogeveen, {
    indicatorCode: 'LIT-START', areaCode: 'GM0118', baselineValue: 74, baselineOn: '2022-10-01', targetValue: 85, targetOn: '2028-10-01',
    direction: 'higher', agreedBy: 'Gemeente Hoogeveen en schoolbesturen',
    note: 'Sterke basis: meer kinderen beginnen groep 3 op voldoende taalniveau (percentage van de leerlingen).',
  });
  await createAgreement(hoogeveen, {
    indicatorCode: 'SPEC-USE', areaCode: 'GM0118', baselineValue: 48, baselineOn: '2022-12-31', targetValue: 40, targetOn: '2027-12-31',
    direction: 'lower', agreedBy: 'Gemeente Hoogeveen en jeugdhulpaanbieders',
    note: 'Minder jeugdigen in specialistische jeugdhulp (per 1000 jeugdigen), door eerder en dichtbij te helpen.',
  });

  const k4k = await db.selectFrom('programmes').select('id').where('name', '=', 'Kansen4Kinderen').executeTakeFirst();
  if (!k4k) throw new Error('Demomonitoring: het programma Kansen4Kinderen ontbreekt');
  const drenthe = await contextFor(db, config, `penvoerder.drenthe${EMAIL_DOMAIN}`, 'demo-monitoring-k4k');
  await createAgreement(drenthe, {
    indicatorCode: 'LIT-START', areaCode: 'PV22', programmeId: k4k.id, baselineValue: 76, baselineOn: '2025-01-01', targetValue: 82, targetOn: '2029-01-01',
    direction: 'higher', agreedBy: 'Provincie Drenthe, Drentse gemeenten en schoolbesturen (Kansen4Kinderen)',
  });
  await createAgreement(drenthe, {
    indicatorCode: 'SPEC-USE', areaCode: 'PV22', programmeId: k4k.id, baselineValue: 44, baselineOn: '2025-01-01', targetValue: 39, targetOn: '2029-01-01',
    direction: 'lower', agreedBy: 'Provincie Drenthe en Drentse gemeenten (Kansen4Kinderen)',
  });
  return { seeded: true };
}
