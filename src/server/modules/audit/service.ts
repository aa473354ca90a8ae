import { type RequestContext, requireActor } from '../../platform/context.js';
import { type Page, paged } from '../../platform/paging.js';
import * as repo from './repo.js';

export async function listAuditEvents(ctx: RequestContext, filter: Omit<repo.AuditFilter, 'actorOrganisationIds'>, page: Page) {
  const actor = requireActor(ctx);
  // Organisation administrators see what their own organisation's people did; platform administrators all.
  const scope = actor.roles.includes('platform-admin')
    ? undefined
    : actor.grants.filter((g) => g.role === 'organisation-admin' && g.organisationId).map((g) => g.organisationId!);
  const { rows, total } = await repo.listAuditEvents(ctx.db, { ...filter, actorOrganisationIds: scope }, page);
  // Reading the trail is itself recorded: it names who looked at whom.
  await ctx.audit({ subjectId: filter.subjectId ?? null, resource: 'audit-event', action: 'list', outcome: 'allowed', context: { filter: { ...filter } } });
  return paged(
    rows.map((r) => ({
      id: r.id,
      sequence: r.seq,
      at: r.at.toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      actorRoles: r.actor_roles,
      subjectId: r.subject_id,
      resource: r.resource,
      resourceId: r.resource_id,
      action: r.action,
      outcome: r.outcome,
      context: r.context,
    })),
    total,
    page,
  );
}
