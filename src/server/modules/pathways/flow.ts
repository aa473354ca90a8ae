import { sql } from 'kysely';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { controlCount, exactCount } from '../../platform/disclosure.js';
import { notFound } from '../../platform/problems.js';

/**
 * How requests flowed through a pathway in a period: received, still open per step, ended per outcome.
 * Professionals who work the pathway see exact counts (their own work queue); everyone else sees counts
 * under disclosure control.
 */
export async function pathwayFlow(ctx: RequestContext, pathwayId: string, period: { from: string; to: string }) {
  const actor = requireActor(ctx);
  const pathway = await ctx.db.selectFrom('pathways').select(['id', 'name', 'outcomes']).where('id', '=', pathwayId).executeTakeFirst();
  if (!pathway) throw notFound();
  const inPeriod = ctx.db
    .selectFrom('requests')
    .where('pathway_id', '=', pathwayId)
    // Days are Dutch days, as everywhere else in Dichtbij.
    .where(sql<boolean>`(received_at at time zone 'Europe/Amsterdam')::date between ${period.from}::date and ${period.to}::date`);
  const [byOutcome, byStep, steps] = await Promise.all([
    inPeriod.select(['outcome', (eb) => eb.fn.countAll<number>().as('n')]).where('status', '=', 'closed').groupBy('outcome').execute(),
    inPeriod.select(['step_position', (eb) => eb.fn.countAll<number>().as('n')]).where('status', '=', 'open').groupBy('step_position').execute(),
    ctx.db.selectFrom('pathway_steps').select(['position', 'name']).where('pathway_id', '=', pathwayId).orderBy('position').execute(),
  ]);
  const count = actor.roles.includes('professional') ? exactCount : controlCount;
  const closed = byOutcome.reduce((total, r) => total + Number(r.n), 0);
  const open = byStep.reduce((total, r) => total + Number(r.n), 0);
  return {
    pathway: { id: pathway.id, name: pathway.name },
    from: period.from,
    to: period.to,
    disclosureControlled: count === controlCount,
    received: count(closed + open),
    open: steps.map((s) => ({ position: s.position, name: s.name, count: count(Number(byStep.find((r) => r.step_position === s.position)?.n ?? 0)) })),
    outcomes: pathway.outcomes.map((outcome) => ({ outcome, count: count(Number(byOutcome.find((r) => r.outcome === outcome)?.n ?? 0)) })),
  };
}
