import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { containsPattern } from '../../db/like.js';

interface Window {
  limit: number;
  offset: number;
}

export interface TrainingFilter {
  query?: string;
  programmeId?: string;
  enrolledUserId?: string;
}

function filteredTrainings(db: DbOrTx, filter: TrainingFilter) {
  let q = db.selectFrom('trainings as t');
  if (filter.query) q = q.where(sql<string>`lower(t.name)`, 'like', containsPattern(filter.query));
  if (filter.programmeId) q = q.where('t.programme_id', '=', filter.programmeId);
  if (filter.enrolledUserId) {
    const userId = filter.enrolledUserId;
    q = q.where((eb) => eb.exists(eb.selectFrom('training_enrolments as e').select('e.id').whereRef('e.training_id', '=', 't.id').where('e.user_id', '=', userId)));
  }
  return q;
}

function trainingColumns(db: DbOrTx, viewerId: string, now: Date) {
  return db
    .selectFrom('trainings as t')
    .innerJoin('organisations as org', 'org.id', 't.organiser_organisation_id')
    .leftJoin('programmes as p', 'p.id', 't.programme_id')
    .select([
      't.id', 't.name', 't.description', 't.provider', 't.programme_id', 'p.name as programme_name', 'p.lead_organisation_id as programme_lead_id',
      't.organiser_organisation_id', 'org.name as organiser_name', 't.is_enrolment_open', 't.created_at',
    ])
    .select((eb) => [
      eb.selectFrom('training_modules as m').select(eb.fn.countAll<number>().as('n')).whereRef('m.training_id', '=', 't.id').as('module_count'),
      eb.selectFrom('training_enrolments as e').select(eb.fn.countAll<number>().as('n')).whereRef('e.training_id', '=', 't.id').as('enrolment_count'),
      eb
        .selectFrom('training_sessions as s')
        .innerJoin('training_modules as m', 'm.id', 's.module_id')
        .select((inner) => inner.fn.min('s.starts_at').as('at'))
        .whereRef('m.training_id', '=', 't.id')
        .where('s.starts_at', '>=', now)
        .as('next_session_at'),
      eb.selectFrom('training_enrolments as mine').select('mine.id').whereRef('mine.training_id', '=', 't.id').where('mine.user_id', '=', viewerId).as('my_enrolment_id'),
    ]);
}

export async function listTrainings(db: DbOrTx, filter: TrainingFilter, viewerId: string, now: Date, window: Window) {
  const [rows, count] = await Promise.all([
    trainingColumns(db, viewerId, now)
      .where('t.id', 'in', filteredTrainings(db, filter).select('t.id'))
      .orderBy(sql`lower(t.name)`)
      .orderBy('t.id')
      .limit(window.limit)
      .offset(window.offset)
      .execute(),
    filteredTrainings(db, filter).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

export async function findTraining(db: DbOrTx, id: string, viewerId: string, now: Date) {
  return trainingColumns(db, viewerId, now).where('t.id', '=', id).executeTakeFirst();
}

export async function modulesOf(db: DbOrTx, trainingIds: string[]) {
  if (trainingIds.length === 0) return [];
  return db
    .selectFrom('training_modules')
    .select(['id', 'training_id', 'position', 'title', 'description'])
    .where('training_id', 'in', trainingIds)
    .orderBy('training_id')
    .orderBy('position')
    .execute();
}

export async function sessionsOf(db: DbOrTx, moduleIds: string[]) {
  if (moduleIds.length === 0) return [];
  return db
    .selectFrom('training_sessions')
    .select(['id', 'module_id', 'starts_at', 'ends_at', 'mode', 'location', 'online_url'])
    .where('module_id', 'in', moduleIds)
    .orderBy('starts_at')
    .execute();
}

export async function findModule(db: DbOrTx, id: string) {
  return db
    .selectFrom('training_modules as m')
    .innerJoin('trainings as t', 't.id', 'm.training_id')
    .select(['m.id', 'm.training_id', 'm.title', 't.organiser_organisation_id', 't.programme_id'])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

export async function findSession(db: DbOrTx, id: string) {
  return db
    .selectFrom('training_sessions as s')
    .innerJoin('training_modules as m', 'm.id', 's.module_id')
    .innerJoin('trainings as t', 't.id', 'm.training_id')
    .select(['s.id', 's.module_id', 's.starts_at', 'm.training_id', 't.organiser_organisation_id', 't.programme_id'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function enrolledUserIds(db: DbOrTx, trainingId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db.selectFrom('training_enrolments').select('user_id').where('training_id', '=', trainingId).where('user_id', 'in', userIds).execute();
  return new Set(rows.map((r) => r.user_id));
}

export async function myProgress(db: DbOrTx, trainingId: string, userId: string) {
  const [completions, attendance] = await Promise.all([
    db
      .selectFrom('module_completions as c')
      .innerJoin('training_modules as m', 'm.id', 'c.module_id')
      .select(['c.module_id', 'c.completed_on'])
      .where('m.training_id', '=', trainingId)
      .where('c.user_id', '=', userId)
      .execute(),
    db
      .selectFrom('session_attendance as a')
      .innerJoin('training_sessions as s', 's.id', 'a.session_id')
      .innerJoin('training_modules as m', 'm.id', 's.module_id')
      .select(['a.session_id', 'a.attended'])
      .where('m.training_id', '=', trainingId)
      .where('a.user_id', '=', userId)
      .execute(),
  ]);
  return { completions, attendance };
}

export async function findEnrolment(db: DbOrTx, trainingId: string, userId: string) {
  return db.selectFrom('training_enrolments').selectAll().where('training_id', '=', trainingId).where('user_id', '=', userId).executeTakeFirst();
}

export async function listEnrolments(db: DbOrTx, trainingId: string, window: Window) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('training_enrolments as e')
      .innerJoin('users as u', 'u.id', 'e.user_id')
      .leftJoin('organisations as o', 'o.id', 'e.organisation_id')
      .select(['e.id', 'e.user_id', 'u.name', 'u.job_function', 'e.organisation_id', 'o.name as organisation_name', 'o.kind as organisation_kind', 'e.enrolled_at'])
      .where('e.training_id', '=', trainingId)
      .orderBy(sql`lower(u.name)`)
      .orderBy('e.id')
      .limit(window.limit)
      .offset(window.offset)
      .execute(),
    db.selectFrom('training_enrolments').select((eb) => eb.fn.countAll<number>().as('n')).where('training_id', '=', trainingId).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function progressOfUsers(db: DbOrTx, trainingId: string, userIds: string[]) {
  if (userIds.length === 0) return { completions: [], attendance: [] };
  const [completions, attendance] = await Promise.all([
    db
      .selectFrom('module_completions as c')
      .innerJoin('training_modules as m', 'm.id', 'c.module_id')
      .select(['c.user_id', 'c.module_id', 'c.completed_on'])
      .where('m.training_id', '=', trainingId)
      .where('c.user_id', 'in', userIds)
      .execute(),
    db
      .selectFrom('session_attendance as a')
      .innerJoin('training_sessions as s', 's.id', 'a.session_id')
      .innerJoin('training_modules as m', 'm.id', 's.module_id')
      .select(['a.user_id', 'a.session_id', 'a.attended'])
      .where('m.training_id', '=', trainingId)
      .where('a.user_id', 'in', userIds)
      .execute(),
  ]);
  return { completions, attendance };
}

export interface CompletionFilter {
  trainingId?: string;
  programmeId?: string;
  organisationId?: string;
}

function enrolmentsIn(db: DbOrTx, filter: CompletionFilter) {
  let q = db.selectFrom('training_enrolments as e').innerJoin('trainings as t', 't.id', 'e.training_id');
  if (filter.trainingId) q = q.where('e.training_id', '=', filter.trainingId);
  if (filter.programmeId) q = q.where('t.programme_id', '=', filter.programmeId);
  if (filter.organisationId) q = q.where('e.organisation_id', '=', filter.organisationId);
  return q;
}

/**
 * Per training and organisation (the one each professional enrolled for): how many enrolled, and how many
 * completed every module of the training. A training without modules has no completions.
 */
export async function enrolmentCounts(db: DbOrTx, filter: CompletionFilter) {
  return enrolmentsIn(db, filter)
    .leftJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['e.training_id', 'e.organisation_id', 'o.name as organisation_name', 'o.kind as organisation_kind'])
    .select((eb) => [
      eb.fn.countAll<number>().as('enrolled'),
      sql<number>`count(*) filter (where ${sql`(select count(*) from training_modules m where m.training_id = e.training_id)`} > 0
        and ${sql`(select count(*) from training_modules m where m.training_id = e.training_id)`}
          = ${sql`(select count(*) from module_completions c join training_modules m on m.id = c.module_id where m.training_id = e.training_id and c.user_id = e.user_id)`})`.as(
        'completed_all',
      ),
    ])
    .groupBy(['e.training_id', 'e.organisation_id', 'o.name', 'o.kind'])
    .execute();
}

/** Per training, organisation and module: how many of the enrolled professionals completed the module. */
export async function moduleCompletionCounts(db: DbOrTx, filter: CompletionFilter) {
  return enrolmentsIn(db, filter)
    .innerJoin('training_modules as m', 'm.training_id', 'e.training_id')
    .innerJoin('module_completions as c', (join) => join.onRef('c.module_id', '=', 'm.id').onRef('c.user_id', '=', 'e.user_id'))
    .select(['e.training_id', 'e.organisation_id', 'm.id as module_id', (eb) => eb.fn.countAll<number>().as('completed')])
    .groupBy(['e.training_id', 'e.organisation_id', 'm.id'])
    .execute();
}

export async function trainingsByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('trainings as t')
    .leftJoin('programmes as p', 'p.id', 't.programme_id')
    .select(['t.id', 't.name', 't.programme_id', 'p.name as programme_name'])
    .where('t.id', 'in', ids)
    .orderBy(sql`lower(t.name)`)
    .execute();
}

export async function trainingIdsIn(db: DbOrTx, filter: CompletionFilter) {
  let q = db.selectFrom('trainings as t').select('t.id');
  if (filter.trainingId) q = q.where('t.id', '=', filter.trainingId);
  if (filter.programmeId) q = q.where('t.programme_id', '=', filter.programmeId);
  return (await q.execute()).map((r) => r.id);
}

/** Professionals whose last module of a training was completed in [from, to): the NETWORK indicator's completions. */
export async function completionsInPeriod(db: DbOrTx, from: string, to: string) {
  const row = await db
    .selectFrom(
      db
        .selectFrom('training_enrolments as e')
        .innerJoin('training_modules as m', 'm.training_id', 'e.training_id')
        .innerJoin('module_completions as c', (join) => join.onRef('c.module_id', '=', 'm.id').onRef('c.user_id', '=', 'e.user_id'))
        .select(['e.id', (eb) => eb.fn.max('c.completed_on').as('completed_on')])
        .groupBy(['e.id', 'e.training_id'])
        .having((eb) => eb(eb.fn.countAll(), '=', eb.selectFrom('training_modules as all_m').select(eb.fn.countAll().as('n')).whereRef('all_m.training_id', '=', 'e.training_id')))
        .as('done'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('done.completed_on', '>=', from)
    .where('done.completed_on', '<', to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
