import { type Expression, type QueryCreator, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../../db/schema.js';
import { authorizePlan } from '../../platform/case-access.js';
import { type RequestContext, requireActor } from '../../platform/context.js';

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

/**
 * All of one plan: coordinator, team, goals, episodes and level changes as JSON arrays, one row whatever its
 * size (the family page is read far more often than it is written). Child-bound items only for the children
 * in `visible`, the ones the reader is involved with. Callers add which plan (by id, or a family's current one).
 */
export function planSelect(db: QueryCreator<Database>, visible: Expression<string[]>) {
  return db
    .selectFrom('plans as p')
    .select(['p.id', 'p.status', 'p.opened_at', 'p.closed_at', 'p.close_reason'])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('coordinators as c')
          .innerJoin('users as u', 'u.id', 'c.professional_id')
          .select(['c.professional_id as id', 'u.name', 'u.email', 'u.phone', 'u.job_function as jobFunction', 'c.started_at as startedAt', 'c.ended_at as endedAt'])
          .whereRef('c.plan_id', '=', 'p.id')
          .orderBy('c.started_at'),
      ).as('coordinators'),
      jsonArrayFrom(
        eb
          .selectFrom('involvements as i')
          .innerJoin('users as u', 'u.id', 'i.professional_id')
          .leftJoin('organisations as o', 'o.id', 'i.organisation_id')
          .select(['i.professional_id as id', 'u.name', 'u.email', 'u.phone', 'u.job_function as jobFunction', 'o.id as organisationId', 'o.name as organisationName'])
          .select((inner) => [
            inner.fn.min('i.started_at').as('since'),
            inner.fn.agg<string[]>('array_agg', ['i.reason']).as('reasons'),
            inner.fn.agg<(string | null)[]>('array_agg', ['i.legal_ground']).as('legalGrounds'),
          ])
          .whereRef('i.plan_id', '=', 'p.id')
          .where('i.ended_at', 'is', null)
          .groupBy(['i.professional_id', 'u.name', 'u.email', 'u.phone', 'u.job_function', 'o.id', 'o.name'])
          .orderBy('u.name'),
      ).as('team'),
      jsonArrayFrom(
        eb
          .selectFrom('handovers as h')
          .select(['h.id', 'h.from_professional_id as fromId', 'h.to_professional_id as toId', 'h.note', 'h.requested_at as requestedAt'])
          .whereRef('h.plan_id', '=', 'p.id')
          .where('h.status', '=', 'pending'),
      ).as('handovers'),
      jsonArrayFrom(
        eb
          .selectFrom('goals as g')
          .select(['g.id', 'g.child_id as childId', 'g.domain', 'g.description', 'g.status'])
          .select((inner) =>
            jsonArrayFrom(
              inner
                .selectFrom('goal_evaluations as ge')
                .innerJoin('users as u', 'u.id', 'ge.evaluated_by')
                .select(['ge.id', 'ge.score', 'ge.note', 'ge.evaluated_on as evaluatedOn', 'u.name as evaluatedBy'])
                .whereRef('ge.goal_id', '=', 'g.id')
                .orderBy('ge.evaluated_on'),
            ).as('evaluations'),
          )
          .whereRef('g.plan_id', '=', 'p.id')
          .where((inner) => inner.or([inner('g.child_id', 'is', null), inner('g.child_id', '=', inner.fn.any(visible))]))
          .orderBy('g.created_at'),
      ).as('goals'),
      jsonArrayFrom(
        eb
          .selectFrom('episodes as e')
          .innerJoin('organisations as o', 'o.id', 'e.provider_organisation_id')
          .select([
            'e.id', 'e.child_id as childId', 'e.level', 'e.status', 'o.id as providerId', 'o.name as providerName', 'e.kind', 'e.intensity',
            'e.requested_on as requestedOn', 'e.decided_on as decidedOn', 'e.started_on as startedOn', 'e.ended_on as endedOn',
            'e.end_reason as endReason', 'e.referrer', 'e.form_of_help as formOfHelp', 'e.started_in_crisis as startedInCrisis',
            'e.product_category as productCategory', 'e.satisfaction', 'e.continuation',
          ])
          .select((inner) =>
            jsonArrayFrom(
              inner
                .selectFrom('level_changes as lc')
                .select([
                  'lc.id', 'lc.from_level as fromLevel', 'lc.to_level as toLevel', 'lc.direction', 'lc.requested_on as requestedOn',
                  'lc.effective_on as effectiveOn', 'lc.decision', 'lc.decided_on as decidedOn', 'lc.decision_reason as decisionReason', 'lc.reason',
                ])
                .whereRef('lc.episode_id', '=', 'e.id')
                .orderBy('lc.seq'),
            ).as('levelChanges'),
          )
          .whereRef('e.plan_id', '=', 'p.id')
          .where((inner) => inner('e.child_id', '=', inner.fn.any(visible)))
          .orderBy('e.requested_on')
          .orderBy('e.created_at'),
      ).as('episodes'),
    ]);
}

/** A family's current plan: the open one, else the last one closed. */
export function currentPlan(db: QueryCreator<Database>, familyId: Expression<string>, visible: Expression<string[]>) {
  return planSelect(db, visible).where('p.family_id', '=', familyId).orderBy(sql`p.status = 'open'`, 'desc').orderBy('p.opened_at', 'desc').limit(1);
}

type PlanRow = NonNullable<Awaited<ReturnType<ReturnType<typeof planSelect>['executeTakeFirst']>>>;

/** The plan as the API shows it; the row comes straight from the database or as JSON inside a larger query. */
export function toPlanView(plan: Omit<PlanRow, 'opened_at' | 'closed_at'> & { opened_at: Date | string; closed_at: Date | string | null }) {
  const current = plan.coordinators.find((c) => !c.endedAt);
  const handover = plan.handovers[0];
  return {
    id: plan.id,
    status: plan.status,
    openedAt: iso(plan.opened_at)!,
    closedAt: iso(plan.closed_at),
    closeReason: plan.close_reason,
    coordinator: current
      ? { id: current.id, name: current.name, email: current.email, phone: current.phone, jobFunction: current.jobFunction, since: iso(current.startedAt)! }
      : null,
    coordinatorHistory: plan.coordinators.map((c) => ({ id: c.id, name: c.name, from: iso(c.startedAt)!, until: iso(c.endedAt) })),
    pendingHandover: handover ? { ...handover, requestedAt: iso(handover.requestedAt)! } : null,
    team: plan.team.map((m) => ({
      id: m.id,
      name: m.name,
      email: m.email,
      phone: m.phone,
      jobFunction: m.jobFunction,
      organisation: m.organisationId ? { id: m.organisationId, name: m.organisationName! } : null,
      isCoordinator: current?.id === m.id,
      reasons: [...new Set(m.reasons)],
      legalGround: m.legalGrounds.find((g) => g) ?? null,
      since: iso(m.since as unknown as string)!,
    })),
    goals: plan.goals,
    episodes: plan.episodes.map(({ providerId, providerName, ...e }) => ({ ...e, provider: { id: providerId, name: providerName } })),
  };
}

export async function getPlan(ctx: RequestContext, planId: string) {
  const access = await authorizePlan(ctx, planId, 'read');
  const plan = await planSelect(ctx.db, sql`${access.visibleChildIds}::uuid[]`).where('p.id', '=', planId).executeTakeFirstOrThrow();
  return { familyId: access.familyId, ...toPlanView(plan) };
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
