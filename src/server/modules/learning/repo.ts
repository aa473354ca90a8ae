import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { containsPattern } from '../../db/like.js';

interface Window {
  limit: number;
  offset: number;
}

// ---- Groups ----

export interface GroupFilter {
  query?: string;
  theme?: string;
  programmeId?: string;
  memberId?: string;
}

function filteredGroups(db: DbOrTx, filter: GroupFilter) {
  let q = db.selectFrom('learning_groups as g');
  if (filter.query) q = q.where(sql<string>`lower(g.name)`, 'like', containsPattern(filter.query));
  if (filter.theme) q = q.where('g.theme', '=', filter.theme);
  if (filter.programmeId) q = q.where('g.programme_id', '=', filter.programmeId);
  if (filter.memberId) {
    const memberId = filter.memberId;
    q = q.where((eb) => eb.exists(eb.selectFrom('group_members as m').select('m.user_id').whereRef('m.group_id', '=', 'g.id').where('m.user_id', '=', memberId)));
  }
  return q;
}

function groupColumns(db: DbOrTx, viewerId: string) {
  return db
    .selectFrom('learning_groups as g')
    .leftJoin('programmes as p', 'p.id', 'g.programme_id')
    .select(['g.id', 'g.name', 'g.description', 'g.theme', 'g.programme_id', 'p.name as programme_name', 'p.lead_organisation_id', 'g.created_by', 'g.created_at'])
    .select((eb) => [
      eb.selectFrom('group_members as m').select(eb.fn.countAll<number>().as('n')).whereRef('m.group_id', '=', 'g.id').as('member_count'),
      eb.selectFrom('group_posts as gp').select(eb.fn.countAll<number>().as('n')).whereRef('gp.group_id', '=', 'g.id').as('post_count'),
      eb.selectFrom('group_posts as gp').select((inner) => inner.fn.max('gp.last_activity_at').as('at')).whereRef('gp.group_id', '=', 'g.id').as('last_activity_at'),
      eb.selectFrom('group_members as me').select('me.role').whereRef('me.group_id', '=', 'g.id').where('me.user_id', '=', viewerId).as('my_role'),
    ]);
}

export async function listGroups(db: DbOrTx, filter: GroupFilter, viewerId: string, window: Window) {
  const [rows, count] = await Promise.all([
    groupColumns(db, viewerId)
      .where('g.id', 'in', filteredGroups(db, filter).select('g.id'))
      .orderBy(sql`lower(g.name)`)
      .orderBy('g.id')
      .limit(window.limit)
      .offset(window.offset)
      .execute(),
    filteredGroups(db, filter).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

export async function findGroup(db: DbOrTx, id: string, viewerId: string) {
  return groupColumns(db, viewerId).where('g.id', '=', id).executeTakeFirst();
}

export async function membership(db: DbOrTx, groupId: string, userId: string) {
  return db.selectFrom('group_members').selectAll().where('group_id', '=', groupId).where('user_id', '=', userId).executeTakeFirst();
}

export async function listMembers(db: DbOrTx, groupId: string, window: Window) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('group_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.name', 'u.job_function', 'u.is_active', 'm.role', 'm.joined_at'])
      .where('m.group_id', '=', groupId)
      .orderBy(sql`lower(u.name)`)
      .orderBy('u.id')
      .limit(window.limit)
      .offset(window.offset)
      .execute(),
    db.selectFrom('group_members').select((eb) => eb.fn.countAll<number>().as('n')).where('group_id', '=', groupId).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Organisations of several people in one query (no N+1 on a page of members or posts). */
export async function organisationsOfUsers(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.user_id', 'o.id', 'o.name', 'o.kind'])
    .where('m.user_id', 'in', [...new Set(userIds)])
    .orderBy('o.name')
    .execute();
}

export async function memberIds(db: DbOrTx, groupId: string) {
  const rows = await db.selectFrom('group_members').select('user_id').where('group_id', '=', groupId).execute();
  return rows.map((r) => r.user_id);
}

// ---- Posts and replies ----

const authorColumns = ['u.id as author_id', 'u.name as author_name', 'u.job_function as author_job_function'] as const;

export async function listPosts(db: DbOrTx, groupId: string, window: Window) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('group_posts as p')
      .innerJoin('users as u', 'u.id', 'p.author_id')
      .select(['p.id', 'p.group_id', 'p.title', 'p.body', 'p.created_at', 'p.last_activity_at', ...authorColumns])
      .select((eb) => eb.selectFrom('post_replies as r').select(eb.fn.countAll<number>().as('n')).whereRef('r.post_id', '=', 'p.id').as('reply_count'))
      .where('p.group_id', '=', groupId)
      .orderBy('p.last_activity_at', 'desc')
      .orderBy('p.id')
      .limit(window.limit)
      .offset(window.offset)
      .execute(),
    db.selectFrom('group_posts').select((eb) => eb.fn.countAll<number>().as('n')).where('group_id', '=', groupId).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findPost(db: DbOrTx, id: string) {
  return db
    .selectFrom('group_posts as p')
    .innerJoin('users as u', 'u.id', 'p.author_id')
    .innerJoin('learning_groups as g', 'g.id', 'p.group_id')
    .select(['p.id', 'p.group_id', 'g.name as group_name', 'p.title', 'p.body', 'p.created_at', 'p.last_activity_at', ...authorColumns])
    .select((eb) => eb.selectFrom('post_replies as r').select(eb.fn.countAll<number>().as('n')).whereRef('r.post_id', '=', 'p.id').as('reply_count'))
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function repliesOf(db: DbOrTx, postId: string) {
  return db
    .selectFrom('post_replies as r')
    .innerJoin('users as u', 'u.id', 'r.author_id')
    .select(['r.id', 'r.post_id', 'r.body', 'r.created_at', ...authorColumns])
    .where('r.post_id', '=', postId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

export async function findReply(db: DbOrTx, id: string) {
  return db
    .selectFrom('post_replies as r')
    .innerJoin('users as u', 'u.id', 'r.author_id')
    .select(['r.id', 'r.post_id', 'r.body', 'r.created_at', ...authorColumns])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** Everyone who wrote in a thread: the post's author and its repliers. */
export async function threadParticipants(db: DbOrTx, postId: string) {
  const rows = await db
    .selectFrom('group_posts')
    .select('author_id')
    .where('id', '=', postId)
    .union(db.selectFrom('post_replies').select('author_id').where('post_id', '=', postId))
    .execute();
  return rows.map((r) => r.author_id);
}

// ---- Attachments ----

export async function attachmentsOf(db: DbOrTx, ids: { postIds?: string[]; replyIds?: string[] }) {
  const postIds = ids.postIds ?? [];
  const replyIds = ids.replyIds ?? [];
  if (postIds.length === 0 && replyIds.length === 0) return [];
  return db
    .selectFrom('attachments')
    .select(['id', 'post_id', 'reply_id', 'file_name', 'content_type', 'size_bytes', 'created_at'])
    .where((eb) =>
      eb.or([...(postIds.length ? [eb('post_id', 'in', postIds)] : []), ...(replyIds.length ? [eb('reply_id', 'in', replyIds)] : [])]),
    )
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export async function findAttachment(db: DbOrTx, id: string) {
  return db
    .selectFrom('attachments as a')
    .leftJoin('post_replies as r', 'r.id', 'a.reply_id')
    .leftJoin('group_posts as p', (join) => join.on((eb) => eb.or([eb('p.id', '=', eb.ref('a.post_id')), eb('p.id', '=', eb.ref('r.post_id'))])))
    .select(['a.id', 'a.file_name', 'a.content_type', 'a.size_bytes', 'a.data', 'p.group_id'])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

// ---- Figures ----

export async function groupFiguresForProgramme(db: DbOrTx, programmeId: string) {
  return db
    .selectFrom('learning_groups as g')
    .select(['g.id', 'g.name'])
    .select((eb) => [
      eb.selectFrom('group_members as m').select(eb.fn.countAll<number>().as('n')).whereRef('m.group_id', '=', 'g.id').as('members'),
      eb.selectFrom('group_posts as gp').select(eb.fn.countAll<number>().as('n')).whereRef('gp.group_id', '=', 'g.id').as('posts'),
    ])
    .where('g.programme_id', '=', programmeId)
    .orderBy('g.name')
    .execute();
}

/** Distinct professionals who posted or replied in [from, to): the learning-network half of the NETWORK indicator. */
export async function activeProfessionals(db: DbOrTx, from: Date, to: Date) {
  const row = await db
    .selectFrom(
      db
        .selectFrom('group_posts')
        .select('author_id')
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .union(db.selectFrom('post_replies').select('author_id').where('created_at', '>=', from).where('created_at', '<', to))
        .as('active'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
