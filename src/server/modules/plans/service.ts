import { sql } from 'kysely';
import type { Tx } from '../../db/database.js';
import type { LegalGround, LifeDomain, GoalStatus } from '../../db/schema.js';
import { authorizeFamily, authorizePlan, refusal } from '../../platform/case-access.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { dayOf } from '../../platform/dates.js';
import { Problem, conflict, invalidField, notFound } from '../../platform/problems.js';
import { validConsentFor } from '../consents/service.js';
import { recordCaseEvents } from '../timeline/service.js';

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505';

async function professional(tx: Tx, id: string, field: string) {
  const user = await tx
    .selectFrom('users as u')
    .select(['u.id', 'u.name', 'u.is_active'])
    .select(sql<string[]>`array(select m.organisation_id from memberships m where m.user_id = u.id order by m.organisation_id)`.as('organisationIds'))
    .where('u.id', '=', id)
    .where((eb) => eb.exists(eb.selectFrom('role_grants as g').select('g.id').whereRef('g.user_id', '=', 'u.id').where('g.role', '=', 'professional')))
    .executeTakeFirst();
  if (!user?.is_active) throw invalidField(field, 'unknown-professional', 'plan.unknown-professional');
  return { id: user.id, name: user.name, organisationIds: user.organisationIds ?? [] };
}

/**
 * Brings a professional into the family's file: one involvement per child. Within the organisations already
 * holding the file no consent is needed; another organisation needs a valid consent per child that covers it,
 * or a recorded legal ground (safety, Meldcode). Without either: 409.
 */
async function involveInPlan(
  ctx: RequestContext,
  tx: Tx,
  plan: { planId: string; childIds: string[] },
  person: { id: string; organisationIds: string[] },
  reason: 'team-member' | 'coordinator',
  grounds: { consentId?: string | null; legalGround?: LegalGround | null },
) {
  const now = ctx.now();
  const day = dayOf(now);
  const actor = requireActor(ctx);
  const sameOrganisation = person.organisationIds.some((id) => actor.organisationIds.includes(id));
  const rows = [];
  for (const childId of plan.childIds) {
    let consentId: string | null = null;
    if (!sameOrganisation && !grounds.legalGround) {
      const consent = await validConsentFor(tx, childId, person.organisationIds, day, grounds.consentId ?? undefined);
      if (!consent) continue;
      consentId = consent.id;
    }
    rows.push({
      child_id: childId,
      professional_id: person.id,
      organisation_id: person.organisationIds[0] ?? null,
      plan_id: plan.planId,
      reason,
      consent_id: consentId,
      legal_ground: sameOrganisation ? null : (grounds.legalGround ?? null),
      started_at: now,
    });
  }
  if (rows.length === 0) throw new Problem(409, 'consent-required', 'plan.consent-required');
  await tx.insertInto('involvements').values(rows).execute();
  return rows.map((r) => r.child_id);
}

export async function createPlan(ctx: RequestContext, input: { familyId: string; coordinatorId: string }) {
  const actor = requireActor(ctx);
  try {
    return await ctx.transaction(async (tx) => {
      const access = await authorizeFamily(ctx, input.familyId, 'update', tx);
      const coordinator = await professional(tx, input.coordinatorId, 'coordinatorId');
      const now = ctx.now();
      const plan = await tx.insertInto('plans').values({ family_id: input.familyId, opened_at: now, opened_by: actor.userId }).returning('id').executeTakeFirstOrThrow();
      await tx.insertInto('coordinators').values({ plan_id: plan.id, professional_id: coordinator.id, started_at: now }).execute();
      await involveInPlan(ctx, tx, { planId: plan.id, childIds: access.childIds }, coordinator, 'coordinator', {});
      if (coordinator.id !== actor.userId) {
        await tx.insertInto('involvements').values(access.visibleChildIds.map((childId) => ({
          child_id: childId, professional_id: actor.userId, organisation_id: actor.organisationIds[0] ?? null, plan_id: plan.id, reason: 'team-member' as const, started_at: now,
        }))).execute();
      }
      await recordCaseEvents(ctx, tx, [{ familyId: input.familyId, planId: plan.id, kind: 'plan-opened', data: { coordinatorId: coordinator.id, coordinatorName: coordinator.name } }]);
      return { id: plan.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('plan-exists', 'plan.exists');
    throw error;
  }
}

function openPlanOnly(access: { status: string }) {
  if (access.status !== 'open') throw new Problem(409, 'plan-closed', 'plan.closed');
}

export async function closePlan(ctx: RequestContext, planId: string, reason: string) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const access = await authorizePlan(ctx, planId, 'update', tx);
    openPlanOnly(access);
    const now = ctx.now();
    await tx.updateTable('plans').set({ status: 'closed', closed_at: now, closed_by: actor.userId, close_reason: reason }).where('id', '=', planId).execute();
    await tx.updateTable('handovers').set({ status: 'cancelled', resolved_at: now }).where('plan_id', '=', planId).where('status', '=', 'pending').execute();
    // The team steps back; the last coordinator keeps the file for questions and the family's right of access.
    await tx.updateTable('involvements').set({ ended_at: now, end_reason: 'plan-closed' }).where('plan_id', '=', planId).where('reason', '=', 'team-member').where('ended_at', 'is', null).execute();
    await recordCaseEvents(ctx, tx, [{ familyId: access.familyId, planId, kind: 'plan-closed', data: { reason } }]);
    return { id: planId };
  });
}

export async function addTeamMember(ctx: RequestContext, planId: string, input: { professionalId: string; consentId?: string | null; legalGround?: LegalGround | null }) {
  return ctx.transaction(async (tx) => {
    const access = await authorizePlan(ctx, planId, 'update', tx);
    openPlanOnly(access);
    const person = await professional(tx, input.professionalId, 'professionalId');
    const already = await tx.selectFrom('involvements').select('id').where('plan_id', '=', planId).where('professional_id', '=', person.id).where('ended_at', 'is', null).executeTakeFirst();
    if (already) throw conflict('already-team-member', 'plan.already-team-member');
    const childIds = await involveInPlan(ctx, tx, access, person, 'team-member', input);
    await recordCaseEvents(ctx, tx, [{ familyId: access.familyId, planId, kind: 'team-member-added', data: { professionalId: person.id, professionalName: person.name, children: childIds.length, legalGround: input.legalGround ?? null } }]);
    return { id: person.id, childIds };
  });
}

export async function removeTeamMember(ctx: RequestContext, planId: string, professionalId: string) {
  return ctx.transaction(async (tx) => {
    const access = await authorizePlan(ctx, planId, 'update', tx);
    const current = await currentCoordinator(tx, planId);
    if (current?.professional_id === professionalId) throw conflict('coordinator-stays', 'plan.coordinator-stays');
    const ended = await tx.updateTable('involvements').set({ ended_at: ctx.now(), end_reason: 'left-team' }).where('plan_id', '=', planId).where('professional_id', '=', professionalId).where('ended_at', 'is', null).returning('id').execute();
    if (ended.length === 0) throw notFound();
    await recordCaseEvents(ctx, tx, [{ familyId: access.familyId, planId, kind: 'team-member-left', data: { professionalId } }]);
  });
}

async function currentCoordinator(tx: Tx, planId: string) {
  return tx.selectFrom('coordinators').select(['id', 'professional_id']).where('plan_id', '=', planId).where('ended_at', 'is', null).executeTakeFirst();
}

/** A hand-over is asked by the coordinator and takes effect when the new coordinator accepts it. */
export async function requestHandover(ctx: RequestContext, planId: string, input: { toProfessionalId: string; note?: string | null }) {
  const actor = requireActor(ctx);
  try {
    return await ctx.transaction(async (tx) => {
      const access = await authorizePlan(ctx, planId, 'update', tx);
      openPlanOnly(access);
      const current = await currentCoordinator(tx, planId);
      if (current?.professional_id !== actor.userId) throw new Problem(409, 'not-coordinator', 'plan.not-coordinator');
      if (input.toProfessionalId === actor.userId) throw invalidField('toProfessionalId', 'self', 'plan.handover-to-self');
      const onTeam = await tx.selectFrom('involvements').select('id').where('plan_id', '=', planId).where('professional_id', '=', input.toProfessionalId).where('ended_at', 'is', null).executeTakeFirst();
      if (!onTeam) throw new Problem(409, 'not-team-member', 'plan.handover-not-team');
      const handover = await tx
        .insertInto('handovers')
        .values({ plan_id: planId, from_professional_id: actor.userId, to_professional_id: input.toProfessionalId, note: input.note ?? null, requested_at: ctx.now() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordCaseEvents(ctx, tx, [{ familyId: access.familyId, planId, kind: 'handover-requested', data: { handoverId: handover.id, toProfessionalId: input.toProfessionalId } }]);
      return { id: handover.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('handover-pending', 'plan.handover-pending');
    throw error;
  }
}

export async function resolveHandover(ctx: RequestContext, handoverId: string, accept: boolean) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const handover = await tx.selectFrom('handovers').selectAll().where('id', '=', handoverId).forUpdate().executeTakeFirst();
    if (!handover) throw notFound();
    const access = await authorizePlan(ctx, handover.plan_id, 'update', tx);
    if (handover.to_professional_id !== actor.userId) throw refusal('handover', handoverId, access.childIds[0] ?? null, 'update', 'not-the-receiver');
    if (handover.status !== 'pending') throw new Problem(409, 'handover-resolved', 'plan.handover-resolved');
    const now = ctx.now();
    await tx.updateTable('handovers').set({ status: accept ? 'accepted' : 'declined', resolved_at: now }).where('id', '=', handoverId).execute();
    if (accept) {
      // End and start in one transaction: the family is never without a coordinator, nor with two.
      await tx.updateTable('coordinators').set({ ended_at: now }).where('plan_id', '=', handover.plan_id).where('ended_at', 'is', null).execute();
      await tx.insertInto('coordinators').values({ plan_id: handover.plan_id, professional_id: actor.userId, started_at: now }).execute();
      await tx.updateTable('involvements').set({ reason: 'coordinator' }).where('plan_id', '=', handover.plan_id).where('professional_id', '=', actor.userId).where('ended_at', 'is', null).execute();
      await tx.updateTable('involvements').set({ reason: 'team-member' }).where('plan_id', '=', handover.plan_id).where('professional_id', '=', handover.from_professional_id).where('reason', '=', 'coordinator').where('ended_at', 'is', null).execute();
    }
    await recordCaseEvents(ctx, tx, [{ familyId: access.familyId, planId: handover.plan_id, kind: accept ? 'coordinator-changed' : 'handover-declined', data: { from: handover.from_professional_id, to: actor.userId } }]);
    return { id: handoverId, status: accept ? ('accepted' as const) : ('declined' as const) };
  });
}

// Goals, in the family's own words

export async function addGoal(ctx: RequestContext, planId: string, input: { domain: LifeDomain; description: string; childId?: string | null }) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const access = await authorizePlan(ctx, planId, 'update', tx);
    openPlanOnly(access);
    if (input.childId && !access.visibleChildIds.includes(input.childId)) throw invalidField('childId', 'not-in-family', 'plan.child-not-in-family');
    const now = ctx.now();
    const goal = await tx
      .insertInto('goals')
      .values({ plan_id: planId, child_id: input.childId ?? null, domain: input.domain, description: input.description, status: 'open', created_by: actor.userId, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseEvents(ctx, tx, [{ familyId: access.familyId, childId: input.childId ?? null, planId, kind: 'goal-added', data: { goalId: goal.id, domain: input.domain } }]);
    return { id: goal.id };
  });
}

async function goalWithAccess(ctx: RequestContext, tx: Tx, goalId: string) {
  const goal = await tx.selectFrom('goals').select(['id', 'plan_id', 'child_id']).where('id', '=', goalId).executeTakeFirst();
  if (!goal) throw notFound();
  const access = await authorizePlan(ctx, goal.plan_id, 'update', tx);
  if (goal.child_id && !access.visibleChildIds.includes(goal.child_id)) throw refusal('goal', goalId, goal.child_id, 'update', 'no-involvement');
  openPlanOnly(access);
  return { goal, access };
}

export async function updateGoal(ctx: RequestContext, goalId: string, input: { status?: GoalStatus; description?: string }) {
  return ctx.transaction(async (tx) => {
    const { goal, access } = await goalWithAccess(ctx, tx, goalId);
    await tx.updateTable('goals').set({ ...input, updated_at: ctx.now() }).where('id', '=', goalId).execute();
    await recordCaseEvents(ctx, tx, [{ familyId: access.familyId, childId: goal.child_id, planId: goal.plan_id, kind: 'goal-updated', data: { goalId, status: input.status ?? null } }]);
    return { id: goalId };
  });
}

export async function evaluateGoal(ctx: RequestContext, goalId: string, input: { score: number; note?: string | null; evaluatedOn: string }) {
  const actor = requireActor(ctx);
  if (input.evaluatedOn > dayOf(ctx.now())) throw invalidField('evaluatedOn', 'in-future', 'plan.date-in-future');
  return ctx.transaction(async (tx) => {
    const { goal, access } = await goalWithAccess(ctx, tx, goalId);
    const evaluation = await tx
      .insertInto('goal_evaluations')
      .values({ goal_id: goalId, score: input.score, note: input.note ?? null, evaluated_on: input.evaluatedOn, evaluated_by: actor.userId, created_at: ctx.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseEvents(ctx, tx, [{ familyId: access.familyId, childId: goal.child_id, planId: goal.plan_id, kind: 'goal-evaluated', data: { goalId, score: input.score } }]);
    return { id: evaluation.id };
  });
}

export { addEpisode, updateEpisode, changeLevel, decideAccessRequest, listAccessRequests } from './episodes.js';
export { currentPlan, getPlan, myFamilies, toPlanView } from './overview.js';

