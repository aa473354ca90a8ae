import type { Db } from '../db/database.js';

/** The three pathways of the seeds, the support team at De Zuiderbreedte, and match rules the partners agreed. */
const PATHWAYS = [
  {
    name: 'Kinderen eerst',
    description: 'De huisartsenpraktijk verwijst niet meteen door, maar regelt eerst een gesprek met een maatschappelijk werker.',
    areaCode: 'GM1680',
    entryPoints: ['gp-practice', 'parents'],
    outcomes: ['advice', 'light-support', 'ambulatory', 'specialist'],
    steps: [
      { name: 'Gesprek met de maatschappelijk werker', responsibleFunction: 'maatschappelijk-werker', deadlineWorkingDays: 10 },
      { name: 'Uitkomst bespreken met gezin en huisarts', responsibleFunction: 'maatschappelijk-werker', deadlineWorkingDays: 5 },
    ],
  },
  {
    name: 'Vroeg erbij op school',
    description: 'De leerkracht signaleert, de intern begeleider brengt de vraag in het ondersteuningsteam, het team bepaalt de uitkomst.',
    areaCode: 'GM0118',
    entryPoints: ['school-support-team', 'parents'],
    outcomes: ['advice', 'light-support', 'ambulatory', 'specialist', 'special-education'],
    steps: [
      { name: 'Signaal van de leerkracht besproken met de intern begeleider', responsibleFunction: 'intern-begeleider', deadlineWorkingDays: 5 },
      { name: 'Bespreking in het ondersteuningsteam', responsibleFunction: 'intern-begeleider', deadlineWorkingDays: 15 },
      { name: 'Uitkomst met ouders besproken', responsibleFunction: 'intern-begeleider', deadlineWorkingDays: 5 },
    ],
  },
  {
    name: 'Zorgpad jeugdondersteuner IKC',
    description: 'In de focuswijken heeft elk integraal kindcentrum een jeugdondersteuner: laagdrempelig, in de eerste 2000 dagen en daarna.',
    areaCode: 'GM0080',
    entryPoints: ['ikc', 'jgz', 'parents'],
    outcomes: ['advice', 'light-support', 'ambulatory', 'specialist'],
    steps: [
      { name: 'Kennismaking met de jeugdondersteuner', responsibleFunction: 'jeugdondersteuner', deadlineWorkingDays: 5 },
      { name: 'Samen een plan van aanpak', responsibleFunction: 'jeugdondersteuner', deadlineWorkingDays: 10 },
    ],
  },
];

const MATCH_RULES = [
  { priority: 10, description: 'Is er al een jeugdhulpaanbieder betrokken, dan neemt die de regie.', whenInvolvedKind: 'youth-care-provider', proposeKind: 'youth-care-provider' },
  { priority: 20, description: 'Voor kinderen onder de 4 neemt de jeugdgezondheidszorg de regie.', maxAge: 3, proposeKind: 'jgz' },
  { priority: 30, description: 'Voor kinderen van schoolgaande leeftijd neemt de school de regie.', minAge: 4, maxAge: 17, proposeKind: 'school' },
  { priority: 40, description: 'Anders neemt het wijkteam de regie.', proposeKind: 'neighbourhood-team' },
];

export async function seedDemoPathways(db: Db): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const areas = new Map((await tx.selectFrom('areas').select(['id', 'code']).where('code', 'in', PATHWAYS.map((p) => p.areaCode)).execute()).map((a) => [a.code, a.id]));
    for (const p of PATHWAYS) {
      const pathway = await tx
        .insertInto('pathways')
        .values({ name: p.name, description: p.description, area_id: areas.get(p.areaCode) ?? null, entry_points: p.entryPoints, outcomes: p.outcomes })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('pathway_steps')
        .values(p.steps.map((s, i) => ({ pathway_id: pathway.id, position: i + 1, name: s.name, responsible_function: s.responsibleFunction, deadline_working_days: s.deadlineWorkingDays })))
        .execute();
    }
    await tx
      .insertInto('match_rules')
      .values(MATCH_RULES.map((r) => ({ priority: r.priority, description: r.description, when_involved_kind: r.whenInvolvedKind ?? null, min_age: r.minAge ?? null, max_age: r.maxAge ?? null, propose_kind: r.proposeKind })))
      .execute();

    // The interprofessional support team of De Zuiderbreedte: intern begeleider, JGZ, social worker.
    const school = await tx.selectFrom('organisations').select('id').where('name', '=', 'Brede school De Zuiderbreedte').executeTakeFirst();
    if (!school) return;
    const team = await tx.insertInto('support_teams').values({ school_id: school.id, name: 'Ondersteuningsteam De Zuiderbreedte' }).returning('id').executeTakeFirstOrThrow();
    const members = await tx
      .selectFrom('users')
      .select(['id', 'job_function'])
      .where('email', 'in', ['ib.zuiderbreedte@dichtbij.example', 'jvk.hoogeveen@dichtbij.example', 'smw.hoogeveen@dichtbij.example'])
      .execute();
    await tx.insertInto('support_team_members').values(members.map((m) => ({ team_id: team.id, professional_id: m.id, role: m.job_function ?? 'lid' }))).execute();
  });
}
