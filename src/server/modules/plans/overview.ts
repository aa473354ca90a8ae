import { sql } from 'kysely';
import { type FamilyAccess, authorizePlan } from '../../platform/case-access.js';
import { type RequestContext, requireActor } from '../../platform/context.js';

/**
 * A family's current plan with coordinator, team, goals, episodes and level changes, in a fixed number of
 * queries whatever its size. Child-bound items only for the children the reader is involved with.
 */
export async function planOverview(ctx: RequestContext, access: FamilyAccess, planId?: string) {
  const db = ctx.db;
  let planQuery = db.selectFrom('plans').selectAll().where('family_id', '=', access.familyId);
  planQuery = planId ? planQuery.where('id', '=', planId) : planQuery.orderBy(sql`status = 'open'`, 'desc').orderBy('opened_at', 'desc');
  const plan = await planQuery.limit(1).executeTakeFirst();
  if (!plan) return null;
  const visible = access.visibleChildIds.length ? access.visibleChildIds : ['00000000-0000-0000-0000-000000000000'];
  const [coordinators, team, handover, goals, evaluations, episodes, levelChanges] = await Promise.all([
    db
      .selectFrom('coordinators as c')
      .innerJoin('users as u', 'u.id', 'c.professional_id')
      .select(['c.professional_id', 'u.name', 'u.email', 'u.phone', 'u.job_function', 'c.started_at', 'c.ended_at'])
      .where('c.plan_id', '=', plan.id)
      .orderBy('c.started_at')
      .execute(),
    db
      .selectFrom('involvements as i')
      .innerJoin('users as u', 'u.id', 'i.professional_id')
      .leftJoin('organisations as o', 'o.id', 'i.organisation_id')
      .select(['i.professional_id', 'u.name', 'u.email', 'u.phone', 'u.job_function', 'o.id as organisation_id', 'o.name as organisation_name'])
      .select((eb) => [eb.fn.min('i.started_at').as('since'), eb.fn.agg<string[]>('array_agg', ['i.reason']).as('reasons'), eb.fn.agg<string[]>('array_agg', ['i.legal_ground']).as('legal_grounds')])
      .where('i.plan_id', '=', plan.id)
      .where('i.ended_at', 'is', null)
      .groupBy(['i.professional_id', 'u.name', 'u.email', 'u.phone', 'u.job_function', 'o.id', 'o.name'])
      .orderBy('u.name')
      .execute(),
    db.selectFrom('handovers').selectAll().where('plan_id', '=', plan.id).where('status', '=', 'pending').executeTakeFirst(),
    db
      .selectFrom('goals')
      .selectAll()
      .where('plan_id', '=', plan.id)
      .where((eb) => eb.or([eb('child_id', 'is', null), eb('child_id', 'in', visible)]))
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('goal_evaluations as ge')
      .innerJoin('goals as g', 'g.id', 'ge.goal_id')
      .innerJoin('users as u', 'u.id', 'ge.evaluated_by')
      .select(['ge.id', 'ge.goal_id', 'ge.score', 'ge.note', 'ge.evaluated_on', 'u.name as evaluated_by_name'])
      .where('g.plan_id', '=', plan.id)
      .orderBy('ge.evaluated_on')
      .execute(),
    db
      .selectFrom('episodes as e')
      .innerJoin('organisations as p', 'p.id', 'e.provider_organisation_id')
      .selectAll('e')
      .select('p.name as provider_name')
      .where('e.plan_id', '=', plan.id)
      .where('e.child_id', 'in', visible)
      .orderBy('e.requested_on')
      .execute(),
    db
      .selectFrom('level_changes as lc')
      .innerJoin('episodes as e', 'e.id', 'lc.episode_id')
      .selectAll('lc')
      .where('e.plan_id', '=', plan.id)
      .where('lc.child_id', 'in', visible)
      .orderBy('lc.seq')
      .execute(),
  ]);
  const current = coordinators.find((c) => !c.ended_at);
  return {
    id: plan.id,
    status: plan.status,
    openedAt: plan.opened_at.toISOString(),
    closedAt: plan.closed_at?.toISOString() ?? null,
    closeReason: plan.close_reason,
    coordinator: current
      ? { id: current.professional_id, name: current.name, email: current.email, phone: current.phone, jobFunction: current.job_function, since: current.started_at.toISOString() }
      : null,
    coordinatorHistory: coordinators.map((c) => ({ id: c.professional_id, name: c.name, from: c.started_at.toISOString(), until: c.ended_at?.toISOString() ?? null })),
    pendingHandover: handover ? { id: handover.id, fromId: handover.from_professional_id, toId: handover.to_professional_id, note: handover.note, requestedAt: handover.requested_at.toISOString() } : null,
    team: team.map((m) => ({
      id: m.professional_id,
      name: m.name,
      email: m.email,
      phone: m.phone,
      jobFunction: m.job_function,
      organisation: m.organisation_id ? { id: m.organisation_id, name: m.organisation_name! } : null,
      isCoordinator: current?.professional_id === m.professional_id,
      reasons: [...new Set(m.reasons)],
      legalGround: m.legal_grounds.find((g) => g) ?? null,
      since: new Date(m.since as unknown as string).toISOString(),
    })),
    goals: goals.map((g) => ({
      id: g.id,
      childId: g.child_id,
      domain: g.domain,
      description: g.description,
      status: g.status,
      evaluations: evaluations.filter((e) => e.goal_id === g.id).map((e) => ({ id: e.id, score: e.score, note: e.note, evaluatedOn: e.evaluated_on, evaluatedBy: e.evaluated_by_name })),
    })),
    episodes: episodes.map((e) => ({
      id: e.id,
      childId: e.child_id,
      level: e.level,
      status: e.status,
      provider: { id: e.provider_organisation_id, name: e.provider_name },
      kind: e.kind,
      intensity: e.intensity,
      requestedOn: e.requested_on,
      decidedOn: e.decided_on,
      startedOn: e.started_on,
      endedOn: e.ended_on,
      endReason: e.end_reason,
      referrer: e.referrer,
      formOfHelp: e.form_of_help,
      startedInCrisis: e.started_in_crisis,
      productCategory: e.product_category,
      satisfaction: e.satisfaction,
      continuation: e.continuation,
      levelChanges: levelChanges.filter((lc) => lc.episode_id === e.id).map((lc) => ({
        id: lc.id,
        fromLevel: lc.from_level,
        toLevel: lc.to_level,
        direction: lc.direction,
        requestedOn: lc.requested_on,
        effectiveOn: lc.effective_on,
        decision: lc.decision,
        decidedOn: lc.decided_on,
        decisionReason: lc.decision_reason,
        reason: lc.reason,
      })),
    })),
  };
}

export async function getPlan(ctx: RequestContext, planId: string) {
  const access = await authorizePlan(ctx, planId, 'read');
  const overview = await planOverview(ctx, access, planId);
  return { familyId: access.familyId, ...overview! };
}

/**
 * Mijn gezinnen: the families the professional is involved with, with their coordinator and what needs
 * attention (a hand-over to accept, a decision awaited, support not yet started, goals never evaluated).
 */
export async function myFamilies(ctx: RequestContext) {
  const actor = requireActor(ctx);
  if (!actor.roles.includes('professional')) return { items: [] };
  const now = ctx.now();
  const rows = await ctx.db
    .selectFrom('families as f')
    .leftJoin('plans as p', (join) => join.onRef('p.family_id', '=', 'f.id').on('p.status', '=', 'open'))
    .leftJoin('coordinators as co', (join) => join.onRef('co.plan_id', '=', 'p.id').on('co.ended_at', 'is', null))
    .leftJoin('users as cu', 'cu.id', 'co.professional_id')
    .select([
      'f.id',
      'f.name',
      'p.id as plan_id',
      'co.professional_id as coordinator_id',
      'cu.name as coordinator_name',
      sql<string[]>`array(select c.id from children c where c.family_id = f.id order by c.id)`.as('child_ids'),
      sql<string[]>`array(select c.given_name from children c where c.family_id = f.id and exists (select 1 from involvements i2 where i2.child_id = c.id and i2.professional_id = ${actor.userId} and i2.ended_at is null) order by c.birth_date)`.as('child_names'),
      sql<number>`(select count(*) from handovers h where h.plan_id = p.id and h.status = 'pending' and h.to_professional_id = ${actor.userId})`.as('handovers_to_me'),
      sql<number>`(select count(*) from level_changes lc join episodes e on e.id = lc.episode_id where e.plan_id = p.id and lc.decision = 'pending')`.as('decisions_pending'),
      sql<number>`(select count(*) from episodes e where e.plan_id = p.id and e.status = 'planned')`.as('episodes_not_started'),
      sql<number>`(select count(*) from goals g where g.plan_id = p.id and g.status in ('open', 'in-progress') and not exists (select 1 from goal_evaluations ge where ge.goal_id = g.id))`.as('goals_unevaluated'),
      sql<number>`(select max(e.level) from episodes e where e.plan_id = p.id and e.status in ('active', 'planned'))`.as('highest_level'),
    ])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('involvements as i')
          .innerJoin('children as c', 'c.id', 'i.child_id')
          .select('i.id')
          .whereRef('c.family_id', '=', 'f.id')
          .where('i.professional_id', '=', actor.userId)
          .where('i.started_at', '<=', now)
          .where('i.ended_at', 'is', null),
      ),
    )
    .orderBy('f.name')
    .limit(500)
    .execute();
  await ctx.audit(
    rows.flatMap((r) => r.child_ids.map((childId) => ({ subjectId: childId, resource: 'family', resourceId: r.id, action: 'list', outcome: 'allowed' as const }))),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      childNames: r.child_names,
      planId: r.plan_id,
      coordinator: r.coordinator_id ? { id: r.coordinator_id, name: r.coordinator_name! } : null,
      isCoordinator: r.coordinator_id === actor.userId,
      highestLevel: r.highest_level === null ? null : Number(r.highest_level),
      attention: {
        handoversToMe: Number(r.handovers_to_me),
        decisionsPending: Number(r.decisions_pending),
        episodesNotStarted: Number(r.episodes_not_started),
        goalsUnevaluated: Number(r.goals_unevaluated),
      },
    })),
  };
}
