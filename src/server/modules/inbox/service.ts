import { bsnVault } from '../../platform/bsn.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { toPage } from '../../platform/paging.js';
import { listNotifications } from '../notifications/service.js';
import { overdueItems, taskItems } from '../pathways/requests.js';
import { matchItems } from '../signals/service.js';

/** One inbox for everything that asks a professional's attention, gathered from the modules that own it. */
export async function inbox(ctx: RequestContext) {
  const actor = requireActor(ctx);
  const isProfessional = actor.roles.includes('professional');
  const [matches, overdue, tasks, notifications] = await Promise.all([
    matchItems(ctx.db, actor.userId, bsnVault(ctx.config.secretKey)),
    isProfessional ? overdueItems(ctx, actor) : [],
    isProfessional ? taskItems(ctx, actor) : [],
    listNotifications(ctx, { unread: true }, toPage({ page: 1, pageSize: 50 })),
  ]);
  const unread = notifications.items.map((n) => ({ type: 'notification' as const, id: n.id, at: n.createdAt, kind: n.kind, data: n.data, link: n.link }));
  return { items: [...matches, ...overdue, ...tasks, ...unread].sort((a, b) => b.at.localeCompare(a.at)) };
}
