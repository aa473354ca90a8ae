import type { DbOrTx } from '../../db/database.js';
import type { SessionMode } from '../../db/schema.js';
import { type Actor, type RequestContext, requireActor } from '../../platform/context.js';
import { dayOf } from '../../platform/dates.js';
import { type Page, paged } from '../../platform/paging.js';
import { type InvalidParam, Problem, conflict, invalid, invalidField, notFound } from '../../platform/problems.js';
import { leadOrganisationIds, managesOrganisation, programmeReference } from '../programmes/service.js';
import * as repo from './repo.js';

/*
 * Training (scholing): a training has modules, each with sessions online or on location. Professionals enrol
 * themselves (once); the organiser records attendance per session and completion per module. Completion figures
 * are counted per organisation: the one the professional enrolled for.
 */

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505';

// ---- Access: the organiser's programme leads (and platform administrators) run a training ----

function managesTraining(actor: Actor | null, training: { organiser_organisation_id: string }) {
  return managesOrganisation(actor, training.organiser_organisation_id);
}

function notOrganiser(resource: string, resourceId: string) {
  return new Problem(403, 'not-training-organiser', 'training.not-organiser', {
    audit: { resource, resourceId, action: 'manage', outcome: 'denied', context: { reason: 'not-training-organiser' } },
  });
}

async function trainingOrNotFound(ctx: RequestContext, id: string, db: DbOrTx = ctx.db) {
  const training = await repo.findTraining(db, id, requireActor(ctx).userId, ctx.now());
  if (!training) throw notFound();
  return training;
}

async function trainingToManage(ctx: RequestContext, id: string, db: DbOrTx) {
  const training = await trainingOrNotFound(ctx, id, db);
  if (!managesTraining(ctx.actor, training)) throw notOrganiser('training', id);
  return training;
}

// ---- Views ----

type TrainingRow = NonNullable<Awaited<ReturnType<typeof repo.findTraining>>>;

const asIso = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string | Date).toISOString());

function toSummary(t: TrainingRow) {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    provider: t.provider,
    programme: t.programme_id ? { id: t.programme_id, name: t.programme_name! } : null,
    organiserOrganisation: { id: t.organiser_organisation_id, name: t.organiser_name },
    isEnrolmentOpen: t.is_enrolment_open,
    moduleCount: Number(t.module_count ?? 0),
    enrolmentCount: Number(t.enrolment_count ?? 0),
    nextSessionAt: asIso(t.next_session_at),
    isEnrolled: t.my_enrolment_id !== null,
  };
}

export async function listTrainings(ctx: RequestContext, filter: { query?: string; programmeId?: string; mine?: boolean }, page: Page) {
  const actor = requireActor(ctx);
  const { mine, ...rest } = filter;
  const { rows, total } = await repo.listTrainings(ctx.db, { ...rest, enrolledUserId: mine ? actor.userId : undefined }, actor.userId, ctx.now(), page);
  return paged(rows.map(toSummary), total, page);
}

export async function getTraining(ctx: RequestContext, id: string) {
  const actor = requireActor(ctx);
  const training = await trainingOrNotFound(ctx, id);
  const modules = await repo.modulesOf(ctx.db, [id]);
  const [sessions, progress, enrolment] = await Promise.all([
    repo.sessionsOf(ctx.db, modules.map((m) => m.id)),
    repo.myProgress(ctx.db, id, actor.userId),
    repo.findEnrolment(ctx.db, id, actor.userId),
  ]);
  return {
    ...toSummary(training),
    modules: modules.map((m) => ({
      id: m.id,
      position: m.position,
      title: m.title,
      description: m.description,
      sessions: sessions
        .filter((s) => s.module_id === m.id)
        .map((s) => ({
          id: s.id,
          startsAt: s.starts_at.toISOString(),
          endsAt: s.ends_at.toISOString(),
          mode: s.mode,
          location: s.location,
          onlineUrl: s.online_url,
          myAttendance: progress.attendance.find((a) => a.session_id === s.id)?.attended ?? null,
        })),
      myCompletedOn: progress.completions.find((c) => c.module_id === m.id)?.completed_on ?? null,
    })),
    myEnrolment: enrolment ? { id: enrolment.id, organisationId: enrolment.organisation_id, enrolledAt: enrolment.enrolled_at.toISOString() } : null,
    canManage: managesTraining(actor, training),
  };
}

// ---- Writes by the organiser ----

export interface NewTraining {
  name: string;
  description: string;
  provider?: string | null;
  programmeId?: string | null;
  organiserOrganisationId?: string | null;
  isEnrolmentOpen?: boolean;
  modules?: { title: string; description?: string | null }[];
}

export async function createTraining(ctx: RequestContext, input: NewTraining) {
  const actor = requireActor(ctx);
  let organiser = input.organiserOrganisationId ?? null;
  if (input.programmeId) {
    const programme = await programmeReference(ctx, input.programmeId);
    if (!programme) throw invalidField('programmeId', 'unknown-programme', 'learning.unknown-programme');
    if (!managesOrganisation(actor, programme.leadOrganisationId)) throw notOrganiser('training', input.programmeId);
    organiser ??= programme.leadOrganisationId;
  }
  organiser ??= leadOrganisationIds(actor)[0] ?? null;
  if (!organiser) throw invalidField('organiserOrganisationId', 'required', 'field.required');
  if (!(await ctx.db.selectFrom('organisations').select('id').where('id', '=', organiser).executeTakeFirst())) {
    throw invalidField('organiserOrganisationId', 'unknown-organisation', 'unknown-organisation');
  }
  if (!managesOrganisation(actor, organiser)) throw notOrganiser('training', organiser);
  return ctx.transaction(async (tx) => {
    const now = ctx.now();
    const training = await tx
      .insertInto('trainings')
      .values({
        name: input.name,
        description: input.description,
        provider: input.provider ?? null,
        programme_id: input.programmeId ?? null,
        organiser_organisation_id: organiser,
        is_enrolment_open: input.isEnrolmentOpen,
        created_by: actor.userId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const modules = input.modules ?? [];
    if (modules.length) {
      await tx.insertInto('training_modules').values(modules.map((m, i) => ({ training_id: training.id, position: i + 1, title: m.title, description: m.description ?? null }))).execute();
    }
    await ctx.audit({ resource: 'training', resourceId: training.id, action: 'create', outcome: 'allowed', context: { programmeId: input.programmeId ?? null, modules: modules.length } }, tx);
    return { id: training.id };
  });
}

export async function updateTraining(ctx: RequestContext, id: string, changes: { name?: string; description?: string; provider?: string | null; isEnrolmentOpen?: boolean }) {
  await ctx.transaction(async (tx) => {
    await trainingToManage(ctx, id, tx);
    await tx
      .updateTable('trainings')
      .set({ name: changes.name, description: changes.description, provider: changes.provider, is_enrolment_open: changes.isEnrolmentOpen })
      .where('id', '=', id)
      .execute();
    await ctx.audit({ resource: 'training', resourceId: id, action: 'update', outcome: 'allowed', context: { fields: Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined) } }, tx);
  });
  return getTraining(ctx, id);
}

export async function addModule(ctx: RequestContext, trainingId: string, input: { title: string; description?: string | null }) {
  return ctx.transaction(async (tx) => {
    await trainingToManage(ctx, trainingId, tx);
    const last = await tx.selectFrom('training_modules').select((eb) => eb.fn.max('position').as('position')).where('training_id', '=', trainingId).executeTakeFirst();
    const module = await tx
      .insertInto('training_modules')
      .values({ training_id: trainingId, position: Number(last?.position ?? 0) + 1, title: input.title, description: input.description ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.audit({ resource: 'training-module', resourceId: module.id, action: 'create', outcome: 'allowed', context: { trainingId } }, tx);
    return { id: module.id };
  });
}

export interface NewSession {
  startsAt: string;
  endsAt: string;
  mode: SessionMode;
  location?: string | null;
  onlineUrl?: string | null;
}

export async function addSession(ctx: RequestContext, moduleId: string, input: NewSession) {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const problems: InvalidParam[] = [];
  if (startsAt.getTime() < ctx.now().getTime()) problems.push({ name: 'startsAt', code: 'in-past', reason: 'training.session-in-past' });
  if (endsAt.getTime() <= startsAt.getTime()) problems.push({ name: 'endsAt', code: 'before-start', reason: 'training.session-ends-before-start' });
  if (input.mode === 'on-location' && !input.location) problems.push({ name: 'location', code: 'required', reason: 'training.location-required' });
  if (problems.length) throw invalid(problems);
  return ctx.transaction(async (tx) => {
    const module = await repo.findModule(tx, moduleId);
    if (!module) throw notFound();
    if (!managesTraining(ctx.actor, module)) throw notOrganiser('training-module', moduleId);
    const session = await tx
      .insertInto('training_sessions')
      .values({ module_id: moduleId, starts_at: startsAt, ends_at: endsAt, mode: input.mode, location: input.location ?? null, online_url: input.onlineUrl ?? null, created_at: ctx.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.audit({ resource: 'training-session', resourceId: session.id, action: 'create', outcome: 'allowed', context: { moduleId, trainingId: module.training_id } }, tx);
    return { id: session.id };
  });
}

// ---- Enrolment ----

/** Enrols oneself, for one of one's own organisations (the first, unless another is named). Once only. */
export async function enrol(ctx: RequestContext, trainingId: string, input: { organisationId?: string | null } = {}) {
  const actor = requireActor(ctx);
  const training = await trainingOrNotFound(ctx, trainingId);
  if (training.my_enrolment_id) throw conflict('already-enrolled', 'training.already-enrolled');
  if (!training.is_enrolment_open) throw conflict('enrolment-closed', 'training.enrolment-closed');
  if (input.organisationId && !actor.organisationIds.includes(input.organisationId)) throw invalidField('organisationId', 'not-your-organisation', 'training.not-your-organisation');
  const organisationId = input.organisationId ?? actor.organisationIds[0] ?? null;
  try {
    return await ctx.transaction(async (tx) => {
      const now = ctx.now();
      const enrolment = await tx
        .insertInto('training_enrolments')
        .values({ training_id: trainingId, user_id: actor.userId, organisation_id: organisationId, enrolled_at: now })
        .returning(['id', 'enrolled_at'])
        .executeTakeFirstOrThrow();
      await ctx.audit({ subjectId: actor.userId, resource: 'training-enrolment', resourceId: enrolment.id, action: 'create', outcome: 'allowed', context: { trainingId, organisationId } }, tx);
      return { id: enrolment.id, trainingId, userId: actor.userId, organisationId, enrolledAt: enrolment.enrolled_at.toISOString() };
    });
  } catch (error) {
    // Two enrolments at the same moment: the unique index keeps one.
    if (isUniqueViolation(error)) throw conflict('already-enrolled', 'training.already-enrolled');
    throw error;
  }
}

/** Cancels an enrolment: one's own, or anyone's for the organiser. Recorded completions stay. */
export async function cancelEnrolment(ctx: RequestContext, trainingId: string, userId: string) {
  const actor = requireActor(ctx);
  await ctx.transaction(async (tx) => {
    const training = await trainingOrNotFound(ctx, trainingId, tx);
    if (userId !== actor.userId && !managesTraining(actor, training)) throw notOrganiser('training-enrolment', trainingId);
    const removed = await tx.deleteFrom('training_enrolments').where('training_id', '=', trainingId).where('user_id', '=', userId).returning('id').execute();
    if (removed.length === 0) throw notFound();
    await ctx.audit({ subjectId: userId, resource: 'training-enrolment', resourceId: removed[0]!.id, action: 'delete', outcome: 'allowed', context: { trainingId } }, tx);
  });
}

export async function listEnrolments(ctx: RequestContext, trainingId: string, page: Page) {
  const training = await trainingToManage(ctx, trainingId, ctx.db);
  const { rows, total } = await repo.listEnrolments(ctx.db, trainingId, page);
  const progress = await repo.progressOfUsers(ctx.db, trainingId, rows.map((r) => r.user_id));
  const moduleCount = Number(training.module_count ?? 0);
  return paged(
    rows.map((e) => {
      const completed = progress.completions.filter((c) => c.user_id === e.user_id);
      return {
        id: e.id,
        professional: { id: e.user_id, name: e.name, jobFunction: e.job_function },
        organisation: e.organisation_id ? { id: e.organisation_id, name: e.organisation_name!, kind: e.organisation_kind! } : null,
        enrolledAt: e.enrolled_at.toISOString(),
        completedModules: completed.map((c) => ({ moduleId: c.module_id, completedOn: c.completed_on })),
        attendedSessionIds: progress.attendance.filter((a) => a.user_id === e.user_id && a.attended).map((a) => a.session_id),
        hasCompleted: moduleCount > 0 && completed.length === moduleCount,
      };
    }),
    total,
    page,
  );
}

async function checkEnrolled(db: DbOrTx, trainingId: string, userIds: string[], field: (i: number) => string) {
  const enrolled = await repo.enrolledUserIds(db, trainingId, userIds);
  const problems = userIds
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !enrolled.has(id))
    .map(({ i }) => ({ name: field(i), code: 'not-enrolled', reason: 'training.not-enrolled' as const }));
  if (problems.length) throw invalid(problems);
}

/** Records who attended a session that has begun; only enrolled professionals. */
export async function recordAttendance(ctx: RequestContext, sessionId: string, attendees: { userId: string; attended: boolean }[]) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const session = await repo.findSession(tx, sessionId);
    if (!session) throw notFound();
    if (!managesTraining(actor, session)) throw notOrganiser('training-session', sessionId);
    if (session.starts_at.getTime() > ctx.now().getTime()) throw conflict('session-not-held', 'training.session-not-held');
    await checkEnrolled(tx, session.training_id, attendees.map((a) => a.userId), (i) => `attendees.${i}.userId`);
    const byUser = new Map(attendees.map((a) => [a.userId, a.attended]));
    const now = ctx.now();
    if (byUser.size) {
      await tx
        .insertInto('session_attendance')
        .values([...byUser].map(([user_id, attended]) => ({ session_id: sessionId, user_id, attended, recorded_by: actor.userId, recorded_at: now })))
        .onConflict((oc) =>
          oc.columns(['session_id', 'user_id']).doUpdateSet((eb) => ({ attended: eb.ref('excluded.attended'), recorded_by: eb.ref('excluded.recorded_by'), recorded_at: eb.ref('excluded.recorded_at') })),
        )
        .execute();
    }
    await ctx.audit({ resource: 'training-attendance', resourceId: sessionId, action: 'record', outcome: 'allowed', context: { trainingId: session.training_id, count: byUser.size } }, tx);
    return { recorded: byUser.size };
  });
}

/** Records that enrolled professionals completed a module (on a day not in the future). */
export async function recordCompletions(ctx: RequestContext, moduleId: string, input: { userIds: string[]; completedOn?: string | null }) {
  const actor = requireActor(ctx);
  const today = dayOf(ctx.now());
  const completedOn = input.completedOn ?? today;
  if (completedOn > today) throw invalidField('completedOn', 'in-future', 'training.completed-in-future');
  return ctx.transaction(async (tx) => {
    const module = await repo.findModule(tx, moduleId);
    if (!module) throw notFound();
    if (!managesTraining(actor, module)) throw notOrganiser('training-module', moduleId);
    await checkEnrolled(tx, module.training_id, input.userIds, (i) => `userIds.${i}`);
    const userIds = [...new Set(input.userIds)];
    const now = ctx.now();
    if (userIds.length) {
      await tx
        .insertInto('module_completions')
        .values(userIds.map((user_id) => ({ module_id: moduleId, user_id, completed_on: completedOn, recorded_by: actor.userId, recorded_at: now })))
        .onConflict((oc) =>
          oc.columns(['module_id', 'user_id']).doUpdateSet((eb) => ({ completed_on: eb.ref('excluded.completed_on'), recorded_by: eb.ref('excluded.recorded_by'), recorded_at: eb.ref('excluded.recorded_at') })),
        )
        .execute();
    }
    await ctx.audit({ resource: 'module-completion', resourceId: moduleId, action: 'record', outcome: 'allowed', context: { trainingId: module.training_id, count: userIds.length } }, tx);
    return { recorded: userIds.length };
  });
}

// ---- Completion figures ----

/**
 * How many professionals of which organisations completed what: per training, its totals and one row per
 * organisation (the one each professional enrolled for; `null` for those who enrolled without one), each with
 * the number enrolled, the number who completed every module, and the completions per module. These are counts
 * of professionals, not of children, so they are shown exactly (no disclosure control).
 */
export async function completionOverview(ctx: RequestContext, filter: repo.CompletionFilter) {
  const trainingIds = await repo.trainingIdsIn(ctx.db, filter);
  const [trainings, modules, counts, moduleCounts] = await Promise.all([
    repo.trainingsByIds(ctx.db, trainingIds),
    repo.modulesOf(ctx.db, trainingIds),
    repo.enrolmentCounts(ctx.db, filter),
    repo.moduleCompletionCounts(ctx.db, filter),
  ]);
  return {
    trainings: trainings.map((t) => {
      const own = modules.filter((m) => m.training_id === t.id);
      const rows = counts.filter((c) => c.training_id === t.id);
      const perModule = (organisationId: string | null | undefined) =>
        own.map((m) => ({
          moduleId: m.id,
          completed: moduleCounts
            .filter((c) => c.training_id === t.id && c.module_id === m.id && (organisationId === undefined || c.organisation_id === organisationId))
            .reduce((n, c) => n + Number(c.completed), 0),
        }));
      const organisations = rows
        .map((r) => ({
          organisation: r.organisation_id ? { id: r.organisation_id, name: r.organisation_name!, kind: r.organisation_kind! } : null,
          enrolled: Number(r.enrolled),
          completedAll: Number(r.completed_all),
          modules: perModule(r.organisation_id),
        }))
        .sort((a, b) => b.enrolled - a.enrolled || (a.organisation?.name ?? '').localeCompare(b.organisation?.name ?? '', 'nl'));
      return {
        id: t.id,
        name: t.name,
        programme: t.programme_id ? { id: t.programme_id, name: t.programme_name! } : null,
        modules: own.map((m) => ({ id: m.id, position: m.position, title: m.title })),
        totals: {
          enrolled: organisations.reduce((n, o) => n + o.enrolled, 0),
          completedAll: organisations.reduce((n, o) => n + o.completedAll, 0),
          organisations: organisations.filter((o) => o.organisation !== null).length,
          modules: perModule(undefined),
        },
        organisations,
      };
    }),
  };
}

/** For the programme overview: per training of the programme, enrolled, completed and organisations taking part. */
export async function trainingFiguresForProgramme(db: DbOrTx, programmeId: string) {
  const trainingIds = await repo.trainingIdsIn(db, { programmeId });
  const [trainings, counts] = await Promise.all([repo.trainingsByIds(db, trainingIds), repo.enrolmentCounts(db, { programmeId })]);
  return trainings.map((t) => {
    const rows = counts.filter((c) => c.training_id === t.id);
    return {
      id: t.id,
      name: t.name,
      enrolled: rows.reduce((n, r) => n + Number(r.enrolled), 0),
      completed: rows.reduce((n, r) => n + Number(r.completed_all), 0),
      organisations: rows.filter((r) => r.organisation_id !== null).length,
    };
  });
}

/** The training half of the NETWORK indicator: trainings completed (last module) in [from, to), dates as YYYY-MM-DD. */
export async function completionsInPeriod(db: DbOrTx, from: string, to: string) {
  return repo.completionsInPeriod(db, from, to);
}
