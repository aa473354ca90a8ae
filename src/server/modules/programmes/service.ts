import type { DbOrTx } from '../../db/database.js';
import type { ParticipantRole, ProgrammeStatus, ProjectGoalStatus } from '../../db/schema.js';
import type { AuditEntry } from '../../platform/audit.js';
import { type Actor, type RequestContext, requireActor } from '../../platform/context.js';
import { addDays, dayOf } from '../../platform/dates.js';
import { type Page, paged } from '../../platform/paging.js';
import { type InvalidParam, Problem, conflict, invalid, invalidField, notFound } from '../../platform/problems.js';
import * as repo from './repo.js';

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505';

// ---- Who may do what with a programme (row rules on top of the policy table) ----

/** The organisations a person leads programmes for: the scopes of their programme-lead grants. */
export function leadOrganisationIds(actor: Actor): string[] {
  return actor.grants.filter((g) => g.role === 'programme-lead' && g.organisationId).map((g) => g.organisationId!);
}

/** Platform administrators manage every programme; a programme lead those of the organisations they lead for. */
export function managesOrganisation(actor: Actor | null, organisationId: string): boolean {
  if (!actor) return false;
  return actor.roles.includes('platform-admin') || leadOrganisationIds(actor).includes(organisationId);
}

function refusal(resource: string, resourceId: string, reason: string): AuditEntry {
  return { resource, resourceId, action: 'manage', outcome: 'denied', context: { reason } };
}

export function notProgrammeLead(resource: string, resourceId: string) {
  return new Problem(403, 'not-programme-lead', 'programme.not-lead', { audit: refusal(resource, resourceId, 'not-programme-lead') });
}

/** Loads a programme for a change: 404 when it does not exist, 403 (audited) when the actor does not manage it. */
export async function programmeToManage(ctx: RequestContext, programmeId: string, db: DbOrTx = ctx.db) {
  const actor = requireActor(ctx);
  const programme = await repo.findProgramme(db, programmeId);
  if (!programme) throw notFound();
  if (!managesOrganisation(actor, programme.lead_organisation_id)) throw notProgrammeLead('programme', programmeId);
  return programme;
}

/** Whether the actor manages the programme (for `canManage` flags and for modules that hang off a programme). */
export async function managesProgramme(ctx: RequestContext, programmeId: string): Promise<boolean> {
  const programme = await repo.findProgramme(ctx.db, programmeId);
  return programme !== undefined && managesOrganisation(ctx.actor, programme.lead_organisation_id);
}

/** A programme's id and name, or 404 (for modules that link groups and trainings to a programme). */
export async function programmeReference(ctx: RequestContext, programmeId: string) {
  const programme = await repo.findProgramme(ctx.db, programmeId);
  if (!programme) return null;
  return { id: programme.id, name: programme.name, leadOrganisationId: programme.lead_organisation_id };
}

// ---- Views ----

type ProgrammeRow = NonNullable<Awaited<ReturnType<typeof repo.findProgramme>>>;
type AreaRow = Awaited<ReturnType<typeof repo.areasOfProgrammes>>[number];

function toSummary(p: ProgrammeRow, areas: AreaRow[]) {
  return {
    id: p.id,
    name: p.name,
    aim: p.aim,
    status: p.status,
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    leadOrganisationId: p.lead_organisation_id,
    leadOrganisation: { id: p.lead_organisation_id, name: p.lead_name },
    areas: areas.filter((a) => a.programme_id === p.id).map((a) => ({ id: a.id, code: a.code, name: a.name })),
    projectCount: Number(p.project_count ?? 0),
    organisationCount: Number(p.organisation_count ?? 0),
  };
}

export async function listProgrammes(ctx: RequestContext, filter: repo.ProgrammeFilter, page: Page) {
  const { rows, total } = await repo.listProgrammes(ctx.db, filter, page);
  const areas = await repo.areasOfProgrammes(ctx.db, rows.map((r) => r.id));
  return paged(rows.map((r) => toSummary(r, areas)), total, page);
}

export async function summariesOf(ctx: RequestContext, programmeIds: string[]) {
  const rows = await repo.programmesByIds(ctx.db, programmeIds);
  const areas = await repo.areasOfProgrammes(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => ({ row: r, summary: toSummary(r, areas) }));
}

export async function getProgramme(ctx: RequestContext, id: string) {
  const programme = await repo.findProgramme(ctx.db, id);
  if (!programme) throw notFound();
  const [areas, organisations, projects, linked] = await Promise.all([
    repo.areasOfProgrammes(ctx.db, [id]),
    repo.participantsOf(ctx.db, id),
    repo.projectsOf(ctx.db, id),
    repo.trainingsAndGroupsOf(ctx.db, id),
  ]);
  return {
    ...toSummary(programme, areas),
    reportEveryMonths: programme.report_every_months,
    indicatorCodes: programme.indicator_codes,
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind, role: o.role, joinedOn: o.joined_on })),
    projects: projects.map(toProjectSummary),
    trainings: linked.trainings,
    groups: linked.groups,
    canManage: managesOrganisation(ctx.actor, programme.lead_organisation_id),
    createdAt: programme.created_at.toISOString(),
    updatedAt: programme.updated_at.toISOString(),
  };
}

type ProjectListRow = Awaited<ReturnType<typeof repo.projectsOf>>[number];

export function toProjectSummary(p: ProjectListRow) {
  return {
    id: p.id,
    name: p.name,
    status: p.status,
    organisation: p.organisation_id ? { id: p.organisation_id, name: p.organisation_name!, kind: p.organisation_kind! } : null,
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    goalCount: Number(p.goal_count ?? 0),
  };
}

// ---- Programme writes ----

async function checkReferences(db: DbOrTx, organisations: { name: string; id: string }[], areas: { name: string; id: string }[]) {
  const [knownOrganisations, knownAreas] = await Promise.all([
    repo.existingOrganisations(db, [...new Set(organisations.map((o) => o.id))]),
    repo.existingAreas(db, [...new Set(areas.map((a) => a.id))]),
  ]);
  const problems: InvalidParam[] = [
    ...organisations.filter((o) => !knownOrganisations.has(o.id)).map((o) => ({ name: o.name, code: 'unknown-organisation', reason: 'unknown-organisation' as const })),
    ...areas.filter((a) => !knownAreas.has(a.id)).map((a) => ({ name: a.name, code: 'unknown-area', reason: 'unknown-area' as const })),
  ];
  if (problems.length) throw invalid(problems);
}

function checkPeriod(startsOn: string | null | undefined, endsOn: string | null | undefined, field = 'endsOn') {
  if (startsOn && endsOn && endsOn < startsOn) throw invalidField(field, 'before-start', 'programme.ends-before-start');
}

export interface NewProgramme {
  name: string;
  aim: string;
  leadOrganisationId: string;
  areaIds: string[];
  startsOn: string;
  endsOn?: string | null;
  status?: ProgrammeStatus;
  reportEveryMonths?: 1 | 3 | 6 | 12;
  indicatorCodes?: string[];
  organisations?: { organisationId: string; role: ParticipantRole }[];
}

export async function createProgramme(ctx: RequestContext, input: NewProgramme) {
  const actor = requireActor(ctx);
  checkPeriod(input.startsOn, input.endsOn);
  const participants = input.organisations ?? [];
  await checkReferences(
    ctx.db,
    [{ name: 'leadOrganisationId', id: input.leadOrganisationId }, ...participants.map((p, i) => ({ name: `organisations.${i}.organisationId`, id: p.organisationId }))],
    input.areaIds.map((id, i) => ({ name: `areaIds.${i}`, id })),
  );
  if (!managesOrganisation(actor, input.leadOrganisationId)) {
    throw new Problem(403, 'not-programme-lead', 'programme.lead-not-yours', { audit: { resource: 'programme', action: 'create', outcome: 'denied', context: { reason: 'not-programme-lead' } } });
  }
  // Later entries win; the lead organisation always takes part as lead, and only it does.
  const byOrganisation = new Map<string, ParticipantRole>();
  for (const p of participants) byOrganisation.set(p.organisationId, p.role === 'lead' ? 'partner' : p.role);
  byOrganisation.set(input.leadOrganisationId, 'lead');
  return ctx.transaction(async (tx) => {
    const now = ctx.now();
    const programme = await tx
      .insertInto('programmes')
      .values({
        name: input.name,
        aim: input.aim,
        lead_organisation_id: input.leadOrganisationId,
        status: input.status,
        starts_on: input.startsOn,
        ends_on: input.endsOn ?? null,
        report_every_months: input.reportEveryMonths,
        indicator_codes: [...new Set(input.indicatorCodes ?? [])],
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await repo.replaceAreas(tx, programme.id, [...new Set(input.areaIds)]);
    await repo.upsertParticipants(tx, programme.id, [...byOrganisation].map(([organisationId, role]) => ({ organisationId, role })), dayOf(now));
    await ctx.audit({ resource: 'programme', resourceId: programme.id, action: 'create', outcome: 'allowed', context: { organisations: byOrganisation.size } }, tx);
    return { id: programme.id };
  });
}

export interface ProgrammeChanges {
  name?: string;
  aim?: string;
  status?: ProgrammeStatus;
  startsOn?: string;
  endsOn?: string | null;
  areaIds?: string[];
  reportEveryMonths?: 1 | 3 | 6 | 12;
  indicatorCodes?: string[];
}

export async function updateProgramme(ctx: RequestContext, id: string, changes: ProgrammeChanges) {
  await ctx.transaction(async (tx) => {
    const programme = await programmeToManage(ctx, id, tx);
    checkPeriod(changes.startsOn ?? programme.starts_on, changes.endsOn === undefined ? programme.ends_on : changes.endsOn);
    if (changes.areaIds) await checkReferences(tx, [], changes.areaIds.map((areaId, i) => ({ name: `areaIds.${i}`, id: areaId })));
    await tx
      .updateTable('programmes')
      .set({
        name: changes.name,
        aim: changes.aim,
        status: changes.status,
        starts_on: changes.startsOn,
        ends_on: changes.endsOn,
        report_every_months: changes.reportEveryMonths,
        indicator_codes: changes.indicatorCodes ? [...new Set(changes.indicatorCodes)] : undefined,
        updated_at: ctx.now(),
      })
      .where('id', '=', id)
      .execute();
    if (changes.areaIds) await repo.replaceAreas(tx, id, [...new Set(changes.areaIds)]);
    await ctx.audit({ resource: 'programme', resourceId: id, action: 'update', outcome: 'allowed', context: { fields: changedFields(changes) } }, tx);
  });
  return getProgramme(ctx, id);
}

function changedFields(changes: object): string[] {
  return Object.entries(changes).filter(([, value]) => value !== undefined).map(([key]) => key);
}

export async function setParticipant(ctx: RequestContext, programmeId: string, organisationId: string, role: ParticipantRole) {
  return ctx.transaction(async (tx) => {
    const programme = await programmeToManage(ctx, programmeId, tx);
    if ((await repo.existingOrganisations(tx, [organisationId])).size === 0) throw invalidField('organisationId', 'unknown-organisation', 'unknown-organisation');
    if (organisationId === programme.lead_organisation_id || role === 'lead') throw conflict('lead-role-fixed', 'programme.lead-role-fixed');
    await repo.upsertParticipants(tx, programmeId, [{ organisationId, role }], dayOf(ctx.now()));
    await ctx.audit({ resource: 'programme-organisation', resourceId: programmeId, action: 'update', outcome: 'allowed', context: { organisationId, role } }, tx);
    return { organisationId, role };
  });
}

export async function removeParticipant(ctx: RequestContext, programmeId: string, organisationId: string) {
  await ctx.transaction(async (tx) => {
    const programme = await programmeToManage(ctx, programmeId, tx);
    if (organisationId === programme.lead_organisation_id) throw conflict('lead-role-fixed', 'programme.lead-role-fixed');
    const removed = await tx.deleteFrom('programme_organisations').where('programme_id', '=', programmeId).where('organisation_id', '=', organisationId).returning('organisation_id').execute();
    if (removed.length === 0) throw notFound();
    await ctx.audit({ resource: 'programme-organisation', resourceId: programmeId, action: 'delete', outcome: 'allowed', context: { organisationId } }, tx);
  });
}

// ---- Projects ----

export interface NewProject {
  name: string;
  description?: string | null;
  organisationId?: string | null;
  status?: ProgrammeStatus;
  startsOn?: string | null;
  endsOn?: string | null;
  indicatorCodes?: string[];
  partners?: { organisationId: string; contribution?: string | null }[];
}

export async function createProject(ctx: RequestContext, programmeId: string, input: NewProject) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    await programmeToManage(ctx, programmeId, tx);
    checkPeriod(input.startsOn, input.endsOn);
    const partners = input.partners ?? [];
    await checkReferences(
      tx,
      [
        ...(input.organisationId ? [{ name: 'organisationId', id: input.organisationId }] : []),
        ...partners.map((p, i) => ({ name: `partners.${i}.organisationId`, id: p.organisationId })),
      ],
      [],
    );
    const now = ctx.now();
    const project = await tx
      .insertInto('projects')
      .values({
        programme_id: programmeId,
        name: input.name,
        description: input.description ?? null,
        organisation_id: input.organisationId ?? null,
        status: input.status,
        starts_on: input.startsOn ?? null,
        ends_on: input.endsOn ?? null,
        indicator_codes: [...new Set(input.indicatorCodes ?? [])],
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const unique = new Map(partners.map((p) => [p.organisationId, p.contribution ?? null]));
    if (unique.size) {
      await tx.insertInto('project_partners').values([...unique].map(([organisation_id, contribution]) => ({ project_id: project.id, organisation_id, contribution }))).execute();
    }
    await ctx.audit({ resource: 'project', resourceId: project.id, action: 'create', outcome: 'allowed', context: { programmeId } }, tx);
    return { id: project.id };
  });
}

type ProjectRow = NonNullable<Awaited<ReturnType<typeof repo.findProject>>>;

async function projectToManage(ctx: RequestContext, projectId: string, db: DbOrTx) {
  const project = await repo.findProject(db, projectId);
  if (!project) throw notFound();
  if (!managesOrganisation(requireActor(ctx), project.lead_organisation_id)) throw notProgrammeLead('project', projectId);
  return project;
}

/** Programme leads report on every project; the project's own organisation reports on its project. */
function mayReportOn(actor: Actor | null, project: { lead_organisation_id: string; organisation_id: string | null }) {
  if (!actor) return false;
  if (managesOrganisation(actor, project.lead_organisation_id)) return true;
  return project.organisation_id !== null && actor.permissions.includes('programmes:contribute') && actor.organisationIds.includes(project.organisation_id);
}

type GoalRow = Awaited<ReturnType<typeof repo.goalsOfProjects>>[number];

function toGoal(g: GoalRow) {
  return {
    id: g.id,
    description: g.description,
    target: g.target,
    status: g.status,
    source:
      g.source_answer_id && g.questionnaire_id
        ? { answerId: g.source_answer_id, questionnaireId: g.questionnaire_id, organisation: { id: g.source_organisation_id!, name: g.source_organisation_name! }, question: g.question_text! }
        : null,
    createdAt: g.created_at.toISOString(),
    updatedAt: g.updated_at.toISOString(),
  };
}

export async function getProject(ctx: RequestContext, id: string) {
  const project = await repo.findProject(ctx.db, id);
  if (!project) throw notFound();
  const [partners, goals, reports] = await Promise.all([
    repo.partnersOfProjects(ctx.db, [id]),
    repo.goalsOfProjects(ctx.db, [id]),
    repo.listReports(ctx.db, { projectId: id }, { limit: 50, offset: 0 }),
  ]);
  return {
    id: project.id,
    programme: { id: project.programme_id, name: project.programme_name, leadOrganisationId: project.lead_organisation_id },
    name: project.name,
    description: project.description,
    status: project.status,
    organisation: organisationOf(project),
    startsOn: project.starts_on,
    endsOn: project.ends_on,
    indicatorCodes: project.indicator_codes,
    partners: partners.map((p) => ({ id: p.id, name: p.name, kind: p.kind, contribution: p.contribution })),
    goals: goals.map(toGoal),
    reports: reports.rows.map(toReport),
    canManage: managesOrganisation(ctx.actor, project.lead_organisation_id),
    canReport: mayReportOn(ctx.actor, project),
  };
}

function organisationOf(project: ProjectRow) {
  return project.organisation_id ? { id: project.organisation_id, name: project.organisation_name!, kind: project.organisation_kind! } : null;
}

export type ProjectChanges = Partial<Omit<NewProject, 'partners'>>;

export async function updateProject(ctx: RequestContext, id: string, changes: ProjectChanges) {
  await ctx.transaction(async (tx) => {
    const project = await projectToManage(ctx, id, tx);
    checkPeriod(changes.startsOn === undefined ? project.starts_on : changes.startsOn, changes.endsOn === undefined ? project.ends_on : changes.endsOn);
    if (changes.organisationId) await checkReferences(tx, [{ name: 'organisationId', id: changes.organisationId }], []);
    await tx
      .updateTable('projects')
      .set({
        name: changes.name,
        description: changes.description,
        organisation_id: changes.organisationId,
        status: changes.status,
        starts_on: changes.startsOn,
        ends_on: changes.endsOn,
        indicator_codes: changes.indicatorCodes ? [...new Set(changes.indicatorCodes)] : undefined,
        updated_at: ctx.now(),
      })
      .where('id', '=', id)
      .execute();
    await ctx.audit({ resource: 'project', resourceId: id, action: 'update', outcome: 'allowed', context: { fields: changedFields(changes) } }, tx);
  });
  return getProject(ctx, id);
}

export async function setPartner(ctx: RequestContext, projectId: string, organisationId: string, contribution: string | null) {
  return ctx.transaction(async (tx) => {
    await projectToManage(ctx, projectId, tx);
    if ((await repo.existingOrganisations(tx, [organisationId])).size === 0) throw invalidField('organisationId', 'unknown-organisation', 'unknown-organisation');
    await tx
      .insertInto('project_partners')
      .values({ project_id: projectId, organisation_id: organisationId, contribution })
      .onConflict((oc) => oc.columns(['project_id', 'organisation_id']).doUpdateSet({ contribution }))
      .execute();
    await ctx.audit({ resource: 'project-partner', resourceId: projectId, action: 'update', outcome: 'allowed', context: { organisationId } }, tx);
    return { organisationId, contribution };
  });
}

export async function removePartner(ctx: RequestContext, projectId: string, organisationId: string) {
  await ctx.transaction(async (tx) => {
    await projectToManage(ctx, projectId, tx);
    const removed = await tx.deleteFrom('project_partners').where('project_id', '=', projectId).where('organisation_id', '=', organisationId).returning('organisation_id').execute();
    if (removed.length === 0) throw notFound();
    await ctx.audit({ resource: 'project-partner', resourceId: projectId, action: 'delete', outcome: 'allowed', context: { organisationId } }, tx);
  });
}

// ---- Project goals ----

export interface NewGoal {
  description: string;
  target?: string | null;
  status?: ProjectGoalStatus;
  sourceAnswerId?: string | null;
}

/** A goal of a project, possibly made from a school's answer in one of the programme's questionnaires. */
export async function addGoal(ctx: RequestContext, projectId: string, input: NewGoal) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const project = await projectToManage(ctx, projectId, tx);
    if (input.sourceAnswerId) {
      const answer = await repo.answerInProgramme(tx, input.sourceAnswerId, project.programme_id);
      if (!answer) throw invalidField('sourceAnswerId', 'not-in-programme', 'goal.answer-not-in-programme');
    }
    const now = ctx.now();
    const goal = await tx
      .insertInto('project_goals')
      .values({
        project_id: projectId,
        description: input.description,
        target: input.target ?? null,
        status: input.status,
        source_answer_id: input.sourceAnswerId ?? null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.audit({ resource: 'project-goal', resourceId: goal.id, action: 'create', outcome: 'allowed', context: { projectId, sourceAnswerId: input.sourceAnswerId ?? null } }, tx);
    return { id: goal.id };
  });
}

export async function updateGoal(ctx: RequestContext, goalId: string, changes: { description?: string; target?: string | null; status?: ProjectGoalStatus }) {
  const projectId = await ctx.transaction(async (tx) => {
    const goal = await repo.findGoal(tx, goalId);
    if (!goal) throw notFound();
    await projectToManage(ctx, goal.project_id, tx);
    await tx
      .updateTable('project_goals')
      .set({ description: changes.description, target: changes.target, status: changes.status, updated_at: ctx.now() })
      .where('id', '=', goalId)
      .execute();
    await ctx.audit({ resource: 'project-goal', resourceId: goalId, action: 'update', outcome: 'allowed', context: { fields: changedFields(changes) } }, tx);
    return goal.project_id;
  });
  const row = (await repo.goalsOfProjects(ctx.db, [projectId])).find((r) => r.id === goalId);
  return toGoal(row!);
}

// ---- Progress reports ----

type ReportRow = NonNullable<Awaited<ReturnType<typeof repo.findReport>>>;

export function toReport(r: ReportRow) {
  return {
    id: r.id,
    programmeId: r.programme_id,
    project: r.project_id ? { id: r.project_id, name: r.project_name! } : null,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    done: r.done,
    learned: r.learned,
    nextSteps: r.next_steps,
    author: r.author_id ? { id: r.author_id, name: r.author_name! } : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function listReports(ctx: RequestContext, programmeId: string, filter: { projectId?: string; level?: 'programme' | 'project' | 'all' }, page: Page) {
  if (!(await repo.findProgramme(ctx.db, programmeId))) throw notFound();
  const { rows, total } = await repo.listReports(ctx.db, { programmeId, ...filter }, page);
  return paged(rows.map(toReport), total, page);
}

export interface NewReport {
  projectId?: string | null;
  periodStart: string;
  periodEnd: string;
  done: string;
  learned: string;
  nextSteps: string;
}

export async function createReport(ctx: RequestContext, programmeId: string, input: NewReport) {
  const actor = requireActor(ctx);
  const today = dayOf(ctx.now());
  const problems: InvalidParam[] = [];
  if (input.periodEnd < input.periodStart) problems.push({ name: 'periodEnd', code: 'before-start', reason: 'report.period-end-before-start' });
  if (input.periodStart > today) problems.push({ name: 'periodStart', code: 'in-future', reason: 'report.period-in-future' });
  if (problems.length) throw invalid(problems);
  try {
    return await ctx.transaction(async (tx) => {
      const programme = await repo.findProgramme(tx, programmeId);
      if (!programme) throw notFound();
      if (input.projectId) {
        const project = await repo.findProject(tx, input.projectId);
        if (!project || project.programme_id !== programmeId) throw invalidField('projectId', 'not-in-programme', 'report.project-not-in-programme');
        if (!mayReportOn(actor, project)) throw notProgrammeLead('progress-report', programmeId);
      } else if (!managesOrganisation(actor, programme.lead_organisation_id)) {
        throw notProgrammeLead('progress-report', programmeId);
      }
      const now = ctx.now();
      const report = await tx
        .insertInto('progress_reports')
        .values({
          programme_id: programmeId,
          project_id: input.projectId ?? null,
          period_start: input.periodStart,
          period_end: input.periodEnd,
          done: input.done,
          learned: input.learned,
          next_steps: input.nextSteps,
          author_id: actor.userId,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await ctx.audit({ resource: 'progress-report', resourceId: report.id, action: 'create', outcome: 'allowed', context: { programmeId, projectId: input.projectId ?? null } }, tx);
      return toReport((await repo.findReport(tx, report.id))!);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('report-exists', 'report.exists');
    throw error;
  }
}

export async function updateReport(ctx: RequestContext, reportId: string, changes: { done?: string; learned?: string; nextSteps?: string }) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const report = await repo.findReport(tx, reportId);
    if (!report) throw notFound();
    const programme = (await repo.findProgramme(tx, report.programme_id))!;
    if (report.author_id !== actor.userId && !managesOrganisation(actor, programme.lead_organisation_id)) throw notProgrammeLead('progress-report', reportId);
    await tx
      .updateTable('progress_reports')
      .set({ done: changes.done, learned: changes.learned, next_steps: changes.nextSteps, updated_at: ctx.now() })
      .where('id', '=', reportId)
      .execute();
    await ctx.audit({ resource: 'progress-report', resourceId: reportId, action: 'update', outcome: 'allowed', context: { fields: changedFields(changes) } }, tx);
    return toReport((await repo.findReport(tx, reportId))!);
  });
}

// ---- Reports due ----

/** Days after a period's end within which its progress report is expected. */
export const REPORT_GRACE_DAYS = 30;

/** The reporting period (aligned to the calendar year) that ended last before `today`. */
export function lastClosedPeriod(today: string, everyMonths: number): { start: string; end: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  const currentStartMonth = Math.floor(month / everyMonths) * everyMonths;
  let startMonth = currentStartMonth - everyMonths;
  let startYear = year;
  if (startMonth < 0) {
    startMonth += 12;
    startYear -= 1;
  }
  const pad = (m: number) => String(m + 1).padStart(2, '0');
  return { start: `${startYear}-${pad(startMonth)}-01`, end: addDays(`${year}-${pad(currentStartMonth)}-01`, -1) };
}

const overlaps = (period: { start: string; end: string }, startsOn: string | null, endsOn: string | null) =>
  (startsOn === null || startsOn <= period.end) && (endsOn === null || endsOn >= period.start);

/**
 * For running programmes and their running projects: the last closed period when no report reaches its end.
 * One item per programme or project at most (the latest period), so a home page shows what to do now.
 * `projectOrganisationId` lets a caller keep only the projects of a school (it is not part of the API).
 */
export async function reportsDue(db: DbOrTx, programmes: { id: string; name: string; status: string; starts_on: string; ends_on: string | null; report_every_months: number }[], today: string) {
  const running = programmes.filter((p) => p.status === 'running');
  const ids = running.map((p) => p.id);
  const [latest, projects] = await Promise.all([repo.latestReportEnds(db, ids), repo.runningProjectsOf(db, ids)]);
  const reportedUntil = (programmeId: string, projectId: string | null) =>
    latest.find((l) => l.programme_id === programmeId && l.project_id === projectId)?.period_end ?? null;
  const items = [];
  for (const p of running) {
    const period = lastClosedPeriod(today, p.report_every_months);
    const dueOn = addDays(period.end, REPORT_GRACE_DAYS);
    const item = (project: { id: string; name: string; organisation_id: string | null } | null) => ({
      programme: { id: p.id, name: p.name },
      project: project ? { id: project.id, name: project.name } : null,
      projectOrganisationId: project?.organisation_id ?? null,
      periodStart: period.start,
      periodEnd: period.end,
      dueOn,
      isOverdue: today > dueOn,
    });
    const until = (projectId: string | null) => reportedUntil(p.id, projectId);
    if (overlaps(period, p.starts_on, p.ends_on) && ((until(null) ?? '') < period.end)) items.push(item(null));
    for (const project of projects.filter((pr) => pr.programme_id === p.id)) {
      if (overlaps(period, project.starts_on, project.ends_on) && ((until(project.id) ?? '') < period.end)) items.push(item(project));
    }
  }
  return items;
}

