import { type RequestContext, requireActor } from '../../platform/context.js';
import { overdueItems, taskItems } from '../pathways/requests.js';
import { matchItems } from '../signals/service.js';

/** One inbox for everything that asks a professional's attention, gathered from the modules that own it. */
export async function inbox(ctx: RequestContext) {
  const actor = requireActor(ctx);
  const isProfessional = actor.roles.includes('professional');
  const [matches, overdue, tasks] = await Promise.all([
    matchItems(ctx.db, actor.userId),
    isProfessional ? overdueItems(ctx, actor) : [],
    isProfessional ? taskItems(ctx, actor) : [],
  ]);
  return { items: [...matches, ...overdue, ...tasks].sort((a, b) => b.at.localeCompare(a.at)) };
}
