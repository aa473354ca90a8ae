import type { Tx } from '../../db/database.js';
import { authorizeChild, authorizePlan, refusal } from '../../platform/case-access.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { dayOf } from '../../platform/dates.js';
import { Problem, invalidField, notFound } from '../../platform/problems.js';
import { recordCaseEvents } from '../timeline/service.js';

/** Level 3 (specialist care) needs the municipal access team's decision; its date starts the wait for support. */
export const SPECIALIST_LEVEL = 3;

export interface NewEpisode {
  childId: string;
  level: number;
  providerOrganisationId: string;
  kind?: string | null;
  intensity?: string | null;
  requestedOn?: string | null;
  decidedOn?: string | null;
  startedOn?: string | null;
  referrer?: string | null;
  formOfHelp?: string | null;
  startedInCrisis?: boolean;
  productCategory?: string | null;
}

function checkDates(dates: { requestedOn: string; decidedOn?: string | null; startedOn?: string | null; endedOn?: string | null }, today: string) {
  for (const [field, value] of Object.entries(dates)) if (value && value > today) throw invalidField(field, 'in-future', 'plan.date-in-future');
  if (dates.decidedOn && dates.decidedOn < dates.requestedOn) throw invalidField('decidedOn', 'before-requested', 'episode.decided-before-requested');
  if (dates.startedOn && dates.startedOn < (dates.decidedOn ?? dates.requestedOn)) throw invalidField('startedOn', 'before-decided', 'episode.started-before-decided');
  if (dates.endedOn && (!dates.startedOn || dates.endedOn < dates.startedOn)) throw invalidField('endedOn', 'before-started', 'episode.ended-before-started');
}

/** The municipality's access officers become involved: the request is assigned to them (a referral). */
async function assignToAccessTeam(ctx: RequestContext, tx: Tx, childId: string, planId: string) {
  const officers = await tx
    .selectFrom('children as c')
    .innerJoin('organisations as o', (join) => join.on('o.kind', '=', 'municipality'))
    .innerJoin('areas as a', 'a.id', 'o.area_id')
    .innerJoin('memberships as m', 'm.organisation_id', 'o.id')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'o.id as organisation_id'])
    .where('c.id', '=', childId)
    // The municipality's organisation sits in the municipality itself or in one of its neighbourhoods.
    .where((eb) => eb.or([eb('a.id', '=', eb.ref('c.municipality_id')), eb('a.parent_id', '=', eb.ref('c.municipality_id'))]))
    .where('u.job_function', '=', 'medewerker-toegang')
    .where('u.is_active', '=', true)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('involvements as i').select('i.id').where('i.child_id', '=', childId).whereRef('i.professional_id', '=', 'u.id').where('i.ended_at', 'is', null))))
    .execute();
  if (officers.length === 0) return;
  await tx
    .insertInto('involvements')
    .values(officers.map((o) => ({ child_id: childId, professional_id: o.id, organisation_id: o.organisation_id, plan_id: planId, reason: 'referral' as const, started_at: ctx.now() })))
    .execute();
}

export async function addEpisode(ctx: RequestContext, planId: string, input: NewEpisode) {
  const actor = requireActor(ctx);
  const today = dayOf(ctx.now());
  const requestedOn = input.requestedOn ?? today;
  const needsDecision = input.level === SPECIALIST_LEVEL;
  checkDates({ requestedOn, decidedOn: needsDecision ? null : input.decidedOn, startedOn: needsDecision ? null : input.startedOn }, today);
  return ctx.transaction(async (tx) => {
    const access = await authorizePlan(ctx, planId, 'update', tx);
    if (access.status !== 'open') throw new Problem(409, 'plan-closed', 'plan.closed');
    if (!access.visibleChildIds.includes(input.childId)) throw invalidField('childId', 'not-in-family', 'plan.child-not-in-family');
    const provider = await tx.selectFrom('organisations').select('id').where('id', '=', input.providerOrganisationId).executeTakeFirst();
    if (!provider) throw invalidField('providerOrganisationId', 'unknown-organisation', 'unknown-organisation');
    const now = ctx.now();
    const status = needsDecision ? 'awaiting-decision' : input.startedOn ? 'active' : 'planned';
    const episode = await tx
      .insertInto('episodes')
      .values({
        plan_id: planId,
        child_id: input.childId,
        level: input.level,
        provider_organisation_id: input.providerOrganisationId,
        kind: input.kind ?? null,
        intensity: input.intensity ?? null,
        status,
        requested_on: requestedOn,
        decided_on: needsDecision ? null : (input.decidedOn ?? null),
        started_on: needsDecision ? null : (input.startedOn ?? null),
        referrer: input.referrer ?? null,
        form_of_help: input.formOfHelp ?? null,
        started_in_crisis: input.startedInCrisis ?? false,
        product_category: input.productCategory ?? null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('level_changes')
      .values({
        episode_id: episode.id,
        child_id: input.childId,
        from_level: null,
        to_level: input.level,
        direction: 'start',
        requested_on: requestedOn,
        effective_on: needsDecision ? null : (input.startedOn ?? requestedOn),
        decision: needsDecision ? 'pending' : 'not-needed',
        requested_by: actor.userId,
        created_at: now,
      })
      .execute();
    if (needsDecision) await assignToAccessTeam(ctx, tx, input.childId, planId);
    await recordCaseEvents(ctx, tx, [{ familyId: access.familyId, childId: input.childId, planId, kind: 'episode-requested', data: { episodeId: episode.id, level: input.level, status } }]);
    return { id: episode.id, status };
  });
}

async function episodeWithAccess(ctx: RequestContext, tx: Tx, episodeId: string) {
  const episode = await tx.selectFrom('episodes').selectAll().where('id', '=', episodeId).forUpdate().executeTakeFirst();
  if (!episode) throw notFound();
  const access = await authorizePlan(ctx, episode.plan_id, 'update', tx);
  if (!access.visibleChildIds.includes(episode.child_id)) throw refusal('episode', episodeId, episode.child_id, 'update', 'no-involvement');
  return { episode, access };
}

export interface EpisodeChanges {
  startedOn?: string;
  endedOn?: string;
  endReason?: string;
  satisfaction?: number;
  continuation?: string;
  intensity?: string | null;
  kind?: string | null;
  formOfHelp?: string | null;
  referrer?: string | null;
}

export async function updateEpisode(ctx: RequestContext, episodeId: string, changes: EpisodeChanges) {
  const today = dayOf(ctx.now());
  return ctx.transaction(async (tx) => {
    const { episode, access } = await episodeWithAccess(ctx, tx, episodeId);
    if (episode.status === 'awaiting-decision' && changes.startedOn) throw new Problem(409, 'awaiting-decision', 'episode.awaiting-decision');
    if (episode.status === 'ended' || episode.status === 'rejected') throw new Problem(409, 'episode-ended', 'episode.ended');
    if (changes.endedOn && !changes.endReason) throw invalidField('endReason', 'required', 'field.required');
    const startedOn = changes.startedOn ?? episode.started_on;
    checkDates({ requestedOn: episode.requested_on, decidedOn: episode.decided_on, startedOn, endedOn: changes.endedOn }, today);
    const status = changes.endedOn ? 'ended' : startedOn ? 'active' : episode.status;
    await tx
      .updateTable('episodes')
      .set({
        started_on: startedOn,
        ended_on: changes.endedOn ?? null,
        end_reason: changes.endReason ?? null,
        satisfaction: changes.satisfaction ?? episode.satisfaction,
        continuation: changes.continuation ?? episode.continuation,
        intensity: changes.intensity === undefined ? episode.intensity : changes.intensity,
        kind: changes.kind === undefined ? episode.kind : changes.kind,
        form_of_help: changes.formOfHelp === undefined ? episode.form_of_help : changes.formOfHelp,
        referrer: changes.referrer === undefined ? episode.referrer : changes.referrer,
        status,
        updated_at: ctx.now(),
      })
      .where('id', '=', episodeId)
      .execute();
    const kind = changes.endedOn ? 'episode-ended' : changes.startedOn && !episode.started_on ? 'episode-started' : 'episode-updated';
    await recordCaseEvents(ctx, tx, [{ familyId: access.familyId, childId: episode.child_id, planId: episode.plan_id, kind, data: { episodeId, level: episode.level, endReason: changes.endReason ?? null } }]);
    return { id: episodeId, status };
  });
}

/** Scale up or down. Down and up to level 1-2 take effect at once; up to level 3 waits for the access team. */
export async function changeLevel(ctx: RequestContext, episodeId: string, input: { toLevel: number; on?: string | null; reason?: string | null }) {
  const actor = requireActor(ctx);
  const today = dayOf(ctx.now());
  const on = input.on ?? today;
  if (on > today) throw invalidField('on', 'in-future', 'plan.date-in-future');
  return ctx.transaction(async (tx) => {
    const { episode, access } = await episodeWithAccess(ctx, tx, episodeId);
    if (episode.status !== 'active' && episode.status !== 'planned') throw new Problem(409, 'episode-not-running', 'episode.not-running');
    if (input.toLevel === episode.level) throw invalidField('toLevel', 'unchanged', 'episode.level-unchanged');
    const pending = await tx.selectFrom('level_changes').select('id').where('episode_id', '=', episodeId).where('decision', '=', 'pending').executeTakeFirst();
    if (pending) throw new Problem(409, 'decision-pending', 'episode.decision-pending');
    const needsDecision = input.toLevel === SPECIALIST_LEVEL;
    const direction = input.toLevel > episode.level ? 'up' : 'down';
    const change = await tx
      .insertInto('level_changes')
      .values({
        episode_id: episodeId,
        child_id: episode.child_id,
        from_level: episode.level,
        to_level: input.toLevel,
        direction,
        requested_on: on,
        effective_on: needsDecision ? null : on,
        reason: input.reason ?? null,
        decision: needsDecision ? 'pending' : 'not-needed',
        requested_by: actor.userId,
        created_at: ctx.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (needsDecision) await assignToAccessTeam(ctx, tx, episode.child_id, episode.plan_id);
    else await tx.updateTable('episodes').set({ level: input.toLevel, updated_at: ctx.now() }).where('id', '=', episodeId).execute();
    await recordCaseEvents(ctx, tx, [{
      familyId: access.familyId, childId: episode.child_id, planId: episode.plan_id,
      kind: needsDecision ? 'scale-up-requested' : direction === 'up' ? 'scaled-up' : 'scaled-down',
      data: { episodeId, levelChangeId: change.id, from: episode.level, to: input.toLevel },
    }]);
    return { id: change.id, decision: needsDecision ? 'pending' : 'not-needed' };
  });
}

/** The access team's queue: pending requests for specialist care of children they are assigned to. */
export async function listAccessRequests(ctx: RequestContext) {
  const actor = requireActor(ctx);
  const now = ctx.now();
  const rows = await ctx.db
    .selectFrom('level_changes as lc')
    .innerJoin('episodes as e', 'e.id', 'lc.episode_id')
    .innerJoin('children as c', 'c.id', 'lc.child_id')
    .innerJoin('organisations as p', 'p.id', 'e.provider_organisation_id')
    .innerJoin('users as r', 'r.id', 'lc.requested_by')
    .select(['lc.id', 'lc.child_id', 'c.given_name', 'c.family_name', 'c.family_id', 'e.plan_id', 'lc.episode_id', 'lc.from_level', 'lc.to_level', 'lc.requested_on', 'lc.reason', 'p.name as provider_name', 'r.name as requested_by_name'])
    .where('lc.decision', '=', 'pending')
    .where((eb) =>
      eb.exists(
        eb.selectFrom('involvements as i').select('i.id').whereRef('i.child_id', '=', 'lc.child_id').where('i.professional_id', '=', actor.userId).where('i.reason', '=', 'referral').where('i.started_at', '<=', now).where('i.ended_at', 'is', null),
      ),
    )
    .orderBy('lc.requested_on')
    .execute();
  await ctx.audit(rows.map((r) => ({ subjectId: r.child_id, resource: 'access-request', resourceId: r.id, action: 'list', outcome: 'allowed' as const })));
  return {
    items: rows.map((r) => ({
      id: r.id,
      childId: r.child_id,
      childName: `${r.given_name} ${r.family_name}`,
      familyId: r.family_id,
      planId: r.plan_id,
      episodeId: r.episode_id,
      fromLevel: r.from_level,
      toLevel: r.to_level,
      requestedOn: r.requested_on,
      reason: r.reason,
      providerName: r.provider_name,
      requestedByName: r.requested_by_name,
    })),
  };
}

/** The municipal access officer approves or rejects specialist care; the decision date starts the wait. */
export async function decideAccessRequest(ctx: RequestContext, levelChangeId: string, input: { approved: boolean; reason: string; decidedOn?: string | null }) {
  const actor = requireActor(ctx);
  const today = dayOf(ctx.now());
  const decidedOn = input.decidedOn ?? today;
  if (decidedOn > today) throw invalidField('decidedOn', 'in-future', 'plan.date-in-future');
  return ctx.transaction(async (tx) => {
    const change = await tx.selectFrom('level_changes').selectAll().where('id', '=', levelChangeId).forUpdate().executeTakeFirst();
    if (!change) throw notFound();
    const { familyId } = await authorizeChild(ctx, change.child_id, 'update', tx);
    if (actor.jobFunction !== 'medewerker-toegang') {
      throw new Problem(403, 'not-access-officer', 'episode.not-access-officer', {
        audit: { subjectId: change.child_id, resource: 'access-request', resourceId: levelChangeId, action: 'decide', outcome: 'denied', context: { reason: 'not-access-officer' } },
      });
    }
    if (change.decision !== 'pending') throw new Problem(409, 'already-decided', 'episode.already-decided');
    if (decidedOn < change.requested_on) throw invalidField('decidedOn', 'before-requested', 'episode.decided-before-requested');
    const episode = await tx.selectFrom('episodes').selectAll().where('id', '=', change.episode_id).executeTakeFirstOrThrow();
    await tx
      .updateTable('level_changes')
      .set({ decision: input.approved ? 'approved' : 'rejected', decided_by: actor.userId, decided_on: decidedOn, decision_reason: input.reason, effective_on: input.approved ? decidedOn : null })
      .where('id', '=', levelChangeId)
      .execute();
    if (change.direction === 'start') {
      await tx.updateTable('episodes').set({ status: input.approved ? 'planned' : 'rejected', decided_on: decidedOn, updated_at: ctx.now() }).where('id', '=', episode.id).execute();
    } else if (input.approved) {
      // A scale-up of running support keeps its own decision date on the level change.
      await tx.updateTable('episodes').set({ level: change.to_level, updated_at: ctx.now() }).where('id', '=', episode.id).execute();
    }
    await recordCaseEvents(ctx, tx, [{
      familyId, childId: change.child_id, planId: episode.plan_id,
      kind: input.approved ? 'access-approved' : 'access-rejected',
      data: { levelChangeId, episodeId: episode.id, reason: input.reason, decidedOn },
    }]);
    return { id: levelChangeId, decision: input.approved ? ('approved' as const) : ('rejected' as const) };
  });
}
