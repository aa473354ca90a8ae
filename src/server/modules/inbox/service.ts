import { type RequestContext, requireActor } from '../../platform/context.js';
import { matchItems } from '../signals/service.js';

/** One inbox for everything that asks a professional's attention, gathered from the modules that own it. */
export async function inbox(ctx: RequestContext) {
  const actor = requireActor(ctx);
  const matches = await matchItems(ctx.db, actor.userId);
  return { items: [...matches].sort((a, b) => b.at.localeCompare(a.at)) };
}
