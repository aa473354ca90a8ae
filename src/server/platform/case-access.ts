import { sql } from 'kysely';
import type { Db, DbOrTx } from '../db/database.js';
import type { AuditEntry } from './audit.js';
import type { Actor, RequestContext } from './context.js';
import { Grouped, groupedPer } from './grouped.js';
import { notFound } from './problems.js';

/**
 * The one door to personal data about children and families. A professional reaches a child only through
 * an active involvement (registered the child, on the plan's team, coordinator, assigned through a referral).
 * Policy officers, programme leads and administrators never see individual children.
 * Every decision is audited with the child as subject; a refusal answers 404 so it does not reveal that the
 * child exists, and is written by the error path outside the transaction that is rolled back.
 */

export type CaseAction = 'read' | 'create' | 'update' | 'reveal-bsn' | 'export';

const canHoldCases = (actor: Actor | null): actor is Actor => actor !== null && actor.roles.includes('professional');

/** The children among `childIds` this actor is actively involved with at `now`. */
export async function involvedChildIds(db: DbOrTx, professionalId: string, childIds: string[], now: Date): Promise<Set<string>> {
  if (childIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('involvements')
    .select('child_id')
    .distinct()
    .where('professional_id', '=', professionalId)
    .where('child_id', 'in', childIds)
    .where('started_at', '<=', now)
    .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>', now)]))
    .execute();
  return new Set(rows.map((r) => r.child_id));
}

/** A 404 that records the refusal: the error path writes it outside the rolled-back transaction. */
export function refusal(resource: string, resourceId: string, subjectId: string | null, action: CaseAction, reason: string) {
  const entry: AuditEntry = { subjectId, resource, resourceId, action, outcome: 'denied', context: { reason } };
  return notFound(entry);
}

export interface ChildAccess {
  childId: string;
  familyId: string | null;
}

/** Lets the actor at one child, or refuses with 404. `tx` makes the allowed audit entry part of a write. */
export async function authorizeChild(ctx: RequestContext, childId: string, action: CaseAction, tx?: DbOrTx): Promise<ChildAccess> {
  const db = tx ?? ctx.db;
  const child = await db.selectFrom('children').select(['id', 'family_id']).where('id', '=', childId).executeTakeFirst();
  if (!canHoldCases(ctx.actor)) throw refusal('child', childId, child?.id ?? null, action, 'no-case-role');
  if (!child) throw refusal('child', childId, null, action, 'unknown');
  const involved = await involvedChildIds(db, ctx.actor.userId, [childId], ctx.now());
  if (!involved.has(childId)) throw refusal('child', childId, childId, action, 'no-involvement');
  await ctx.audit({ subjectId: childId, resource: 'child', resourceId: childId, action, outcome: 'allowed' }, tx);
  return { childId, familyId: child.family_id };
}

export interface FamilyAccess {
  familyId: string;
  childIds: string[];
  /** The children this actor is involved with: only their child-bound data is shown. */
  visibleChildIds: string[];
}

/**
 * Lets the actor at a family when involved with at least one of its children. Family-wide data (guardians,
 * the plan, its team and goals) is then visible; data bound to a child only for the children involved with.
 */
export async function authorizeFamily(
  ctx: RequestContext,
  familyId: string,
  action: CaseAction,
  tx?: DbOrTx,
  resource = 'family',
  resourceId = familyId,
): Promise<FamilyAccess> {
  const db = tx ?? ctx.db;
  const key = { familyId, actorId: ctx.actor?.userId ?? '00000000-0000-0000-0000-000000000000', at: ctx.now() };
  // Inside a transaction the check is part of it; otherwise it joins the checks of other requests.
  const children = db.isTransaction ? (await familyChildren(db, [key]))[0]! : await familyChecks(db as Db).submit(key);
  const childIds = children.map((c) => c.id);
  const firstChild = childIds[0] ?? null;
  if (!canHoldCases(ctx.actor)) throw refusal(resource, resourceId, firstChild, action, 'no-case-role');
  const involved = new Set(children.filter((c) => c.involved).map((c) => c.id));
  if (involved.size === 0) throw refusal(resource, resourceId, firstChild, action, childIds.length ? 'no-involvement' : 'unknown');
  await ctx.audit(childIds.map((childId) => ({ subjectId: childId, resource, resourceId, action, outcome: 'allowed' as const })), tx);
  return { familyId, childIds, visibleChildIds: childIds.filter((id) => involved.has(id)) };
}

interface FamilyCheck {
  familyId: string;
  actorId: string;
  at: Date;
}

/** Per check: the family's children and, per child, whether the actor is actively involved; one query for all. */
async function familyChildren(db: DbOrTx, checks: FamilyCheck[]): Promise<Array<Array<{ id: string; involved: boolean }>>> {
  const { rows } = await sql<{ n: number; id: string; involved: boolean }>`
    select k.n::int as n, c.id, exists (
      select 1 from involvements i
      where i.child_id = c.id and i.professional_id = k.actor_id and i.started_at <= k.at and (i.ended_at is null or i.ended_at > k.at)
    ) as involved
    from unnest(${checks.map((k) => k.familyId)}::uuid[], ${checks.map((k) => k.actorId)}::uuid[], ${checks.map((k) => k.at)}::timestamptz[])
      with ordinality as k(family_id, actor_id, at, n)
    join children c on c.family_id = k.family_id
    order by k.n, c.created_at, c.id`.execute(db);
  const result = checks.map(() => [] as Array<{ id: string; involved: boolean }>);
  for (const row of rows) result[row.n - 1]!.push({ id: row.id, involved: row.involved });
  return result;
}

const familyChecks = groupedPer((db: Db) => new Grouped<FamilyCheck, Array<{ id: string; involved: boolean }>>((checks) => familyChildren(db, checks)));

export interface PlanAccess extends FamilyAccess {
  planId: string;
  status: 'open' | 'closed';
}

export async function authorizePlan(ctx: RequestContext, planId: string, action: CaseAction, tx?: DbOrTx): Promise<PlanAccess> {
  const db = tx ?? ctx.db;
  const plan = await db.selectFrom('plans').select(['id', 'family_id', 'status']).where('id', '=', planId).executeTakeFirst();
  if (!plan) {
    if (!canHoldCases(ctx.actor)) throw refusal('plan', planId, null, action, 'no-case-role');
    throw refusal('plan', planId, null, action, 'unknown');
  }
  const family = await authorizeFamily(ctx, plan.family_id, action, tx, 'plan', planId);
  return { ...family, planId, status: plan.status };
}
