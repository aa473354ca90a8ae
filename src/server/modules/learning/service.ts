import type { DbOrTx } from '../../db/database.js';
import { isValidBsn } from '../../platform/bsn.js';
import { type Actor, type RequestContext, requireActor } from '../../platform/context.js';
import { type Page, paged } from '../../platform/paging.js';
import { type InvalidParam, Problem, invalid, invalidField, notFound } from '../../platform/problems.js';
import { notify } from '../notifications/service.js';
import { managesOrganisation, programmeReference } from '../programmes/service.js';
import { type AttachmentInput, type CheckedAttachment, MAX_ATTACHMENTS, checkAttachments, contentDisposition } from './attachments.js';
import * as repo from './repo.js';

/*
 * The learning network (leernetwerk): themed groups that professionals join to share experience. Anyone signed
 * in may look around (groups, members, posts); only members post and reply. Groups are about the work, never
 * about a child: a text that looks like a BSN is refused.
 */

// ---- The BSN guard ----

// Nine digits, optionally separated by dots or spaces ("123.456.782", "123 456 782"), not part of a longer number.
const BSN_CANDIDATE = /(?<!\d)\d(?:[ .\u00a0]?\d){8}(?!\d)/g;

/** True when the text holds a number that passes the BSN 11-test: it might identify a child. */
export function containsBsnLikeNumber(text: string): boolean {
  for (const match of text.matchAll(BSN_CANDIDATE)) {
    if (isValidBsn(match[0].replace(/[ .\u00a0]/g, ''))) return true;
  }
  return false;
}

function guardTexts(fields: { name: string; text: string | null | undefined }[], files: CheckedAttachment[], field: string): InvalidParam[] {
  const problems: InvalidParam[] = fields
    .filter((f) => f.text && containsBsnLikeNumber(f.text))
    .map((f) => ({ name: f.name, code: 'bsn-like-number', reason: 'learning.bsn-like-number' as const }));
  files.forEach((file, i) => {
    const text = file.contentType === 'text/plain' ? file.data.toString('utf8') : '';
    if (containsBsnLikeNumber(file.fileName) || containsBsnLikeNumber(text)) problems.push({ name: `${field}.${i}`, code: 'bsn-like-number', reason: 'learning.bsn-like-number' });
  });
  return problems;
}

// ---- Access ----

type GroupRow = NonNullable<Awaited<ReturnType<typeof repo.findGroup>>>;

/** Platform administrators, the group's creator, and the leads of the group's programme manage a group. */
function managesGroup(actor: Actor, group: Pick<GroupRow, 'created_by' | 'lead_organisation_id'>) {
  return actor.roles.includes('platform-admin') || group.created_by === actor.userId || (group.lead_organisation_id !== null && managesOrganisation(actor, group.lead_organisation_id));
}

async function groupOrNotFound(ctx: RequestContext, id: string, db: DbOrTx = ctx.db) {
  const group = await repo.findGroup(db, id, requireActor(ctx).userId);
  if (!group) throw notFound();
  return group;
}

function notAMember(groupId: string) {
  return new Problem(403, 'not-a-member', 'learning.not-a-member', {
    audit: { resource: 'group-post', resourceId: groupId, action: 'create', outcome: 'denied', context: { reason: 'not-a-member' } },
  });
}

// ---- Groups ----

function toGroup(g: GroupRow) {
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    theme: g.theme,
    programme: g.programme_id ? { id: g.programme_id, name: g.programme_name! } : null,
    memberCount: Number(g.member_count ?? 0),
    postCount: Number(g.post_count ?? 0),
    lastActivityAt: g.last_activity_at ? new Date(g.last_activity_at as unknown as string).toISOString() : null,
    isMember: g.my_role !== null,
  };
}

export async function listGroups(ctx: RequestContext, filter: { query?: string; theme?: string; programmeId?: string; mine?: boolean }, page: Page) {
  const actor = requireActor(ctx);
  const { mine, ...rest } = filter;
  const { rows, total } = await repo.listGroups(ctx.db, { ...rest, memberId: mine ? actor.userId : undefined }, actor.userId, page);
  return paged(rows.map(toGroup), total, page);
}

export async function getGroup(ctx: RequestContext, id: string) {
  const actor = requireActor(ctx);
  const group = await groupOrNotFound(ctx, id);
  return { ...toGroup(group), myRole: group.my_role, canManage: managesGroup(actor, group), createdAt: group.created_at.toISOString() };
}

export async function createGroup(ctx: RequestContext, input: { name: string; description: string; theme?: string | null; programmeId?: string | null }) {
  const actor = requireActor(ctx);
  if (input.programmeId) {
    const programme = await programmeReference(ctx, input.programmeId);
    if (!programme) throw invalidField('programmeId', 'unknown-programme', 'learning.unknown-programme');
    if (!managesOrganisation(actor, programme.leadOrganisationId)) {
      throw new Problem(403, 'not-programme-lead', 'programme.not-lead', { audit: { resource: 'group', action: 'create', outcome: 'denied', context: { reason: 'not-programme-lead', programmeId: input.programmeId } } });
    }
  }
  const problems = guardTexts([{ name: 'name', text: input.name }, { name: 'description', text: input.description }], [], '');
  if (problems.length) throw invalid(problems);
  return ctx.transaction(async (tx) => {
    const now = ctx.now();
    const group = await tx
      .insertInto('learning_groups')
      .values({ name: input.name, description: input.description, theme: input.theme ?? null, programme_id: input.programmeId ?? null, created_by: actor.userId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('group_members').values({ group_id: group.id, user_id: actor.userId, role: 'moderator', joined_at: now }).execute();
    await ctx.audit({ resource: 'group', resourceId: group.id, action: 'create', outcome: 'allowed', context: { programmeId: input.programmeId ?? null } }, tx);
    return { id: group.id };
  });
}

export async function updateGroup(ctx: RequestContext, id: string, changes: { name?: string; description?: string; theme?: string | null }) {
  const actor = requireActor(ctx);
  await ctx.transaction(async (tx) => {
    const group = await groupOrNotFound(ctx, id, tx);
    if (!managesGroup(actor, group)) {
      throw new Problem(403, 'not-group-manager', 'learning.not-group-manager', { audit: { resource: 'group', resourceId: id, action: 'update', outcome: 'denied', context: { reason: 'not-group-manager' } } });
    }
    const problems = guardTexts([{ name: 'name', text: changes.name }, { name: 'description', text: changes.description }], [], '');
    if (problems.length) throw invalid(problems);
    await tx.updateTable('learning_groups').set({ name: changes.name, description: changes.description, theme: changes.theme }).where('id', '=', id).execute();
    await ctx.audit({ resource: 'group', resourceId: id, action: 'update', outcome: 'allowed', context: { fields: Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined) } }, tx);
  });
  return getGroup(ctx, id);
}

/** Joins the group oneself. Joining again changes nothing and says so (200 instead of 201). */
export async function joinGroup(ctx: RequestContext, groupId: string) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    await groupOrNotFound(ctx, groupId, tx);
    const now = ctx.now();
    const inserted = await tx
      .insertInto('group_members')
      .values({ group_id: groupId, user_id: actor.userId, joined_at: now })
      .onConflict((oc) => oc.columns(['group_id', 'user_id']).doNothing())
      .returning(['role', 'joined_at'])
      .executeTakeFirst();
    if (inserted) await ctx.audit({ subjectId: actor.userId, resource: 'group-member', resourceId: groupId, action: 'join', outcome: 'allowed' }, tx);
    const member = inserted ?? (await repo.membership(tx, groupId, actor.userId))!;
    return { created: inserted !== undefined, membership: { groupId, userId: actor.userId, role: member.role, joinedAt: member.joined_at.toISOString() } };
  });
}

/** Leaves the group (oneself), or removes a member (a group manager). */
export async function leaveGroup(ctx: RequestContext, groupId: string, userId: string) {
  const actor = requireActor(ctx);
  await ctx.transaction(async (tx) => {
    const group = await groupOrNotFound(ctx, groupId, tx);
    if (userId !== actor.userId && !managesGroup(actor, group)) {
      throw new Problem(403, 'not-group-manager', 'learning.not-group-manager', { audit: { subjectId: userId, resource: 'group-member', resourceId: groupId, action: 'remove', outcome: 'denied', context: { reason: 'not-group-manager' } } });
    }
    const removed = await tx.deleteFrom('group_members').where('group_id', '=', groupId).where('user_id', '=', userId).returning('user_id').execute();
    if (removed.length === 0) throw notFound();
    await ctx.audit({ subjectId: userId, resource: 'group-member', resourceId: groupId, action: userId === actor.userId ? 'leave' : 'remove', outcome: 'allowed' }, tx);
  });
}

/** The member list, each with the id of their profile in the network directory and their organisations. */
export async function listMembers(ctx: RequestContext, groupId: string, page: Page) {
  await groupOrNotFound(ctx, groupId);
  const { rows, total } = await repo.listMembers(ctx.db, groupId, page);
  const organisations = await repo.organisationsOfUsers(ctx.db, rows.map((r) => r.id));
  return paged(
    rows.map((m) => ({
      id: m.id,
      name: m.name,
      jobFunction: m.job_function,
      isActive: m.is_active,
      role: m.role,
      joinedAt: m.joined_at.toISOString(),
      organisations: organisations.filter((o) => o.user_id === m.id).map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    })),
    total,
    page,
  );
}

// ---- Posts and replies ----

type AuthorColumns = { author_id: string; author_name: string; author_job_function: string | null };
type OrganisationRow = Awaited<ReturnType<typeof repo.organisationsOfUsers>>[number];
type AttachmentRow = Awaited<ReturnType<typeof repo.attachmentsOf>>[number];

const toAuthor = (row: AuthorColumns, organisations: OrganisationRow[]) => ({
  id: row.author_id,
  name: row.author_name,
  jobFunction: row.author_job_function,
  organisations: organisations.filter((o) => o.user_id === row.author_id).map((o) => ({ id: o.id, name: o.name })),
});

const toAttachment = (a: AttachmentRow) => ({ id: a.id, fileName: a.file_name, contentType: a.content_type, sizeBytes: a.size_bytes });

export async function listPosts(ctx: RequestContext, groupId: string, page: Page) {
  await groupOrNotFound(ctx, groupId);
  const { rows, total } = await repo.listPosts(ctx.db, groupId, page);
  const [organisations, attachments] = await Promise.all([
    repo.organisationsOfUsers(ctx.db, rows.map((r) => r.author_id)),
    repo.attachmentsOf(ctx.db, { postIds: rows.map((r) => r.id) }),
  ]);
  return paged(
    rows.map((p) => ({
      id: p.id,
      groupId: p.group_id,
      title: p.title,
      body: p.body,
      author: toAuthor(p, organisations),
      createdAt: p.created_at.toISOString(),
      lastActivityAt: p.last_activity_at.toISOString(),
      replyCount: Number(p.reply_count ?? 0),
      attachments: attachments.filter((a) => a.post_id === p.id).map(toAttachment),
    })),
    total,
    page,
  );
}

export async function getPost(ctx: RequestContext, postId: string) {
  const post = await repo.findPost(ctx.db, postId);
  if (!post) throw notFound();
  const replies = await repo.repliesOf(ctx.db, postId);
  const [organisations, attachments] = await Promise.all([
    repo.organisationsOfUsers(ctx.db, [post.author_id, ...replies.map((r) => r.author_id)]),
    repo.attachmentsOf(ctx.db, { postIds: [postId], replyIds: replies.map((r) => r.id) }),
  ]);
  return {
    id: post.id,
    groupId: post.group_id,
    groupName: post.group_name,
    title: post.title,
    body: post.body,
    author: toAuthor(post, organisations),
    createdAt: post.created_at.toISOString(),
    lastActivityAt: post.last_activity_at.toISOString(),
    replyCount: Number(post.reply_count ?? 0),
    attachments: attachments.filter((a) => a.post_id === post.id).map(toAttachment),
    replies: replies.map((r) => ({
      id: r.id,
      postId: r.post_id,
      body: r.body,
      author: toAuthor(r, organisations),
      createdAt: r.created_at.toISOString(),
      attachments: attachments.filter((a) => a.reply_id === r.id).map(toAttachment),
    })),
  };
}

function checkedFiles(attachments: AttachmentInput[] | undefined) {
  const inputs = attachments ?? [];
  if (inputs.length > MAX_ATTACHMENTS) throw invalid([{ name: 'attachments', code: 'too-many', reason: 'attachment.too-many', values: { maximum: MAX_ATTACHMENTS } }]);
  return checkAttachments(inputs);
}

async function storeAttachments(db: DbOrTx, files: CheckedAttachment[], owner: { post_id: string } | { reply_id: string }, uploadedBy: string, at: Date) {
  for (const [position, file] of files.entries()) {
    await db
      .insertInto('attachments')
      .values({ ...owner, position, file_name: file.fileName, content_type: file.contentType, size_bytes: file.sizeBytes, sha256: file.sha256, data: file.data, uploaded_by: uploadedBy, created_at: at })
      .execute();
  }
}

/**
 * A member posts in a group: text, optional title, up to three files. The post, its files, the notifications to
 * the other members and the audit entry commit together; any refusal writes nothing.
 */
export async function createPost(ctx: RequestContext, groupId: string, input: { title?: string | null; body: string; attachments?: AttachmentInput[] }) {
  const actor = requireActor(ctx);
  const group = await groupOrNotFound(ctx, groupId);
  if (group.my_role === null) throw notAMember(groupId);
  const { files, problems } = checkedFiles(input.attachments);
  problems.push(...guardTexts([{ name: 'title', text: input.title }, { name: 'body', text: input.body }], files, 'attachments'));
  if (problems.length) throw invalid(problems);
  const postId = await ctx.transaction(async (tx) => {
    // Checked again in the transaction: the member may have left in the meantime.
    if (!(await repo.membership(tx, groupId, actor.userId))) throw notAMember(groupId);
    const now = ctx.now();
    const post = await tx
      .insertInto('group_posts')
      .values({ group_id: groupId, author_id: actor.userId, title: input.title ?? null, body: input.body, created_at: now, last_activity_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await storeAttachments(tx, files, { post_id: post.id }, actor.userId, now);
    const others = (await repo.memberIds(tx, groupId)).filter((id) => id !== actor.userId);
    await notify(
      tx,
      others,
      {
        kind: 'group-post',
        data: { groupId, groupName: group.name, postId: post.id, postTitle: input.title ?? null, authorId: actor.userId, authorName: actor.name },
        link: `/leernetwerk/groepen/${groupId}/berichten/${post.id}`,
      },
      now,
    );
    await ctx.audit({ resource: 'group-post', resourceId: post.id, action: 'create', outcome: 'allowed', context: { groupId, attachments: files.length, notified: others.length } }, tx);
    return post.id;
  });
  return getPost(ctx, postId);
}

/** A member replies; the post's author and everyone who replied before are told (not the whole group). */
export async function createReply(ctx: RequestContext, postId: string, input: { body: string; attachments?: AttachmentInput[] }) {
  const actor = requireActor(ctx);
  const post = await repo.findPost(ctx.db, postId);
  if (!post) throw notFound();
  if (!(await repo.membership(ctx.db, post.group_id, actor.userId))) throw notAMember(post.group_id);
  const { files, problems } = checkedFiles(input.attachments);
  problems.push(...guardTexts([{ name: 'body', text: input.body }], files, 'attachments'));
  if (problems.length) throw invalid(problems);
  const replyId = await ctx.transaction(async (tx) => {
    if (!(await repo.membership(tx, post.group_id, actor.userId))) throw notAMember(post.group_id);
    const now = ctx.now();
    const reply = await tx.insertInto('post_replies').values({ post_id: postId, author_id: actor.userId, body: input.body, created_at: now }).returning('id').executeTakeFirstOrThrow();
    await tx.updateTable('group_posts').set({ last_activity_at: now }).where('id', '=', postId).execute();
    await storeAttachments(tx, files, { reply_id: reply.id }, actor.userId, now);
    const told = (await repo.threadParticipants(tx, postId)).filter((id) => id !== actor.userId);
    await notify(
      tx,
      told,
      {
        kind: 'post-reply',
        data: { groupId: post.group_id, groupName: post.group_name, postId, postTitle: post.title, replyId: reply.id, authorId: actor.userId, authorName: actor.name },
        link: `/leernetwerk/groepen/${post.group_id}/berichten/${postId}#reactie-${reply.id}`,
      },
      now,
    );
    await ctx.audit({ resource: 'post-reply', resourceId: reply.id, action: 'create', outcome: 'allowed', context: { postId, groupId: post.group_id, attachments: files.length, notified: told.length } }, tx);
    return reply.id;
  });
  const reply = (await repo.findReply(ctx.db, replyId))!;
  const [organisations, attachments] = await Promise.all([repo.organisationsOfUsers(ctx.db, [actor.userId]), repo.attachmentsOf(ctx.db, { replyIds: [replyId] })]);
  return { id: reply.id, postId, body: reply.body, author: toAuthor(reply, organisations), createdAt: reply.created_at.toISOString(), attachments: attachments.map(toAttachment) };
}

export async function downloadAttachment(ctx: RequestContext, id: string) {
  const attachment = await repo.findAttachment(ctx.db, id);
  if (!attachment) throw notFound();
  return { data: attachment.data, contentType: attachment.content_type, disposition: contentDisposition(attachment.file_name), sizeBytes: attachment.size_bytes };
}

// ---- Figures for other modules ----

export async function groupFiguresForProgramme(db: DbOrTx, programmeId: string) {
  const rows = await repo.groupFiguresForProgramme(db, programmeId);
  return rows.map((r) => ({ id: r.id, name: r.name, members: Number(r.members ?? 0), posts: Number(r.posts ?? 0) }));
}

/**
 * The learning-network half of the NETWORK indicator (DOMAIN.md section 5): professionals who posted or replied
 * in the period. The training half is training/service.ts `completionsInPeriod`.
 */
export async function activeProfessionals(db: DbOrTx, from: Date, to: Date) {
  return repo.activeProfessionals(db, from, to);
}
