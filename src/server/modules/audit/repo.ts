import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';

export interface AuditFilter {
  actorId?: string;
  subjectId?: string;
  resource?: string;
  action?: string;
  outcome?: 'allowed' | 'denied';
  from?: Date;
  to?: Date;
  /** Only events by actors of these organisations (organisation administrators). */
  actorOrganisationIds?: string[];
}

function filtered(db: DbOrTx, f: AuditFilter) {
  let q = db.selectFrom('audit_events as e');
  if (f.actorId) q = q.where('e.actor_id', '=', f.actorId);
  if (f.subjectId) q = q.where('e.subject_id', '=', f.subjectId);
  if (f.resource) q = q.where('e.resource', '=', f.resource);
  if (f.action) q = q.where('e.action', '=', f.action);
  if (f.outcome) q = q.where('e.outcome', '=', f.outcome);
  if (f.from) q = q.where('e.at', '>=', f.from);
  if (f.to) q = q.where('e.at', '<', f.to);
  if (f.actorOrganisationIds) q = q.where(sql<boolean>`e.actor_organisation_ids && ${f.actorOrganisationIds}::uuid[]`);
  return q;
}

export async function listAuditEvents(db: DbOrTx, filter: AuditFilter, window: { limit: number; offset: number }) {
  const [rows, count] = await Promise.all([
    filtered(db, filter)
      .leftJoin('users as actor', 'actor.id', 'e.actor_id')
      .select(['e.seq', 'e.id', 'e.at', 'e.actor_id', 'actor.name as actor_name', 'e.actor_roles', 'e.subject_id', 'e.resource', 'e.resource_id', 'e.action', 'e.outcome', 'e.context'])
      .orderBy('e.seq', 'desc')
      .limit(window.limit)
      .offset(window.offset)
      .execute(),
    filtered(db, filter).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}
