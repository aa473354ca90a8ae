import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { containsPattern } from '../../db/like.js';
import type { ParticipantRole, ProgrammeStatus } from '../../db/schema.js';

interface Window {
  limit: number;
  offset: number;
}

// ---- Programmes ----

export interface ProgrammeFilter {
  query?: string;
  status?: ProgrammeStatus;
  areaId?: string;
  organisationId?: string;
  leadOrganisationId?: string;
}

function filteredProgrammes(db: DbOrTx, filter: ProgrammeFilter) {
  let q = db.selectFrom('programmes as p');
  if (filter.query) q = q.where(sql<string>`lower(p.name)`, 'like', containsPattern(filter.query));
  if (filter.status) q = q.where('p.status', '=', filter.status);
  if (filter.leadOrganisationId) q = q.where('p.lead_organisation_id', '=', filter.leadOrganisationId);
  if (filter.areaId) {
    const areaId = filter.areaId;
    q = q.where((eb) => eb.exists(eb.selectFrom('programme_areas as pa').select('pa.area_id').whereRef('pa.programme_id', '=', 'p.id').where('pa.area_id', '=', areaId)));
  }
  if (filter.organisationId) {
    const organisationId = filter.organisationId;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('programme_organisations as po').select('po.organisation_id').whereRef('po.programme_id', '=', 'p.id').where('po.organisation_id', '=', organisationId)),
    );
  }
  return q;
}

function programmeColumns(db: DbOrTx) {
  return db
    .selectFrom('programmes as p')
    .innerJoin('organisations as lead', 'lead.id', 'p.lead_organisation_id')
    .select([
      'p.id', 'p.name', 'p.aim', 'p.status', 'p.starts_on', 'p.ends_on', 'p.lead_organisation_id', 'p.report_every_months',
      'p.indicator_codes', 'p.created_at', 'p.updated_at', 'lead.name as lead_name',
    ])
    .select((eb) => [
      eb.selectFrom('projects as pr').select(eb.fn.countAll<number>().as('n')).whereRef('pr.programme_id', '=', 'p.id').as('project_count'),
      eb.selectFrom('programme_organisations as po').select(eb.fn.countAll<number>().as('n')).whereRef('po.programme_id', '=', 'p.id').as('organisation_count'),
    ]);
}

export async function listProgrammes(db: DbOrTx, filter: ProgrammeFilter, window: Window) {
  const ids = filteredProgrammes(db, filter).select('p.id');
  const [rows, count] = await Promise.all([
    programmeColumns(db).where('p.id', 'in', ids).orderBy(sql`lower(p.name)`).orderBy('p.id').limit(window.limit).offset(window.offset).execute(),
    filteredProgrammes(db, filter).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

export async function findProgramme(db: DbOrTx, id: string) {
  return programmeColumns(db).where('p.id', '=', id).executeTakeFirst();
}

export async function programmesByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return programmeColumns(db).where('p.id', 'in', ids).orderBy(sql`lower(p.name)`).execute();
}

export async function areasOfProgrammes(db: DbOrTx, programmeIds: string[]) {
  if (programmeIds.length === 0) return [];
  return db
    .selectFrom('programme_areas as pa')
    .innerJoin('areas as a', 'a.id', 'pa.area_id')
    .select(['pa.programme_id', 'a.id', 'a.code', 'a.name'])
    .where('pa.programme_id', 'in', programmeIds)
    .orderBy('a.name')
    .execute();
}

export async function participantsOf(db: DbOrTx, programmeId: string) {
  return db
    .selectFrom('programme_organisations as po')
    .innerJoin('organisations as o', 'o.id', 'po.organisation_id')
    .select(['o.id', 'o.name', 'o.kind', 'po.role', 'po.joined_on'])
    .where('po.programme_id', '=', programmeId)
    // The lead first, then schools, then the others; by name within a role.
    .orderBy(sql`case po.role when 'lead' then 0 when 'school' then 1 else 2 end`)
    .orderBy(sql`lower(o.name)`)
    .execute();
}

export async function participant(db: DbOrTx, programmeId: string, organisationId: string) {
  return db.selectFrom('programme_organisations').selectAll().where('programme_id', '=', programmeId).where('organisation_id', '=', organisationId).executeTakeFirst();
}

export async function existingOrganisations(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organisations').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function existingAreas(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('areas').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function replaceAreas(db: DbOrTx, programmeId: string, areaIds: string[]) {
  await db.deleteFrom('programme_areas').where('programme_id', '=', programmeId).execute();
  if (areaIds.length) await db.insertInto('programme_areas').values(areaIds.map((area_id) => ({ programme_id: programmeId, area_id }))).execute();
}

export async function upsertParticipants(db: DbOrTx, programmeId: string, rows: { organisationId: string; role: ParticipantRole }[], joinedOn: string) {
  if (rows.length === 0) return;
  await db
    .insertInto('programme_organisations')
    .values(rows.map((r) => ({ programme_id: programmeId, organisation_id: r.organisationId, role: r.role, joined_on: joinedOn })))
    .onConflict((oc) => oc.columns(['programme_id', 'organisation_id']).doUpdateSet((eb) => ({ role: eb.ref('excluded.role') })))
    .execute();
}

/** Programmes with their organisation's role for one person: as lead organisation or as participant. */
export async function programmesOfOrganisations(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('programme_organisations')
    .select(['programme_id', 'organisation_id', 'role'])
    .where('organisation_id', 'in', organisationIds)
    .execute();
}

export async function trainingsAndGroupsOf(db: DbOrTx, programmeId: string) {
  const [trainings, groups] = await Promise.all([
    db.selectFrom('trainings').select(['id', 'name']).where('programme_id', '=', programmeId).orderBy('name').execute(),
    db.selectFrom('learning_groups').select(['id', 'name']).where('programme_id', '=', programmeId).orderBy('name').execute(),
  ]);
  return { trainings, groups };
}

// ---- Projects ----

export async function projectsOf(db: DbOrTx, programmeId: string) {
  return db
    .selectFrom('projects as pr')
    .leftJoin('organisations as o', 'o.id', 'pr.organisation_id')
    .select(['pr.id', 'pr.name', 'pr.status', 'pr.starts_on', 'pr.ends_on', 'pr.indicator_codes', 'o.id as organisation_id', 'o.name as organisation_name', 'o.kind as organisation_kind'])
    .select((eb) => eb.selectFrom('project_goals as g').select(eb.fn.countAll<number>().as('n')).whereRef('g.project_id', '=', 'pr.id').as('goal_count'))
    .where('pr.programme_id', '=', programmeId)
    .orderBy(sql`lower(pr.name)`)
    .orderBy('pr.id')
    .execute();
}

export async function findProject(db: DbOrTx, id: string) {
  return db
    .selectFrom('projects as pr')
    .innerJoin('programmes as p', 'p.id', 'pr.programme_id')
    .leftJoin('organisations as o', 'o.id', 'pr.organisation_id')
    .select([
      'pr.id', 'pr.programme_id', 'pr.name', 'pr.description', 'pr.status', 'pr.starts_on', 'pr.ends_on', 'pr.indicator_codes', 'pr.organisation_id',
      'p.name as programme_name', 'p.lead_organisation_id', 'o.name as organisation_name', 'o.kind as organisation_kind',
    ])
    .where('pr.id', '=', id)
    .executeTakeFirst();
}

export async function partnersOfProjects(db: DbOrTx, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return db
    .selectFrom('project_partners as pp')
    .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
    .select(['pp.project_id', 'o.id', 'o.name', 'o.kind', 'pp.contribution'])
    .where('pp.project_id', 'in', projectIds)
    .orderBy(sql`lower(o.name)`)
    .execute();
}

export async function goalsOfProjects(db: DbOrTx, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return db
    .selectFrom('project_goals as g')
    .leftJoin('questionnaire_answers as a', 'a.id', 'g.source_answer_id')
    .leftJoin('questionnaire_questions as q', 'q.id', 'a.question_id')
    .leftJoin('questionnaire_responses as r', 'r.id', 'a.response_id')
    .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select([
      'g.id', 'g.project_id', 'g.description', 'g.target', 'g.status', 'g.created_at', 'g.updated_at', 'g.source_answer_id',
      'q.questionnaire_id', 'q.text as question_text', 'o.id as source_organisation_id', 'o.name as source_organisation_name',
    ])
    .where('g.project_id', 'in', projectIds)
    .orderBy('g.created_at')
    .orderBy('g.id')
    .execute();
}

export async function findGoal(db: DbOrTx, id: string) {
  return db
    .selectFrom('project_goals as g')
    .innerJoin('projects as pr', 'pr.id', 'g.project_id')
    .select(['g.id', 'g.project_id', 'pr.programme_id'])
    .where('g.id', '=', id)
    .executeTakeFirst();
}

/** An answer given in a questionnaire of this programme, with the school that gave it. */
export async function answerInProgramme(db: DbOrTx, answerId: string, programmeId: string) {
  return db
    .selectFrom('questionnaire_answers as a')
    .innerJoin('questionnaire_responses as r', 'r.id', 'a.response_id')
    .innerJoin('questionnaires as q', 'q.id', 'r.questionnaire_id')
    .select(['a.id', 'r.organisation_id', 'q.id as questionnaire_id'])
    .where('a.id', '=', answerId)
    .where('q.programme_id', '=', programmeId)
    .executeTakeFirst();
}

export async function goalCountsByProject(db: DbOrTx, programmeId: string) {
  return db
    .selectFrom('project_goals as g')
    .innerJoin('projects as pr', 'pr.id', 'g.project_id')
    .select(['g.project_id', 'g.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('pr.programme_id', '=', programmeId)
    .groupBy(['g.project_id', 'g.status'])
    .execute();
}

// ---- Progress reports ----

function reportColumns(db: DbOrTx) {
  return db
    .selectFrom('progress_reports as r')
    .leftJoin('projects as pr', 'pr.id', 'r.project_id')
    .leftJoin('users as u', 'u.id', 'r.author_id')
    .select([
      'r.id', 'r.programme_id', 'r.project_id', 'pr.name as project_name', 'r.period_start', 'r.period_end', 'r.done', 'r.learned', 'r.next_steps',
      'r.author_id', 'u.name as author_name', 'r.created_at', 'r.updated_at',
    ]);
}

export async function findReport(db: DbOrTx, id: string) {
  return reportColumns(db).where('r.id', '=', id).executeTakeFirst();
}

export interface ReportFilter {
  programmeId?: string;
  projectId?: string;
  level?: 'programme' | 'project' | 'all';
}

function filteredReports(db: DbOrTx, filter: ReportFilter) {
  let q = db.selectFrom('progress_reports as r');
  if (filter.programmeId) q = q.where('r.programme_id', '=', filter.programmeId);
  if (filter.projectId) q = q.where('r.project_id', '=', filter.projectId);
  if (filter.level === 'programme') q = q.where('r.project_id', 'is', null);
  if (filter.level === 'project') q = q.where('r.project_id', 'is not', null);
  return q;
}

export async function listReports(db: DbOrTx, filter: ReportFilter, window: Window) {
  const [rows, count] = await Promise.all([
    reportColumns(db)
      .where('r.id', 'in', filteredReports(db, filter).select('r.id'))
      .orderBy('r.period_end', 'desc')
      .orderBy('r.created_at', 'desc')
      .limit(window.limit)
      .offset(window.offset)
      .execute(),
    filteredReports(db, filter).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

/** The latest period end reported, per programme (project null) and per project, for these programmes. */
export async function latestReportEnds(db: DbOrTx, programmeIds: string[]) {
  if (programmeIds.length === 0) return [];
  return db
    .selectFrom('progress_reports')
    .select(['programme_id', 'project_id', (eb) => eb.fn.max('period_end').as('period_end')])
    .where('programme_id', 'in', programmeIds)
    .groupBy(['programme_id', 'project_id'])
    .execute();
}

export async function runningProjectsOf(db: DbOrTx, programmeIds: string[]) {
  if (programmeIds.length === 0) return [];
  return db
    .selectFrom('projects')
    .select(['id', 'programme_id', 'name', 'starts_on', 'ends_on', 'organisation_id'])
    .where('programme_id', 'in', programmeIds)
    .where('status', '=', 'running')
    .orderBy('name')
    .execute();
}

/** The latest report of each project of a programme (one query for the whole overview). */
export async function latestProjectReports(db: DbOrTx, programmeId: string) {
  return reportColumns(db)
    .where('r.programme_id', '=', programmeId)
    .where('r.project_id', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('progress_reports as later')
            .select('later.id')
            .whereRef('later.project_id', '=', 'r.project_id')
            .where((eb) => eb.or([eb('later.period_end', '>', eb.ref('r.period_end')), eb.and([eb('later.period_end', '=', eb.ref('r.period_end')), eb('later.created_at', '>', eb.ref('r.created_at'))])])),
        ),
      ),
    )
    .execute();
}

// ---- Questionnaires ----

export async function findQuestionnaire(db: DbOrTx, id: string) {
  return db
    .selectFrom('questionnaires as q')
    .innerJoin('programmes as p', 'p.id', 'q.programme_id')
    .select(['q.id', 'q.programme_id', 'q.title', 'q.introduction', 'q.status', 'q.closes_on', 'q.sent_at', 'q.closed_at', 'p.name as programme_name', 'p.lead_organisation_id'])
    .where('q.id', '=', id)
    .executeTakeFirst();
}

export async function questionsOf(db: DbOrTx, questionnaireId: string) {
  return db.selectFrom('questionnaire_questions').select(['id', 'position', 'text', 'hint']).where('questionnaire_id', '=', questionnaireId).orderBy('position').execute();
}

export async function recipientsOf(db: DbOrTx, questionnaireId: string) {
  return db
    .selectFrom('questionnaire_recipients as qr')
    .innerJoin('organisations as o', 'o.id', 'qr.organisation_id')
    .leftJoin('questionnaire_responses as r', (join) => join.onRef('r.questionnaire_id', '=', 'qr.questionnaire_id').onRef('r.organisation_id', '=', 'qr.organisation_id'))
    .select(['o.id', 'o.name', 'o.kind', 'r.id as response_id', 'r.status as response_status', 'r.submitted_at'])
    .where('qr.questionnaire_id', '=', questionnaireId)
    .orderBy(sql`lower(o.name)`)
    .execute();
}

export async function questionnairesOfProgramme(db: DbOrTx, programmeId: string) {
  return db
    .selectFrom('questionnaires as q')
    .select(['q.id', 'q.programme_id', 'q.title', 'q.status', 'q.sent_at', 'q.closes_on', 'q.created_at'])
    .select((eb) => [
      eb.selectFrom('questionnaire_questions as qq').select(eb.fn.countAll<number>().as('n')).whereRef('qq.questionnaire_id', '=', 'q.id').as('question_count'),
      eb.selectFrom('questionnaire_recipients as qr').select(eb.fn.countAll<number>().as('n')).whereRef('qr.questionnaire_id', '=', 'q.id').as('recipient_count'),
      eb
        .selectFrom('questionnaire_responses as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.questionnaire_id', '=', 'q.id')
        .where('r.status', '=', 'submitted')
        .as('submitted_count'),
    ])
    .where('q.programme_id', '=', programmeId)
    .orderBy('q.created_at', 'desc')
    .execute();
}

export async function findResponse(db: DbOrTx, questionnaireId: string, organisationId: string) {
  return db
    .selectFrom('questionnaire_responses as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .leftJoin('users as u', 'u.id', 'r.submitted_by')
    .select(['r.id', 'r.questionnaire_id', 'r.organisation_id', 'o.name as organisation_name', 'r.status', 'r.submitted_at', 'r.submitted_by', 'u.name as submitted_by_name', 'r.updated_at'])
    .where('r.questionnaire_id', '=', questionnaireId)
    .where('r.organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function answersOf(db: DbOrTx, responseIds: string[]) {
  if (responseIds.length === 0) return [];
  return db
    .selectFrom('questionnaire_answers as a')
    .innerJoin('questionnaire_questions as q', 'q.id', 'a.question_id')
    .select(['a.id', 'a.response_id', 'a.question_id', 'a.text'])
    .where('a.response_id', 'in', responseIds)
    .orderBy('q.position')
    .execute();
}

/** Sent, still open questionnaires addressed to these organisations, with their own response's status. */
export async function questionnairesForOrganisations(db: DbOrTx, organisationIds: string[], today: string) {
  return db
    .selectFrom('questionnaire_recipients as qr')
    .innerJoin('questionnaires as q', 'q.id', 'qr.questionnaire_id')
    .innerJoin('programmes as p', 'p.id', 'q.programme_id')
    .innerJoin('organisations as o', 'o.id', 'qr.organisation_id')
    .leftJoin('questionnaire_responses as r', (join) => join.onRef('r.questionnaire_id', '=', 'qr.questionnaire_id').onRef('r.organisation_id', '=', 'qr.organisation_id'))
    .select(['q.id', 'q.title', 'q.closes_on', 'p.id as programme_id', 'p.name as programme_name', 'o.id as organisation_id', 'o.name as organisation_name', 'r.status as response_status'])
    .where('qr.organisation_id', 'in', organisationIds)
    .where('q.status', '=', 'sent')
    .where((eb) => eb.or([eb('q.closes_on', 'is', null), eb('q.closes_on', '>=', today)]))
    .orderBy('q.closes_on')
    .orderBy('q.title')
    .execute();
}

/** Submitted answers of every school, question by question, for comparison. */
export async function submittedAnswers(db: DbOrTx, questionnaireId: string) {
  return db
    .selectFrom('questionnaire_answers as a')
    .innerJoin('questionnaire_responses as r', 'r.id', 'a.response_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['a.id', 'a.question_id', 'a.text', 'o.id as organisation_id', 'o.name as organisation_name'])
    .where('r.questionnaire_id', '=', questionnaireId)
    .where('r.status', '=', 'submitted')
    .where('a.text', '!=', '')
    .orderBy(sql`lower(o.name)`)
    .execute();
}

export async function questionnaireFigures(db: DbOrTx, programmeId: string) {
  const row = await db
    .selectFrom('questionnaires as q')
    .select((eb) => [
      eb.fn.countAll<number>().as('sent'),
      eb.fn
        .coalesce(
          eb.fn.sum<number>(eb.selectFrom('questionnaire_recipients as qr').select(eb.fn.countAll<number>().as('n')).whereRef('qr.questionnaire_id', '=', 'q.id')),
          sql<number>`0`,
        )
        .as('recipients'),
    ])
    .where('q.programme_id', '=', programmeId)
    .where('q.status', '!=', 'draft')
    .executeTakeFirstOrThrow();
  const submitted = await db
    .selectFrom('questionnaire_responses as r')
    .innerJoin('questionnaires as q', 'q.id', 'r.questionnaire_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('q.programme_id', '=', programmeId)
    .where('r.status', '=', 'submitted')
    .executeTakeFirstOrThrow();
  return { sent: Number(row.sent), recipients: Number(row.recipients), submitted: Number(submitted.n) };
}

