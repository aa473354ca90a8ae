import type { DbOrTx } from '../../db/database.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { type Page } from '../../platform/paging.js';
import { notFound } from '../../platform/problems.js';

/**
 * Notifications: one row per recipient, with a kind (what happened), data (what the web app needs to say it,
 * never data about a child) and a link (the web page to open). Written by other modules inside their own
 * transaction, so a post and the notifications about it commit together. Kinds so far:
 * - `group-post`: a new post in a group one is a member of (data: groupId, groupName, postId, postTitle, authorName)
 * - `post-reply`: a reply to one's post or to a thread one replied in (data: groupId, groupName, postId, postTitle, replyId, authorName)
 * - `questionnaire-sent`: one's organisation is asked to answer a questionnaire (data: questionnaireId, title, programmeId, programmeName, organisationId, organisationName, closesOn)
 * - `questionnaire-submitted`: a school sent in its answers (data: questionnaireId, title, programmeId, organisationId, organisationName)
 */
export interface NewNotification {
  kind: string;
  data: Record<string, unknown>;
  link: string | null;
}

/** Notifies each recipient once (duplicates are dropped); nothing is written when there is no one to tell. */
export async function notify(db: DbOrTx, recipientIds: string[], notification: NewNotification, at: Date): Promise<number> {
  const recipients = [...new Set(recipientIds)];
  const data = JSON.stringify(notification.data);
  // 1000 rows of 5 columns stay far below PostgreSQL's 65535 parameters per statement.
  for (let i = 0; i < recipients.length; i += 1000) {
    await db
      .insertInto('notifications')
      .values(recipients.slice(i, i + 1000).map((recipient_id) => ({ recipient_id, kind: notification.kind, data, link: notification.link, created_at: at })))
      .execute();
  }
  return recipients.length;
}

type NotificationRow = { id: string; kind: string; data: Record<string, unknown>; link: string | null; created_at: Date; read_at: Date | null };

const toView = (n: NotificationRow) => ({
  id: n.id,
  kind: n.kind,
  data: n.data,
  link: n.link,
  createdAt: n.created_at.toISOString(),
  readAt: n.read_at?.toISOString() ?? null,
});

export async function listNotifications(ctx: RequestContext, filter: { unread?: boolean }, page: Page) {
  const actor = requireActor(ctx);
  let q = ctx.db.selectFrom('notifications').where('recipient_id', '=', actor.userId);
  if (filter.unread) q = q.where('read_at', 'is', null);
  const [rows, count, unread] = await Promise.all([
    q.select(['id', 'kind', 'data', 'link', 'created_at', 'read_at']).orderBy('created_at', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('recipient_id', '=', actor.userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toView), page: page.page, pageSize: page.pageSize, total: Number(count.n), unreadCount: Number(unread.n) };
}

/** Marks one's own notification read; someone else's is 404, as if it did not exist. Reading twice is harmless. */
export async function markRead(ctx: RequestContext, id: string) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const existing = await tx.selectFrom('notifications').select(['id', 'read_at']).where('id', '=', id).where('recipient_id', '=', actor.userId).executeTakeFirst();
    if (!existing) throw notFound();
    const row = existing.read_at
      ? await tx.selectFrom('notifications').select(['id', 'kind', 'data', 'link', 'created_at', 'read_at']).where('id', '=', id).executeTakeFirstOrThrow()
      : await tx.updateTable('notifications').set({ read_at: ctx.now() }).where('id', '=', id).returning(['id', 'kind', 'data', 'link', 'created_at', 'read_at']).executeTakeFirstOrThrow();
    if (!existing.read_at) await ctx.audit({ subjectId: actor.userId, resource: 'notification', resourceId: id, action: 'read-mark', outcome: 'allowed' }, tx);
    return toView(row);
  });
}

/** Marks all of one's notifications read (the inbox's "alles gelezen"). */
export async function markAllRead(ctx: RequestContext) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const updated = await tx.updateTable('notifications').set({ read_at: ctx.now() }).where('recipient_id', '=', actor.userId).where('read_at', 'is', null).returning('id').execute();
    if (updated.length) await ctx.audit({ subjectId: actor.userId, resource: 'notification', action: 'read-mark-all', outcome: 'allowed', context: { count: updated.length } }, tx);
    return { marked: updated.length };
  });
}
