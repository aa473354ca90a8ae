import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Db, Tx } from '../db/database.js';
import type { AreasTable, MembershipsTable, OrganisationKind, OrganisationsTable, RoleGrantsTable, UsersTable } from '../db/schema.js';
import { type JobFunction, THEMES } from './demo-data.js';
import { seedSyntheticCases } from './synthetic-cases.js';

/*
 * A synthetic region for load and benchmark work: a province, one youth-care region, municipalities,
 * neighbourhoods, organisations and professionals, scaled to a number of children, and the children
 * themselves with their families and case files (synthetic-cases.ts). The same seed always gives the same
 * names, so runs can be compared.
 */

export interface SyntheticOptions {
  children: number;
  seed: number;
}

export interface SyntheticCounts {
  municipalities: number;
  neighbourhoods: number;
  organisations: number;
  professionals: number;
  children: number;
  families: number;
  plans: number;
  episodes: number;
}

// Rough Dutch ratios: a primary school has some 250 pupils, a GP practice serves about 2000 children, a CBS
// neighbourhood holds one to two thousand. One professional per 40 children keeps the directory realistic.
const CHILDREN_PER = {
  neighbourhood: 1500,
  school: 250,
  childcare: 500,
  ikc: 2500,
  gpPractice: 2000,
  youthCareProvider: 5000,
  professional: 40,
} as const;
const NEIGHBOURHOODS_PER_MUNICIPALITY = 6;
// The neighbourhood code has two digits for the neighbourhood within the municipality.
const MAX_NEIGHBOURHOODS_PER_MUNICIPALITY = 100;
// Real CBS municipality codes stay below GM2000; the GM9xxx block is ours, shared by all synthetic seeds.
const SYNTHETIC_CODE_PREFIX = 'GM9';
const SYNTHETIC_CODE_SPACE = 1000;
// 1000 rows of at most 15 columns stay far below PostgreSQL's 65535 parameters per statement.
const CHUNK = 1000;

export async function seedSyntheticRegion(db: Db, options: SyntheticOptions): Promise<SyntheticCounts> {
  const { children, seed } = options;
  if (!Number.isSafeInteger(children) || children < 0) {
    throw new Error(`Het aantal kinderen moet een geheel getal van 0 of meer zijn (children must be a whole number >= 0): ${children}`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new Error(`De seed moet een geheel getal van 0 of meer zijn (seed must be a whole number >= 0): ${seed}`);
  }

  return db.transaction().execute(async (tx) => {
    const provinceCode = `PV-SYN-${seed}`;
    const existing = await tx.selectFrom('areas').select('id').where('code', '=', provinceCode).executeTakeFirst();
    if (existing) {
      throw new Error(
        `Er bestaat al een synthetische regio met seed ${seed}; kies een andere seed (a synthetic region with seed ${seed} already exists; choose another seed).`,
      );
    }
    const taken = await tx.selectFrom('areas').select('code').where('code', 'like', `${SYNTHETIC_CODE_PREFIX}%`).where('kind', '=', 'municipality').execute();
    const plan = planRegion(children, seed, new Set(taken.map((row) => row.code)));
    await insertRegion(tx, plan);
    const cases = await seedSyntheticCases(
      tx,
      {
        seed,
        municipalities: plan.municipalities,
        neighbourhoods: plan.neighbourhoods,
        organisations: plan.organisations,
        professionals: plan.users.map((user, i) => ({ id: user.id, organisationId: plan.memberships[i]!.organisation_id, jobFunction: user.job_function ?? null })),
      },
      children,
    );
    return {
      municipalities: plan.municipalities.length,
      neighbourhoods: plan.neighbourhoods.length,
      organisations: plan.organisations.length,
      professionals: plan.users.length,
      ...cases,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Planning: everything is decided in memory first, from one PRNG, so the order of SQL cannot change the result.

interface PlannedArea {
  id: string;
  code: string;
  name: string;
}

interface Plan {
  seed: number;
  province: PlannedArea;
  region: PlannedArea;
  municipalities: PlannedArea[];
  neighbourhoods: Array<PlannedArea & { municipalityId: string }>;
  organisations: Array<Insertable<OrganisationsTable> & { id: string }>;
  users: Array<Insertable<UsersTable> & { id: string }>;
  memberships: Insertable<MembershipsTable>[];
  grants: Insertable<RoleGrantsTable>[];
}

function planRegion(children: number, seed: number, takenCodes: Set<string>): Plan {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

  const neighbourhoodCount = Math.max(1, Math.round(children / CHILDREN_PER.neighbourhood));
  const freeCodes: string[] = [];
  for (let n = 0; n < SYNTHETIC_CODE_SPACE; n++) {
    const code = `${SYNTHETIC_CODE_PREFIX}${String(n).padStart(3, '0')}`;
    if (!takenCodes.has(code)) freeCodes.push(code);
  }
  const minimum = Math.ceil(neighbourhoodCount / MAX_NEIGHBOURHOODS_PER_MUNICIPALITY);
  if (freeCodes.length < minimum) {
    throw new Error(
      `Te weinig vrije synthetische gemeentecodes (${freeCodes.length} vrij, ${minimum} nodig) (not enough free synthetic municipality codes).`,
    );
  }
  const municipalityCount = Math.min(freeCodes.length, Math.max(minimum, Math.ceil(neighbourhoodCount / NEIGHBOURHOODS_PER_MUNICIPALITY)));

  const province: PlannedArea = { id: randomUUID(), code: `PV-SYN-${seed}`, name: `Synthetisch (seed ${seed})` };
  const region: PlannedArea = { id: randomUUID(), code: `JR-SYN-${seed}`, name: `Synthetische jeugdregio (seed ${seed})` };

  const municipalityNames = new Set<string>();
  const municipalities: Array<PlannedArea & { postcodeBase: number }> = [];
  for (let i = 0; i < municipalityCount; i++) {
    const name = uniqueName(municipalityNames, () => placeName(pick, random));
    municipalities.push({ id: randomUUID(), code: freeCodes[i]!, name, postcodeBase: 1000 + Math.floor(random() * 8990) });
  }

  const neighbourhoods: Plan['neighbourhoods'] = [];
  const namesPerMunicipality = municipalities.map(() => new Set<string>());
  for (let i = 0; i < neighbourhoodCount; i++) {
    const index = i % municipalityCount;
    const municipality = municipalities[index]!;
    const localNumber = Math.floor(i / municipalityCount);
    // The first neighbourhood of every municipality is its centre; the rest get invented names.
    const name = uniqueName(namesPerMunicipality[index]!, () => (localNumber === 0 ? `${municipality.name}-Centrum` : neighbourhoodName(pick, municipality.name)));
    neighbourhoods.push({
      id: randomUUID(),
      code: `WK${municipality.code.slice(2)}${String(localNumber).padStart(2, '0')}`,
      name,
      municipalityId: municipality.id,
    });
  }
  const municipalityOf = new Map(municipalities.map((m) => [m.id, m]));

  // Organisations
  const organisations: Plan['organisations'] = [];
  const organisationNames = new Set<string>();
  const brins = new Set<string>();
  const addOrganisation = (kind: OrganisationKind, name: string, areaId: string, municipality: (typeof municipalities)[number], extra: Partial<Insertable<OrganisationsTable>> = {}) => {
    const unique = uniqueName(organisationNames, () => name, () => `${name} ${municipality.name}`);
    const slug = `${slugify(unique)}-s${seed}`;
    const postcode = `${Math.min(9999, municipality.postcodeBase + Math.floor(random() * 10))}${postcodeLetters(pick)}`;
    organisations.push({
      id: randomUUID(),
      name: unique,
      kind,
      area_id: areaId,
      agb_code: null,
      brin: null,
      kvk_number: `9${digits(7)}`,
      street_address: `${pick(STREETS)} ${1 + Math.floor(random() * 180)}`,
      postcode,
      city: municipality.name,
      phone: `0${pick(AREA_PREFIXES)}-000${digits(3)}`,
      email: `info@${slug}.example`,
      website: `https://www.${slug}.example`,
      description: `${DESCRIPTIONS[kind]} (synthetische gegevens)`,
      ...extra,
    });
  };
  const inNeighbourhood = (count: number, kind: OrganisationKind, makeName: (neighbourhood: string) => string, extra: () => Partial<Insertable<OrganisationsTable>> = () => ({})) => {
    for (let i = 0; i < count; i++) {
      const neighbourhood = neighbourhoods[Math.floor(random() * neighbourhoods.length)]!;
      addOrganisation(kind, makeName(neighbourhood.name), neighbourhood.id, municipalityOf.get(neighbourhood.municipalityId)!, extra());
    }
  };
  const uniqueBrin = () => uniqueName(brins, () => `${digits(2)}${pick(LETTERS)}${pick(LETTERS)}00`);

  const seat = municipalities[0]!;
  addOrganisation('province', `Provincie ${province.name}`, seat.id, seat);
  addOrganisation('jgz', `JGZ ${region.name}`, seat.id, seat);
  addOrganisation('certified-institution', `Jeugdbescherming ${region.name}`, seat.id, seat);
  for (const municipality of municipalities) {
    addOrganisation('municipality', `Gemeente ${municipality.name}`, municipality.id, municipality);
    addOrganisation('neighbourhood-team', `Wijkteam ${municipality.name}`, municipality.id, municipality);
    addOrganisation('welfare', `Welzijn ${municipality.name}`, municipality.id, municipality);
  }
  inNeighbourhood(Math.max(1, Math.round(children / CHILDREN_PER.school)), 'school', () => `${pick(SCHOOL_TYPES)} ${pick(SCHOOL_NAMES)}`, () => ({ brin: uniqueBrin() }));
  inNeighbourhood(Math.round(children / CHILDREN_PER.ikc), 'ikc', () => `IKC ${pick(SCHOOL_NAMES)}`, () => ({ brin: uniqueBrin() }));
  inNeighbourhood(Math.round(children / CHILDREN_PER.childcare), 'childcare', () => `${pick(CHILDCARE_TYPES)} ${pick(CHILDCARE_NAMES)}`);
  inNeighbourhood(Math.max(1, Math.round(children / CHILDREN_PER.gpPractice)), 'gp-practice', (n) => `${pick(GP_TYPES)} ${n}`, () => ({ agb_code: `01${digits(6)}` }));
  for (let i = 0; i < Math.max(1, Math.round(children / CHILDREN_PER.youthCareProvider)); i++) {
    const municipality = pick(municipalities);
    addOrganisation('youth-care-provider', `${pick(PROVIDER_TYPES)} ${pick(PROVIDER_NAMES)}`, municipality.id, municipality, { agb_code: `98${digits(6)}` });
  }

  // Professionals: each works where a professional of their function would, weighted by how many work there.
  const cumulative: number[] = [];
  let total = 0;
  for (const org of organisations) {
    total += STAFF_WEIGHT[org.kind];
    cumulative.push(total);
  }
  const users: Plan['users'] = [];
  const memberships: Plan['memberships'] = [];
  const grants: Plan['grants'] = [];
  const professionalCount = Math.round(children / CHILDREN_PER.professional);
  for (let n = 1; n <= professionalCount; n++) {
    const org = organisations[bisect(cumulative, random() * total)]!;
    const jobFunction = pick(JOBS_BY_KIND[org.kind]);
    const themeCount = 1 + Math.floor(random() * 3);
    const themes = new Set<string>();
    while (themes.size < themeCount) themes.add(pick(THEMES));
    const user = {
      id: randomUUID(),
      email: `synth-${seed}-${n}@dichtbij.example`,
      name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
      // No password: synthetic professionals fill the directory but can never sign in.
      password_hash: null,
      job_function: jobFunction,
      phone: `06-00${String(n % 1_000_000).padStart(6, '0')}`,
      themes: [...themes].sort(),
      bio: `${JOB_LABELS[jobFunction]} bij ${org.name}.`,
    };
    users.push(user);
    memberships.push({ user_id: user.id, organisation_id: org.id });
    grants.push({ user_id: user.id, role: 'professional', organisation_id: null, area_id: null });
  }

  return { seed, province, region, municipalities, neighbourhoods, organisations, users, memberships, grants };
}

async function insertRegion(tx: Tx, plan: Plan): Promise<void> {
  // The synthetic province hangs under the country like the real ones; the country may not exist yet.
  await tx.insertInto('areas').values({ kind: 'country', code: 'NL', name: 'Nederland', parent_id: null }).onConflict((oc) => oc.column('code').doNothing()).execute();
  const country = await tx.selectFrom('areas').select('id').where('code', '=', 'NL').executeTakeFirstOrThrow();

  // One level per statement, parents first, so every parent row exists before its children are checked.
  const levels: Insertable<AreasTable>[][] = [
    [
      { id: plan.province.id, kind: 'province', code: plan.province.code, name: plan.province.name, parent_id: country.id },
      { id: plan.region.id, kind: 'region', code: plan.region.code, name: plan.region.name, parent_id: plan.province.id },
    ],
    plan.municipalities.map((m) => ({ id: m.id, kind: 'municipality', code: m.code, name: m.name, parent_id: plan.region.id })),
    plan.neighbourhoods.map((n) => ({ id: n.id, kind: 'neighbourhood', code: n.code, name: n.name, parent_id: n.municipalityId })),
  ];
  for (const level of levels) {
    for (const chunk of chunks(level)) await tx.insertInto('areas').values(chunk).execute();
  }
  for (const chunk of chunks(plan.organisations)) await tx.insertInto('organisations').values(chunk).execute();
  for (const chunk of chunks(plan.users)) await tx.insertInto('users').values(chunk).execute();
  for (const chunk of chunks(plan.memberships)) await tx.insertInto('memberships').values(chunk).execute();
  for (const chunk of chunks(plan.grants)) await tx.insertInto('role_grants').values(chunk).execute();
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; plenty for test data, never for secrets. */
export function mulberry32(seed: number): () => number {
  let state = (seed ^ 0x9e3779b9) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function* chunks<T>(rows: T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Index of the first cumulative weight above `target`. */
function bisect(cumulative: number[], target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid]! > target) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Tries the generator a few times, then the fallback, then numbers the name. */
export function uniqueName(taken: Set<string>, generate: () => string, fallback?: () => string): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = generate();
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
    if (fallback) break;
  }
  const base = fallback ? fallback() : generate();
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} ${n}`;
  taken.add(name);
  return name;
}

export function placeName(pick: <T>(items: readonly T[]) => T, random: () => number): string {
  const core = `${pick(PLACE_HEADS)}${random() < 0.3 ? pick(PLACE_MIDDLES) : ''}${pick(PLACE_TAILS)}`;
  const roll = random();
  if (roll < 0.08) return `Nieuw-${core}`;
  if (roll < 0.14) return `Oud-${core}`;
  if (roll < 0.18) return `${core}erveen`;
  return core;
}

export function neighbourhoodName(pick: <T>(items: readonly T[]) => T, municipality: string): string {
  const roll = pick([0, 1, 2]);
  if (roll === 0) return `${municipality}-${pick(DIRECTIONS)}`;
  const name = `${pick(NEIGHBOURHOOD_HEADS)}${pick(NEIGHBOURHOOD_TAILS)}`;
  return roll === 1 ? name : `De ${name}`;
}

// Postcode letter pairs SA, SD and SS are not issued in the Netherlands.
function postcodeLetters(pick: <T>(items: readonly T[]) => T): string {
  for (;;) {
    const letters = `${pick(LETTERS)}${pick(LETTERS)}`;
    if (letters !== 'SA' && letters !== 'SD' && letters !== 'SS') return letters;
  }
}

function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------------------------------------
// Word lists (Dutch-sounding, invented combinations)

const LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ'.split('');
const AREA_PREFIXES = ['50', '591', '592', '593', '521', '522', '523', '524', '528', '58'];
const PLACE_HEADS = ['Aal', 'Bor', 'Bru', 'Dal', 'Dre', 'Ees', 'Gas', 'Gie', 'Hol', 'Kam', 'Lo', 'Mep', 'Nij', 'Ol', 'Ros', 'Sle', 'Ter', 'Wes', 'Zuid', 'Ach', 'Bel', 'Dwin', 'Ek', 'Fle', 'Har', 'Lin', 'Nor', 'Ruin', 'Schoon', 'Vries', 'Wap', 'Zwin'];
const PLACE_MIDDLES = ['ter', 'en', 'el', 'le', 'ke', 'de'];
const PLACE_TAILS = ['veen', 'horst', 'wolde', 'hem', 'loo', 'dijk', 'huizen', 'broek', 'kamp', 'wijk', 'zijl', 'dam', 'ingen', 'um', 'erveld', 'lo', 'oord', 'haar', 'beek', 'hoven'];
const DIRECTIONS = ['Noord', 'Zuid', 'Oost', 'West', 'Noordoost', 'Zuidwest', 'Buitengebied'];
const NEIGHBOURHOOD_HEADS = ['Berken', 'Eiken', 'Es', 'Heide', 'Linden', 'Molen', 'Veen', 'Wilgen', 'Beuken', 'Hazel', 'Vogel', 'Zonne', 'Kerk', 'Brink', 'Hooi', 'Haver'];
const NEIGHBOURHOOD_TAILS = ['hof', 'weide', 'veld', 'kamp', 'horst', 'landen', 'park', 'rijk', 'laar', 'akker', 'hoek', 'burg'];
const STREETS = ['Hoofdstraat', 'Kerkstraat', 'Schoolstraat', 'Molenweg', 'Brink', 'Stationsstraat', 'Dorpsstraat', 'Esweg', 'Parklaan', 'Julianastraat', 'Beatrixlaan', 'Wilhelminastraat', 'Noorderweg', 'Zuiderdiep', 'Veenweg', 'Markeweg'];
const SCHOOL_TYPES = ['OBS', 'CBS', 'RKBS', 'Daltonschool', 'Jenaplanschool', 'Montessorischool', 'Brede school'];
const SCHOOL_NAMES = ['De Regenboog', 'De Wegwijzer', 'De Klimop', 'De Zonnewijzer', 'De Springplank', 'De Vlieger', 'De Kameleon', 'De Tweemaster', 'Horizon', 'De Ster', 'De Bolster', 'De Wilgenhoek', 'De Esch', 'De Kiekendief', 'De Vuurtoren', 'De Ekster', 'De Meander', 'Het Kompas', 'De Fontein', 'De Zandloper', 'Het Palet', 'De Boomgaard', 'De Toverbal', 'Het Mozaïek'];
const CHILDCARE_TYPES = ['Kinderopvang', 'Peuteropvang', 'Kinderdagverblijf', 'BSO'];
const CHILDCARE_NAMES = ['De Boomhut', 'Eigen Wijs', 'Het Speelhuis', 'De Kabouterhut', 'Ukkepuk', 'De Draaimolen', 'Het Vlindertje', 'De Kikkerpoel', 'Dribbel', 'Kindertuin'];
const GP_TYPES = ['Huisartsenpraktijk', 'Gezondheidscentrum', 'Huisartsen'];
const PROVIDER_TYPES = ['Jeugdhulp', 'Gezinsbegeleiding', 'Praktijk', 'Jeugd-GGZ'];
const PROVIDER_NAMES = ['Noorderlicht', 'De Brug', 'Samen Verder', 'Kompas', 'Op Koers', 'De Linde', 'Dichtbij Thuis', 'Groeikracht', 'Houvast', 'Het Anker'];
const FIRST_NAMES = ['Anna', 'Emma', 'Sanne', 'Lisa', 'Fleur', 'Eva', 'Noor', 'Julia', 'Sara', 'Iris', 'Marieke', 'Ingrid', 'Yasmina', 'Fenna', 'Lieke', 'Esther', 'Mirjam', 'Hanna', 'Sietske', 'Aylin', 'Daan', 'Bram', 'Jeroen', 'Thomas', 'Luuk', 'Jesse', 'Niels', 'Ruben', 'Sander', 'Martijn', 'Bas', 'Erik', 'Gerrit', 'Henk', 'Jelle', 'Wouter', 'Mehmet', 'Youssef', 'Tjeerd', 'Koen'];
const LAST_NAMES = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'van der Meer', 'Kuipers', 'Wiersma', 'Hoekstra', 'Postma', 'Lubbers', 'Oosting', 'Zwiers', 'Lanting', 'Nijenhuis', 'Hulshof', 'Kamphuis', 'Scholten', 'Veldman', 'Tiemens', 'Bosma', 'Huisman', 'Dijkstra', 'Kramer', 'van Dijk', 'Yilmaz', 'El Amrani', 'Koster', 'Wolters', 'Schuurman'];

const DESCRIPTIONS: Record<OrganisationKind, string> = {
  school: 'Basisschool in de wijk.',
  childcare: 'Kinderopvang en peuteropvang.',
  ikc: 'Integraal kindcentrum voor kinderen van 0 tot 13 jaar.',
  'gp-practice': 'Huisartsenpraktijk met een POH-jeugd.',
  jgz: 'Jeugdgezondheidszorg voor kinderen van 0 tot 18 jaar.',
  'neighbourhood-team': 'Wijkteam voor vragen over opgroeien, opvoeden en geldzaken.',
  municipality: 'Gemeente.',
  welfare: 'Maatschappelijk werk en jongerenwerk.',
  'youth-care-provider': 'Jeugdhulp ambulant en op school.',
  province: 'Provincie.',
  'certified-institution': 'Gecertificeerde instelling voor jeugdbescherming en jeugdreclassering.',
  other: 'Samenwerkingsverband.',
};

const STAFF_WEIGHT: Record<OrganisationKind, number> = {
  school: 3, childcare: 2, ikc: 4, 'gp-practice': 2, jgz: 12, 'neighbourhood-team': 6, municipality: 3, welfare: 4,
  'youth-care-provider': 8, province: 1, 'certified-institution': 4, other: 1,
};

const JOBS_BY_KIND: Record<OrganisationKind, readonly JobFunction[]> = {
  school: ['leerkracht', 'leerkracht', 'leerkracht', 'intern-begeleider'],
  childcare: ['pedagogisch-medewerker'],
  ikc: ['leerkracht', 'pedagogisch-medewerker', 'jeugdondersteuner', 'intern-begeleider'],
  'gp-practice': ['huisarts', 'poh-jeugd'],
  jgz: ['jeugdverpleegkundige', 'jeugdverpleegkundige', 'jeugdarts'],
  'neighbourhood-team': ['wijkteammedewerker'],
  municipality: ['medewerker-toegang', 'medewerker-toegang', 'beleidsmedewerker'],
  welfare: ['maatschappelijk-werker', 'jongerenwerker'],
  'youth-care-provider': ['jeugdhulpverlener'],
  province: ['programmaleider'],
  'certified-institution': ['jeugdhulpverlener'],
  other: ['programmaleider'],
};

const JOB_LABELS: Record<JobFunction, string> = {
  'intern-begeleider': 'Intern begeleider',
  leerkracht: 'Leerkracht',
  'poh-jeugd': 'POH-jeugd',
  huisarts: 'Huisarts',
  'maatschappelijk-werker': 'Maatschappelijk werker',
  jeugdondersteuner: 'Jeugdondersteuner',
  jeugdverpleegkundige: 'Jeugdverpleegkundige',
  jeugdarts: 'Jeugdarts',
  'medewerker-toegang': 'Medewerker toegang',
  wijkteammedewerker: 'Wijkteammedewerker',
  jeugdhulpverlener: 'Jeugdhulpverlener',
  'pedagogisch-medewerker': 'Pedagogisch medewerker',
  beleidsmedewerker: 'Beleidsmedewerker',
  programmaleider: 'Programmaleider',
  'functioneel-beheerder': 'Functioneel beheerder',
  jongerenwerker: 'Jongerenwerker',
};
