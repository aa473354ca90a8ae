import type { DbOrTx } from '../../db/database.js';
import type { RequestContext } from '../../platform/context.js';

/** One thing that happened to a family or child; the timeline and, later, the indicators read these. */
export interface CaseEvent {
  familyId?: string | null;
  childId?: string | null;
  planId?: string | null;
  kind: string;
  data?: Record<string, unknown>;
}

export async function recordCaseEvents(ctx: RequestContext, tx: DbOrTx, events: CaseEvent[]): Promise<void> {
  if (events.length === 0) return;
  const at = ctx.now();
  await tx
    .insertInto('case_events')
    .values(
      events.map((e) => ({
        family_id: e.familyId ?? null,
        child_id: e.childId ?? null,
        plan_id: e.planId ?? null,
        at,
        kind: e.kind,
        actor_id: ctx.actor?.userId ?? null,
        data: JSON.stringify(e.data ?? {}),
      })),
    )
    .execute();
}

/**
 * The timeline of a family (or one child), oldest first. Events bound to a child the reader is not
 * involved with are left out; the caller has already passed the access layer.
 */
export async function timeline(db: DbOrTx, scope: { familyId?: string; childId?: string; visibleChildIds: string[] }) {
  let q = db
    .selectFrom('case_events as e')
    .leftJoin('users as actor', 'actor.id', 'e.actor_id')
    .select(['e.id', 'e.at', 'e.kind', 'e.child_id', 'e.plan_id', 'e.data', 'e.actor_id', 'actor.name as actor_name']);
  if (scope.childId) q = q.where('e.child_id', '=', scope.childId);
  else if (scope.familyId) {
    const familyId = scope.familyId;
    const visible = scope.visibleChildIds.length ? scope.visibleChildIds : ['00000000-0000-0000-0000-000000000000'];
    q = q.where('e.family_id', '=', familyId).where((eb) => eb.or([eb('e.child_id', 'is', null), eb('e.child_id', 'in', visible)]));
  }
  const rows = await q.orderBy('e.at').orderBy('e.id').limit(1000).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    kind: r.kind,
    childId: r.child_id,
    planId: r.plan_id,
    actorId: r.actor_id,
    actorName: r.actor_name,
    data: r.data,
  }));
}
