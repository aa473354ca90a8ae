import { involvedChildIds } from '../../platform/case-access.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { dayOf } from '../../platform/dates.js';
import { Problem, invalidField, notFound } from '../../platform/problems.js';
import { listRequests } from './requests.js';

async function membership(ctx: RequestContext, teamId: string) {
  const actor = requireActor(ctx);
  const team = await ctx.db.selectFrom('support_teams as t').innerJoin('organisations as o', 'o.id', 't.school_id').select(['t.id', 't.name', 'o.id as school_id', 'o.name as school_name']).where('t.id', '=', teamId).executeTakeFirst();
  if (!team) throw notFound();
  const member = await ctx.db.selectFrom('support_team_members').select('role').where('team_id', '=', teamId).where('professional_id', '=', actor.userId).executeTakeFirst();
  if (!member) {
    throw new Problem(403, 'not-team-member', 'team.not-member', {
      audit: { resource: 'support-team', resourceId: teamId, action: 'read', outcome: 'denied', context: { reason: 'not-team-member' } },
    });
  }
  return { team, actor };
}

export async function listTeams(ctx: RequestContext) {
  const actor = requireActor(ctx);
  const rows = await ctx.db
    .selectFrom('support_teams as t')
    .innerJoin('organisations as o', 'o.id', 't.school_id')
    .innerJoin('support_team_members as m', 'm.team_id', 't.id')
    .select(['t.id', 't.name', 'o.id as school_id', 'o.name as school_name', 'm.role'])
    .where('m.professional_id', '=', actor.userId)
    .orderBy('t.name')
    .execute();
  return { items: rows.map((r) => ({ id: r.id, name: r.name, school: { id: r.school_id, name: r.school_name }, myRole: r.role })) };
}

/** The team's board: members, its queue of requests with deadlines, and its meetings with agenda and outcomes. */
export async function teamBoard(ctx: RequestContext, teamId: string) {
  const { team } = await membership(ctx, teamId);
  const [members, queue, meetings] = await Promise.all([
    ctx.db.selectFrom('support_team_members as m').innerJoin('users as u', 'u.id', 'm.professional_id').select(['u.id', 'u.name', 'u.email', 'u.phone', 'm.role']).where('m.team_id', '=', teamId).orderBy('u.name').execute(),
    listRequests(ctx, { teamId, status: 'open' }),
    ctx.db.selectFrom('team_meetings').selectAll().where('team_id', '=', teamId).orderBy('scheduled_on', 'desc').limit(20).execute(),
  ]);
  const items = meetings.length ? await ctx.db.selectFrom('meeting_items').selectAll().where('meeting_id', 'in', meetings.map((m) => m.id)).execute() : [];
  return {
    id: team.id,
    name: team.name,
    school: { id: team.school_id, name: team.school_name },
    members: members.map((m) => ({ id: m.id, name: m.name, email: m.email, phone: m.phone, role: m.role })),
    queue: queue.items,
    meetings: meetings.map((m) => ({
      id: m.id,
      scheduledOn: m.scheduled_on,
      attendeeIds: m.attendee_ids,
      notes: m.notes,
      items: items.filter((i) => i.meeting_id === m.id).map((i) => ({ requestId: i.request_id, outcome: i.outcome, followUpOn: i.follow_up_on })),
    })),
  };
}

export async function planMeeting(ctx: RequestContext, teamId: string, input: { scheduledOn: string; attendeeIds: string[]; requestIds: string[]; notes?: string | null }) {
  const { actor } = await membership(ctx, teamId);
  if (input.scheduledOn < dayOf(ctx.now())) throw invalidField('scheduledOn', 'in-past', 'team.meeting-in-past');
  return ctx.transaction(async (tx) => {
    const members = new Set((await tx.selectFrom('support_team_members').select('professional_id').where('team_id', '=', teamId).execute()).map((m) => m.professional_id));
    input.attendeeIds.forEach((id, index) => {
      if (!members.has(id)) throw invalidField(`attendeeIds.${index}`, 'not-member', 'team.not-member');
    });
    const requests = input.requestIds.length ? await tx.selectFrom('requests').select('id').where('id', 'in', input.requestIds).where('team_id', '=', teamId).execute() : [];
    if (requests.length !== new Set(input.requestIds).size) throw invalidField('requestIds', 'not-in-team-queue', 'request.unknown-team');
    const meeting = await tx.insertInto('team_meetings').values({ team_id: teamId, scheduled_on: input.scheduledOn, attendee_ids: input.attendeeIds, notes: input.notes ?? null, created_by: actor.userId, created_at: ctx.now() }).returning('id').executeTakeFirstOrThrow();
    if (input.requestIds.length) await tx.insertInto('meeting_items').values([...new Set(input.requestIds)].map((requestId) => ({ meeting_id: meeting.id, request_id: requestId }))).execute();
    await ctx.audit({ resource: 'team-meeting', resourceId: meeting.id, action: 'create', outcome: 'allowed' }, tx);
    return { id: meeting.id };
  });
}

export async function recordMeetingItem(ctx: RequestContext, meetingId: string, requestId: string, input: { outcome: string; followUpOn?: string | null }) {
  const meeting = await ctx.db.selectFrom('team_meetings').select('team_id').where('id', '=', meetingId).executeTakeFirst();
  if (!meeting) throw notFound();
  await membership(ctx, meeting.team_id);
  return ctx.transaction(async (tx) => {
    const updated = await tx.updateTable('meeting_items').set({ outcome: input.outcome, follow_up_on: input.followUpOn ?? null }).where('meeting_id', '=', meetingId).where('request_id', '=', requestId).returning('request_id').executeTakeFirst();
    if (!updated) throw notFound();
    const child = await tx.selectFrom('requests').select('child_id').where('id', '=', requestId).executeTakeFirstOrThrow();
    await ctx.audit({ subjectId: child.child_id, resource: 'team-meeting', resourceId: meetingId, action: 'record-outcome', outcome: 'allowed', context: { requestId } }, tx);
    return { id: meetingId };
  });
}

/** A provider's waiting list: support requested or decided but not started, and how long each has waited. */
export async function waitingList(ctx: RequestContext, providerOrganisationId: string) {
  const actor = requireActor(ctx);
  if (!actor.organisationIds.includes(providerOrganisationId)) {
    throw notFound({ resource: 'waiting-list', resourceId: providerOrganisationId, action: 'list', outcome: 'denied', context: { reason: 'other-organisation' } });
  }
  const today = dayOf(ctx.now());
  const rows = await ctx.db
    .selectFrom('episodes as e')
    .innerJoin('plans as p', 'p.id', 'e.plan_id')
    .leftJoin('coordinators as co', (join) => join.onRef('co.plan_id', '=', 'p.id').on('co.ended_at', 'is', null))
    .leftJoin('users as cu', 'cu.id', 'co.professional_id')
    .select(['e.id', 'e.child_id', 'e.level', 'e.status', 'e.kind', 'e.requested_on', 'e.decided_on', 'cu.id as coordinator_id', 'cu.name as coordinator_name', 'cu.email as coordinator_email', 'cu.phone as coordinator_phone'])
    .where('e.provider_organisation_id', '=', providerOrganisationId)
    .where('e.status', 'in', ['planned', 'awaiting-decision'])
    .orderBy('e.requested_on')
    .limit(1000)
    .execute();
  const involved = await involvedChildIds(ctx.db, actor.userId, [...new Set(rows.map((r) => r.child_id))], ctx.now());
  const names = involved.size ? new Map((await ctx.db.selectFrom('children').select(['id', 'given_name', 'family_name']).where('id', 'in', [...involved]).execute()).map((c) => [c.id, `${c.given_name} ${c.family_name}`])) : new Map<string, string>();
  await ctx.audit(rows.map((r) => ({ subjectId: r.child_id, resource: 'waiting-list', resourceId: r.id, action: 'list', outcome: 'allowed' as const })));
  const days = (from: string) => Math.round((Date.parse(`${today}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
  return {
    items: rows.map((r) => ({
      episodeId: r.id,
      childName: names.get(r.child_id) ?? null,
      level: r.level,
      status: r.status,
      kind: r.kind,
      requestedOn: r.requested_on,
      decidedOn: r.decided_on,
      // Waiting for a decision counts from the request; waiting for support from the decision.
      daysWaiting: days(r.decided_on ?? r.requested_on),
      coordinator: r.coordinator_id ? { id: r.coordinator_id, name: r.coordinator_name!, email: r.coordinator_email!, phone: r.coordinator_phone } : null,
    })),
  };
}
