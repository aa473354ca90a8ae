import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Tx } from '../db/database.js';
import type {
  ChildrenTable,
  ConsentsTable,
  CoordinatorsTable,
  EpisodesTable,
  FamiliesTable,
  GoalEvaluationsTable,
  GoalsTable,
  GoalStatus,
  GuardiansTable,
  InvolvementsTable,
  LevelChangesTable,
  LifeDomain,
  OrganisationKind,
  PlansTable,
} from '../db/schema.js';
import { requiredGivers } from '../modules/consents/rules.js';
import { dayOf } from '../platform/dates.js';

/*
 * Synthetic case data for load and benchmark work: children in families, with guardians, and for about
 * three families in ten a family plan with coordinator, team, goals, evaluations, support episodes and level
 * changes, shaped like the rows the application itself writes (see modules/plans and modules/families).
 * Everything is decided from one PRNG per seed; only the dates move with the day of seeding, and ids are
 * random. Rows go in by multi-row inserts, in batches of families, inside the caller's transaction.
 * Children carry no BSN: synthetic children must never collide with a real one.
 */

export interface CaseRegion {
  seed: number;
  municipalities: ReadonlyArray<{ id: string }>;
  neighbourhoods: ReadonlyArray<{ id: string; municipalityId: string }>;
  organisations: ReadonlyArray<{ id: string; kind: OrganisationKind; area_id: string }>;
  professionals: ReadonlyArray<{ id: string; organisationId: string; jobFunction: string | null }>;
}

export interface CaseCounts {
  children: number;
  families: number;
  plans: number;
  episodes: number;
}

// Shares, roughly after CBS youth-care figures and the usual size of Dutch families.
const FAMILY_SIZES = [
  [1, 0.45],
  [2, 0.38],
  [3, 0.17],
] as const;
const SHARE_WITH_PLAN = 0.3;
const SHARE_PLANS_CLOSED = 0.04;
const SHARE_HANDED_OVER = 0.1;
const SHARE_SINGLE_GUARDIAN = 0.25;
const SHARE_LEVEL_CHANGED = 0.15;
const LEVELS = [
  [0, 0.1],
  [1, 0.4],
  [2, 0.35],
  [3, 0.15],
] as const;
// Families are generated and written in batches of about this many children, so memory stays flat.
const BATCH_CHILDREN = 2500;
// PostgreSQL binds at most 65535 parameters per statement.
const MAX_PARAMETERS = 60_000;
const MAX_ROWS_PER_STATEMENT = 5000;
const DAY_MS = 86_400_000;
const CASE_SEED_SALT = 0x5eed_ca5e;

const COORDINATING_FUNCTIONS = new Set([
  'wijkteammedewerker', 'jeugdverpleegkundige', 'maatschappelijk-werker', 'jeugdondersteuner', 'intern-begeleider', 'poh-jeugd', 'jeugdhulpverlener', 'medewerker-toegang',
]);
const CASE_FUNCTIONS_EXCLUDED = new Set(['beleidsmedewerker', 'programmaleider', 'functioneel-beheerder']);
const REGION_WIDE_KINDS = new Set<OrganisationKind>(['jgz', 'youth-care-provider', 'certified-institution']);

interface Professional {
  id: string;
  organisationId: string;
  jobFunction: string | null;
}

interface Pools {
  /** Professionals who register children: local ones and youth health care (JGZ), per municipality. */
  registrars: Professional[][];
  /** Professionals who join teams: local ones and those of region-wide organisations, per municipality. */
  local: Professional[][];
  coordinators: Professional[][];
  accessOfficers: Professional[][];
  schools: string[][];
  childcare: string[][];
  providersByLevel: string[][][];
}

interface Buffers {
  families: Insertable<FamiliesTable>[];
  children: Insertable<ChildrenTable>[];
  guardians: Insertable<GuardiansTable>[];
  plans: Insertable<PlansTable>[];
  coordinators: Insertable<CoordinatorsTable>[];
  consents: Insertable<ConsentsTable>[];
  involvements: Insertable<InvolvementsTable>[];
  goals: Insertable<GoalsTable>[];
  evaluations: Insertable<GoalEvaluationsTable>[];
  episodes: Insertable<EpisodesTable>[];
  levelChanges: Insertable<LevelChangesTable>[];
}

const emptyBuffers = (): Buffers => ({
  families: [], children: [], guardians: [], plans: [], coordinators: [], consents: [], involvements: [], goals: [], evaluations: [], episodes: [], levelChanges: [],
});

/** Generates and inserts `children` children with their families and case files, inside `tx`. */
export async function seedSyntheticCases(tx: Tx, region: CaseRegion, children: number, now = new Date()): Promise<CaseCounts> {
  const counts: CaseCounts = { children: 0, families: 0, plans: 0, episodes: 0 };
  if (children === 0) return counts;
  if (region.municipalities.length === 0 || region.neighbourhoods.length === 0 || region.professionals.length === 0) {
    throw new Error('A synthetic region needs municipalities, neighbourhoods and professionals before it can hold children.');
  }
  const generator = new CaseGenerator(region, now);
  let buffers = emptyBuffers();
  while (counts.children < children) {
    const family = generator.family(buffers, children - counts.children);
    counts.children += family.children;
    counts.families += 1;
    counts.plans += family.plan ? 1 : 0;
    counts.episodes += family.episodes;
    if (buffers.children.length >= BATCH_CHILDREN) {
      await insertBuffers(tx, buffers);
      buffers = emptyBuffers();
    }
  }
  await insertBuffers(tx, buffers);
  return counts;
}

// ---------------------------------------------------------------------------------------------------------
// Generation

class CaseGenerator {
  private readonly random: () => number;
  private readonly pools: Pools;
  private readonly all: Professional[];
  private readonly neighbourhoodMunicipality: number[];
  /** Yesterday, as a day number (days since 1970-01-01): every generated date lies on or before it. */
  private readonly lastDay: number;

  constructor(
    private readonly region: CaseRegion,
    now: Date,
  ) {
    this.random = mulberry32((region.seed ^ CASE_SEED_SALT) >>> 0);
    this.lastDay = Date.parse(`${dayOf(now)}T00:00:00Z`) / DAY_MS - 1;
    this.all = region.professionals.map((p) => ({ ...p }));
    const municipalityIndex = new Map(region.municipalities.map((m, i) => [m.id, i]));
    const areaMunicipality = new Map<string, number>(municipalityIndex);
    for (const n of region.neighbourhoods) areaMunicipality.set(n.id, municipalityIndex.get(n.municipalityId)!);
    this.neighbourhoodMunicipality = region.neighbourhoods.map((n) => municipalityIndex.get(n.municipalityId)!);

    const count = region.municipalities.length;
    const lists = <T>() => Array.from({ length: count }, () => [] as T[]);
    const pools: Pools = { registrars: lists(), local: lists(), coordinators: lists(), accessOfficers: lists(), schools: lists(), childcare: lists(), providersByLevel: [[], [], [], []].map(() => lists<string>()) };
    const orgById = new Map(region.organisations.map((o) => [o.id, o]));
    const regionWide: string[] = [];
    for (const org of region.organisations) {
      const m = areaMunicipality.get(org.area_id);
      if (REGION_WIDE_KINDS.has(org.kind)) regionWide.push(org.id);
      if (m === undefined) continue;
      if (org.kind === 'school' || org.kind === 'ikc') pools.schools[m]!.push(org.id);
      if (org.kind === 'childcare' || org.kind === 'ikc') pools.childcare[m]!.push(org.id);
    }
    // Providers by level: basic support close by, light support from the neighbourhood, the rest from youth care.
    const providerKinds: OrganisationKind[][] = [
      ['school', 'ikc', 'jgz', 'welfare'],
      ['neighbourhood-team', 'welfare', 'jgz'],
      ['youth-care-provider', 'neighbourhood-team'],
      ['youth-care-provider', 'certified-institution'],
    ];
    for (const org of region.organisations) {
      const m = areaMunicipality.get(org.area_id);
      providerKinds.forEach((kinds, level) => {
        if (!kinds.includes(org.kind)) return;
        if (REGION_WIDE_KINDS.has(org.kind)) for (const list of pools.providersByLevel[level]!) list.push(org.id);
        else if (m !== undefined) pools.providersByLevel[level]![m]!.push(org.id);
      });
    }
    const regionWideStaff: Professional[] = [];
    const youthHealthCare: Professional[] = [];
    for (const p of this.all) {
      if (CASE_FUNCTIONS_EXCLUDED.has(p.jobFunction ?? '')) continue;
      const org = orgById.get(p.organisationId);
      if (!org) continue;
      if (REGION_WIDE_KINDS.has(org.kind)) {
        regionWideStaff.push(p);
        if (org.kind === 'jgz') youthHealthCare.push(p);
        continue;
      }
      const m = areaMunicipality.get(org.area_id);
      if (m === undefined) continue;
      pools.local[m]!.push(p);
      if (COORDINATING_FUNCTIONS.has(p.jobFunction ?? '')) pools.coordinators[m]!.push(p);
      if (p.jobFunction === 'medewerker-toegang' && org.kind === 'municipality') pools.accessOfficers[m]!.push(p);
    }
    const caseCapable = this.all.filter((p) => !CASE_FUNCTIONS_EXCLUDED.has(p.jobFunction ?? ''));
    const fallback = caseCapable.length ? caseCapable : this.all;
    const regionalCoordinators = regionWideStaff.filter((p) => COORDINATING_FUNCTIONS.has(p.jobFunction ?? ''));
    for (let m = 0; m < count; m++) {
      pools.registrars[m]!.push(...pools.local[m]!, ...youthHealthCare);
      if (pools.registrars[m]!.length === 0) pools.registrars[m]!.push(...fallback);
      pools.local[m]!.push(...regionWideStaff);
      if (pools.local[m]!.length === 0) pools.local[m]!.push(...fallback);
      // Coordinators come from the municipality itself; region-wide staff only where it has too few.
      if (pools.coordinators[m]!.length < 3) pools.coordinators[m]!.push(...regionalCoordinators);
      if (pools.coordinators[m]!.length === 0) pools.coordinators[m]!.push(...pools.local[m]!);
    }
    for (const list of pools.providersByLevel.flat()) if (list.length === 0) list.push(...(regionWide.length ? regionWide : region.organisations.map((o) => o.id)));
    this.pools = pools;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private weighted<T>(table: ReadonlyArray<readonly [T, number]>): T {
    let roll = this.random();
    for (const [value, share] of table) {
      if (roll < share) return value;
      roll -= share;
    }
    return table[table.length - 1]![0];
  }

  /** A whole number in [from, to], both included. */
  private between(from: number, to: number): number {
    return from + Math.floor(this.random() * (to - from + 1));
  }

  /** A day number in [from, to], leaning towards `from` (most things happen soon after the last). */
  private after(from: number, to: number, typicalDays: number): number {
    if (to <= from) return from;
    return Math.min(to, from + Math.floor(-Math.log(1 - this.random()) * typicalDays));
  }

  /** A moment during office hours on a day number, strictly before the seeding moment for days up to yesterday. */
  private at(day: number, notBefore?: Date): Date {
    const moment = new Date(day * DAY_MS + (7 + this.random() * 9) * 3_600_000);
    return notBefore && moment <= notBefore ? new Date(notBefore.getTime() + 60_000) : moment;
  }

  private professionalFrom(pool: readonly Professional[], except: ReadonlySet<string>): Professional | undefined {
    for (let attempt = 0; attempt < 8; attempt++) {
      const candidate = this.pick(pool);
      if (!except.has(candidate.id)) return candidate;
    }
    return pool.find((p) => !except.has(p.id));
  }

  family(out: Buffers, remaining: number): { children: number; plan: boolean; episodes: number } {
    const size = Math.min(remaining, this.weighted(FAMILY_SIZES));
    const neighbourhoodIndex = Math.floor(this.random() * this.region.neighbourhoods.length);
    const neighbourhood = this.region.neighbourhoods[neighbourhoodIndex]!;
    const m = this.neighbourhoodMunicipality[neighbourhoodIndex]!;
    const municipalityId = this.region.municipalities[m]!.id;
    const familyName = this.familyName();
    const familyId = randomUUID();

    // Children: siblings a few years apart, all under 18.
    const gaps: number[] = [];
    for (let i = 1; i < size; i++) gaps.push(this.between(300, 1500));
    const spread = gaps.reduce((sum, gap) => sum + gap, 0);
    const births: number[] = [this.lastDay - spread - this.between(0, 18 * 365 - 1 - spread)];
    for (const gap of gaps) births.push(births[births.length - 1]! + gap);
    const sharedSchool = this.random() < 0.8;
    const familySchool = this.pools.schools[m]!.length ? this.pick(this.pools.schools[m]!) : null;
    const sameRegistrar = this.random() < 0.7;
    let registrar = this.pick(this.pools.registrars[m]!);
    const kids: Array<{ id: string; birth: number; registrar: Professional; registered: Date; givenName: string }> = [];
    let familyCreated: Date | null = null;
    const givenNames = new Set<string>();
    for (const birth of births) {
      const id = randomUUID();
      if (!sameRegistrar) registrar = this.pick(this.pools.registrars[m]!);
      const registeredOn = this.between(Math.max(birth, this.lastDay - 3 * 365), this.lastDay);
      const registered = this.at(registeredOn);
      if (!familyCreated || registered < familyCreated) familyCreated = registered;
      let givenName = this.childName();
      while (givenNames.has(givenName)) givenName = this.childName();
      givenNames.add(givenName);
      const age = (this.lastDay - birth) / 365.25;
      let school: string | null = null;
      if (age >= 4 && age < 12.5) school = sharedSchool && familySchool ? familySchool : this.pools.schools[m]!.length ? this.pick(this.pools.schools[m]!) : null;
      else if (age < 4 && this.random() < 0.5 && this.pools.childcare[m]!.length) school = this.pick(this.pools.childcare[m]!);
      kids.push({ id, birth, registrar, registered, givenName });
      out.children.push({
        id,
        family_id: familyId,
        bsn_hash: null,
        bsn_encrypted: null,
        given_name: givenName,
        family_name: familyName,
        birth_date: dayString(birth),
        expected_birth_date: null,
        municipality_id: municipalityId,
        neighbourhood_id: neighbourhood.id,
        school_id: school,
        created_by: registrar.id,
        created_at: registered,
        updated_at: registered,
      });
      out.involvements.push({
        child_id: id,
        professional_id: registrar.id,
        organisation_id: registrar.organisationId,
        plan_id: null,
        reason: 'registered',
        consent_id: null,
        legal_ground: null,
        started_at: registered,
        ended_at: null,
        end_reason: null,
      });
    }
    out.families.push({ id: familyId, name: `Gezin ${familyName}`, created_by: kids[0]!.registrar.id, created_at: familyCreated! });

    // Guardians: one or two, mostly parents with parental authority.
    const guardianCount = this.random() < SHARE_SINGLE_GUARDIAN ? 1 : 2;
    for (let g = 0; g < guardianCount; g++) {
      const roll = this.random();
      const relation = roll < 0.94 ? 'parent' : roll < 0.97 ? 'foster-parent' : roll < 0.99 ? 'guardian' : 'other';
      const givenName = this.pick(ADULT_NAMES);
      const surname = g === 0 || this.random() < 0.5 ? familyName : this.familyName();
      out.guardians.push({
        family_id: familyId,
        given_name: givenName,
        family_name: surname,
        relation,
        has_parental_authority: relation === 'parent' || relation === 'guardian',
        phone: this.random() < 0.8 ? `06-99${this.digits(6)}` : null,
        email: this.random() < 0.6 ? `${slug(givenName)}.${slug(surname)}${this.between(1, 99)}@voorbeeld.example` : null,
        created_at: familyCreated!,
      });
    }

    if (this.random() >= SHARE_WITH_PLAN) return { children: size, plan: false, episodes: 0 };
    const episodes = this.plan(out, familyId, m, kids);
    return { children: size, plan: true, episodes };
  }

  /** A family plan as the application writes it: coordinator, team, consents, goals, episodes, level changes. */
  private plan(out: Buffers, familyId: string, m: number, kids: Array<{ id: string; birth: number; registrar: Professional; registered: Date }>): number {
    const planId = randomUUID();
    const firstDay = Math.floor(Math.max(...kids.map((k) => k.registered.getTime())) / DAY_MS);
    const openedOn = this.between(Math.max(firstDay, this.lastDay - 3 * 365), this.lastDay);
    const opened = this.at(openedOn, new Date(Math.max(...kids.map((k) => k.registered.getTime()))));
    const closed = this.random() < SHARE_PLANS_CLOSED && openedOn < this.lastDay;
    const lastOn = closed ? this.between(openedOn + 1, this.lastDay) : this.lastDay;
    // Closed after office hours on its last day, so everything that happened that day lies before it.
    const closedAt = closed ? new Date(lastOn * DAY_MS + 17 * 3_600_000 + Math.floor(this.random() * 3_600_000)) : null;

    const taken = new Set<string>();
    const handedOver = this.random() < SHARE_HANDED_OVER;
    const first = this.pick(this.pools.coordinators[m]!);
    taken.add(first.id);
    const current = handedOver ? (this.professionalFrom(this.pools.coordinators[m]!, taken) ?? first) : first;
    taken.add(current.id);
    const handoverAt = current !== first ? this.at(this.between(openedOn, lastOn), opened) : null;

    out.plans.push({ id: planId, family_id: familyId, status: closed ? 'closed' : 'open', opened_at: opened, opened_by: first.id, closed_at: closedAt, closed_by: closed ? current.id : null, close_reason: closed ? this.pick(CLOSE_REASONS) : null });
    if (handoverAt) {
      out.coordinators.push({ plan_id: planId, professional_id: first.id, started_at: opened, ended_at: handoverAt });
      out.coordinators.push({ plan_id: planId, professional_id: current.id, started_at: handoverAt, ended_at: null });
    } else {
      out.coordinators.push({ plan_id: planId, professional_id: first.id, started_at: opened, ended_at: null });
    }

    // The team: one to four besides the coordinator, often including whoever registered the first child.
    const team: Array<{ person: Professional; since: Date }> = [];
    const registrar = kids[0]!.registrar;
    if (!taken.has(registrar.id) && this.random() < 0.5) {
      taken.add(registrar.id);
      team.push({ person: registrar, since: opened });
    }
    const wanted = this.between(1, 4);
    while (team.length < wanted) {
      const person = this.professionalFrom(this.pools.local[m]!, taken);
      if (!person) break;
      taken.add(person.id);
      team.push({ person, since: this.at(this.after(openedOn, lastOn, 20), opened) });
    }
    if (handoverAt) team.push({ person: first, since: opened });

    // Another organisation than the one opening the plan needs the family's consent per child.
    const otherOrganisations = [...new Set([current, ...team.map((t) => t.person)].map((p) => p.organisationId).filter((id) => id !== first.organisationId))];
    const consentOf = new Map<string, string>();
    if (otherOrganisations.length) {
      for (const kid of kids) {
        const id = randomUUID();
        consentOf.set(kid.id, id);
        out.consents.push({
          id,
          child_id: kid.id,
          given_by: requiredGivers(dayString(kid.birth), dayString(openedOn)),
          organisation_ids: otherOrganisations,
          purpose: 'Samenwerken aan het gezinsplan',
          valid_from: dayString(openedOn),
          valid_until: null,
          recorded_by: first.id,
          recorded_at: opened,
          withdrawn_at: null,
          withdrawn_by: null,
          withdrawal_reason: null,
        });
      }
    }
    const involve = (person: Professional, reason: 'coordinator' | 'team-member', since: Date, ended: Date | null) => {
      for (const kid of kids) {
        const other = person.organisationId !== first.organisationId;
        out.involvements.push({
          child_id: kid.id,
          professional_id: person.id,
          organisation_id: person.organisationId,
          plan_id: planId,
          reason,
          consent_id: other ? (consentOf.get(kid.id) ?? null) : null,
          legal_ground: null,
          started_at: since,
          ended_at: ended,
          end_reason: ended ? 'plan-closed' : null,
        });
      }
    };
    // After a hand-over the new coordinator is 'coordinator' and the previous one stays as a team member.
    involve(current, 'coordinator', handoverAt ?? opened, null);
    for (const member of team) involve(member.person, 'team-member', member.since, closedAt);

    const workers = [current, ...team.map((t) => t.person)];

    // Goals in the family's own words, with evaluations along the way.
    const goalCount = this.between(1, 4);
    for (let g = 0; g < goalCount; g++) {
      const id = randomUUID();
      const domain = this.pick(DOMAINS);
      const createdOn = this.after(openedOn, lastOn, 14);
      const created = this.at(createdOn, opened);
      const status: GoalStatus = closed ? this.weighted(CLOSED_GOAL_STATUSES) : this.weighted(OPEN_GOAL_STATUSES);
      const evaluations = this.between(0, 3);
      const days: number[] = [];
      for (let e = 0; e < evaluations; e++) days.push(this.between(createdOn, lastOn));
      days.sort((a, b) => a - b);
      let score = this.between(3, 6);
      for (const day of days) {
        score = Math.max(1, Math.min(10, score + this.between(-1, 2)));
        out.evaluations.push({ goal_id: id, score, note: this.random() < 0.6 ? this.pick(EVALUATION_NOTES) : null, evaluated_on: dayString(day), evaluated_by: this.pick(workers).id, created_at: this.at(day, created) });
      }
      const lastTouched = days.length ? this.at(days[days.length - 1]!, created) : created;
      out.goals.push({
        id,
        plan_id: planId,
        child_id: this.random() < 0.5 ? this.pick(kids).id : null,
        domain,
        description: this.pick(GOALS[domain]),
        status,
        created_by: this.pick(workers).id,
        created_at: created,
        updated_at: lastTouched,
      });
    }

    // Support episodes with the national codes, each with its start and perhaps a scale-up or -down.
    const episodeCount = this.between(1, 3);
    const officers = this.pools.accessOfficers[m]!;
    for (let e = 0; e < episodeCount; e++) {
      const id = randomUUID();
      const kid = this.pick(kids);
      const startLevel = this.weighted(LEVELS);
      const requestedOn = this.after(openedOn, lastOn, 30);
      const status = closed ? 'ended' : this.weighted(EPISODE_STATUSES);
      const specialist = startLevel === 3;
      const decidedOn = specialist ? this.after(requestedOn, lastOn, 14) : null;
      const startedOn = status === 'planned' ? null : this.after(decidedOn ?? requestedOn, lastOn, 10);
      const endedOn = status === 'ended' ? this.after(startedOn!, lastOn, 120) : null;
      const creator = this.pick(workers);
      const officer = officers.length ? this.pick(officers) : creator;
      const requested = this.at(requestedOn, opened);
      let level: number = startLevel;
      out.levelChanges.push({
        episode_id: id,
        child_id: kid.id,
        from_level: null,
        to_level: startLevel,
        direction: 'start',
        requested_on: dayString(requestedOn),
        effective_on: specialist ? dayString(decidedOn!) : dayString(startedOn ?? requestedOn),
        reason: null,
        decision: specialist ? 'approved' : 'not-needed',
        decided_by: specialist ? officer.id : null,
        decided_on: specialist ? dayString(decidedOn!) : null,
        decision_reason: specialist ? 'Specialistische jeugdhulp nodig; indicatie afgegeven.' : null,
        requested_by: creator.id,
        created_at: requested,
      });
      let lastChange = requested;
      if (startedOn !== null && this.random() < SHARE_LEVEL_CHANGED) {
        const up = startLevel === 0 || (startLevel < 3 && this.random() < 0.6);
        level = up ? startLevel + 1 : startLevel - 1;
        const changeOn = this.after(startedOn, endedOn ?? lastOn, 45);
        const needsDecision = level === 3;
        // An approved scale-up keeps the episode's own decision date: only the level change records it.
        const changeDecidedOn = needsDecision ? this.after(changeOn, endedOn ?? lastOn, 10) : null;
        lastChange = this.at(changeOn, requested);
        out.levelChanges.push({
          episode_id: id,
          child_id: kid.id,
          from_level: startLevel,
          to_level: level,
          direction: up ? 'up' : 'down',
          requested_on: dayString(changeOn),
          effective_on: dayString(changeDecidedOn ?? changeOn),
          reason: this.pick(up ? SCALE_UP_REASONS : SCALE_DOWN_REASONS),
          decision: needsDecision ? 'approved' : 'not-needed',
          decided_by: needsDecision ? officer.id : null,
          decided_on: changeDecidedOn === null ? null : dayString(changeDecidedOn),
          decision_reason: needsDecision ? 'Opschaling naar specialistische jeugdhulp akkoord.' : null,
          requested_by: creator.id,
          created_at: lastChange,
        });
      }
      const updatedOn = endedOn ?? startedOn ?? decidedOn ?? requestedOn;
      const updated = this.at(updatedOn, lastChange);
      out.episodes.push({
        id,
        plan_id: planId,
        child_id: kid.id,
        level,
        provider_organisation_id: this.pick(this.pools.providersByLevel[startLevel]![m]!),
        kind: this.pick(EPISODE_KINDS[startLevel]!),
        intensity: this.pick(INTENSITIES),
        status,
        requested_on: dayString(requestedOn),
        decided_on: decidedOn === null ? null : dayString(decidedOn),
        started_on: startedOn === null ? null : dayString(startedOn),
        ended_on: endedOn === null ? null : dayString(endedOn),
        end_reason: endedOn === null ? null : this.weighted(END_REASONS),
        referrer: this.pick(REFERRERS[startLevel]!),
        form_of_help: this.pick(FORMS_OF_HELP[startLevel]!),
        started_in_crisis: specialist && this.random() < 0.05,
        product_category: startLevel >= 2 ? '45' : null,
        satisfaction: endedOn !== null && this.random() < 0.7 ? this.between(4, 10) : null,
        continuation: endedOn !== null && this.random() < 0.6 ? this.pick(['01', '02', '03', '04']) : null,
        created_by: creator.id,
        created_at: requested,
        updated_at: updated,
      });
    }
    return episodeCount;
  }

  private digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(this.random() * 10);
    return s;
  }

  private childName(): string {
    return this.pick(this.random() < 0.5 ? GIRLS : BOYS);
  }

  private familyName(): string {
    const roll = this.random();
    if (roll < 0.25) return `${this.pick(PREFIXES)} ${this.pick(NAME_CORES)}`;
    if (roll < 0.85) return this.pick(SURNAMES);
    return `${this.pick(NAME_CORES)}${this.pick(NAME_SUFFIXES)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Writing

async function insertBuffers(tx: Tx, b: Buffers): Promise<void> {
  // Parents before children, so every foreign key finds its row.
  await insertRows(b.families, 4, (rows) => tx.insertInto('families').values(rows).execute());
  await insertRows(b.children, 14, (rows) => tx.insertInto('children').values(rows).execute());
  await insertRows(b.guardians, 8, (rows) => tx.insertInto('guardians').values(rows).execute());
  await insertRows(b.plans, 8, (rows) => tx.insertInto('plans').values(rows).execute());
  await insertRows(b.coordinators, 4, (rows) => tx.insertInto('coordinators').values(rows).execute());
  await insertRows(b.consents, 12, (rows) => tx.insertInto('consents').values(rows).execute());
  await insertRows(b.involvements, 10, (rows) => tx.insertInto('involvements').values(rows).execute());
  await insertRows(b.goals, 9, (rows) => tx.insertInto('goals').values(rows).execute());
  await insertRows(b.evaluations, 6, (rows) => tx.insertInto('goal_evaluations').values(rows).execute());
  await insertRows(b.episodes, 23, (rows) => tx.insertInto('episodes').values(rows).execute());
  await insertRows(b.levelChanges, 14, (rows) => tx.insertInto('level_changes').values(rows).execute());
}

async function insertRows<R>(rows: R[], columns: number, insert: (chunk: R[]) => Promise<unknown>): Promise<void> {
  const size = Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns));
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

function mulberry32(seed: number): () => number {
  let state = (seed ^ 0x9e3779b9) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

// ---------------------------------------------------------------------------------------------------------
// Word lists and code tables

const GIRLS = ['Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Sara', 'Nora', 'Yara', 'Eva', 'Liv', 'Lotte', 'Noor', 'Saar', 'Evi', 'Anna', 'Lieke', 'Fenna', 'Roos', 'Isa', 'Nina', 'Lina', 'Femke', 'Fleur', 'Jasmijn', 'Maud', 'Elin', 'Hailey', 'Amira', 'Aya', 'Sofia', 'Ilse', 'Floor', 'Vera', 'Lynn', 'Esmee', 'Romy', 'Jill', 'Nova', 'Mia', 'Hanna', 'Zeynep', 'Layla', 'Marit', 'Sietske', 'Janna', 'Merel', 'Iris'];
const BOYS = ['Noah', 'Luca', 'Sem', 'Liam', 'Lucas', 'Finn', 'Daan', 'Levi', 'Milan', 'Bram', 'Jesse', 'Mees', 'Thijs', 'Sam', 'Adam', 'Ruben', 'Thomas', 'Lars', 'Max', 'Luuk', 'Julian', 'Tijn', 'Siem', 'Jens', 'Teun', 'Gijs', 'Stijn', 'Jayden', 'Mohammed', 'Yusuf', 'Ayoub', 'Omar', 'Hidde', 'Jelle', 'Sven', 'Niek', 'Tygo', 'Wessel', 'Floris', 'Otis', 'Boaz', 'Ties', 'Jurre', 'Hugo', 'Olivier', 'Mats', 'Rayan', 'Tjeerd'];
const ADULT_NAMES = ['Marieke', 'Sanne', 'Linda', 'Anouk', 'Esther', 'Kim', 'Laura', 'Femke', 'Nadia', 'Fatima', 'Samira', 'Monique', 'Ingrid', 'Petra', 'Jolanda', 'Marloes', 'Chantal', 'Yvonne', 'Hatice', 'Agnieszka', 'Mark', 'Dennis', 'Jeroen', 'Martijn', 'Sander', 'Erik', 'Bas', 'Kevin', 'Patrick', 'Mohamed', 'Ahmed', 'Hakan', 'Rik', 'Gert', 'Jan', 'Harm', 'Wim', 'Ronald', 'Tomasz', 'Stefan'];
const SURNAMES = ['Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Dijkstra', 'Kramer', 'Koster', 'Wolters', 'Schuurman', 'Wiersma', 'Hoekstra', 'Postma', 'Lubbers', 'Oosting', 'Zwiers', 'Lanting', 'Nijenhuis', 'Hulshof', 'Kamphuis', 'Scholten', 'Veldman', 'Tiemens', 'Bosma', 'Huisman', 'Kuipers', 'Boerma', 'Hofstee', 'Schepers', 'Jonker', 'Everts', 'Mensink', 'Bruins', 'Yilmaz', 'El Amrani', 'Öztürk', 'Bouzid', 'Kowalski', 'Nowak', 'Pinas', 'Sitaldin', 'Nguyen', 'Haddou'];
const PREFIXES = ['de', 'van', 'van der', 'van den', 'van de', 'ter', 'te'];
const NAME_CORES = ['Vries', 'Boer', 'Groot', 'Jong', 'Wit', 'Berg', 'Dijk', 'Meer', 'Veen', 'Haar', 'Brink', 'Laan', 'Heuvel', 'Horst', 'Wal', 'Beek', 'Kamp', 'Vliet', 'Molen', 'Velde'];
const NAME_SUFFIXES = ['ink', 'ing', 'ma', 'stra', 'sma', 'huis', 'man', 'es'];

const DOMAINS: readonly LifeDomain[] = ['development', 'parenting', 'school', 'health', 'safety', 'money', 'housing'];
const GOALS: Record<LifeDomain, readonly string[]> = {
  development: ['Onze zoon kan beter omgaan met boosheid.', 'Ze durft weer met vriendjes te spelen.', 'Hij leert zelf zijn spullen voor school klaar te zetten.'],
  parenting: ['We hebben een vast ritme voor eten en slapen.', 'We maken minder ruzie over de opvoeding.', 'We weten wat we kunnen doen als hij niet luistert.'],
  school: ['Hij gaat weer elke dag naar school.', 'Ze haalt haar achterstand bij rekenen in.', 'Er is een passende school gevonden.'],
  health: ['Ze slaapt weer de hele nacht door.', 'Hij eet gezonder en beweegt meer.', 'De angstklachten zijn minder geworden.'],
  safety: ['Iedereen in huis voelt zich veilig.', 'Er is een veiligheidsplan dat we allemaal kennen.', 'Er zijn geen incidenten meer thuis.'],
  money: ['We hebben overzicht over onze schulden.', 'De vaste lasten worden op tijd betaald.', 'We krijgen de toeslagen waar we recht op hebben.'],
  housing: ['We wonen in een huis dat groot genoeg is.', 'De kinderen hebben een eigen plek om te slapen.', 'We hoeven niet meer te verhuizen.'],
};
const OPEN_GOAL_STATUSES: ReadonlyArray<readonly [GoalStatus, number]> = [['open', 0.35], ['in-progress', 0.4], ['met', 0.15], ['not-met', 0.05], ['cancelled', 0.05]];
const CLOSED_GOAL_STATUSES: ReadonlyArray<readonly [GoalStatus, number]> = [['met', 0.6], ['not-met', 0.25], ['cancelled', 0.15]];
const EVALUATION_NOTES = ['Gaat de goede kant op.', 'Nog geen verandering.', 'Ouders merken verschil thuis.', 'School ziet vooruitgang.', 'Terugval na de vakantie.', 'Doel bijna bereikt.'];
const CLOSE_REASONS = ['Doelen bereikt.', 'Gezin verhuisd naar een andere gemeente.', 'Gezin wil geen ondersteuning meer.', 'Overgedragen aan specialistische jeugdhulp buiten het plan.'];
const EPISODE_STATUSES: ReadonlyArray<readonly ['active' | 'ended' | 'planned', number]> = [['active', 0.55], ['ended', 0.3], ['planned', 0.15]];
const EPISODE_KINDS: readonly (readonly string[])[] = [
  ['Opvoedadvies', 'Consult jeugdverpleegkundige', 'Huiswerkbegeleiding'],
  ['Opvoedondersteuning thuis', 'Schoolmaatschappelijk werk', 'Kortdurende gezinsbegeleiding'],
  ['Ambulante gezinsbegeleiding', 'Ambulante jeugd-GGZ', 'Praktische pedagogische gezinsbegeleiding'],
  ['Intensieve ambulante gezinsbehandeling', 'Specialistische jeugd-GGZ', 'Deeltijdbehandeling'],
];
const INTENSITIES = ['eenmalig', 'wekelijks', 'twee keer per week', 'om de week', 'maandelijks'];
// CBS Beleidsinformatie Jeugd codes, as in modules/plans/schemas.ts.
const REFERRERS: readonly (readonly string[])[] = [['01', '06'], ['01', '01', '03', '06'], ['01', '01', '02', '03'], ['01', '02', '02', '03', '04', '05', '08']];
const FORMS_OF_HELP: readonly (readonly string[])[] = [['01', '02'], ['01', '02', '03'], ['02', '03', '04', '11'], ['04', '11', '12', '13', '14']];
const END_REASONS: ReadonlyArray<readonly [string, number]> = [['01', 0.55], ['02', 0.15], ['03', 0.15], ['04', 0.1], ['05', 0.05]];
const SCALE_UP_REASONS = ['Zorgen nemen toe; meer hulp nodig.', 'Lichte hulp is niet genoeg gebleken.'];
const SCALE_DOWN_REASONS = ['Het gaat beter; minder hulp nodig.', 'Afschalen naar ondersteuning dichtbij.'];
