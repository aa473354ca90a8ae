import type { Db } from '../../db/database.js';
import { appendAuditEvents } from '../../platform/audit.js';
import { bsnVault, maskBsn } from '../../platform/bsn.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { dayOf } from '../../platform/dates.js';
import { Problem, invalidField, notFound } from '../../platform/problems.js';

const NIL = '00000000-0000-0000-0000-000000000000';

export { type NewSignal, registerSignal } from './registration.js';

export async function closeSignal(ctx: RequestContext, signalId: string, reason: string) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const signal = await tx.selectFrom('signals').select(['id', 'organisation_id', 'closed_at', 'bsn_hash']).where('id', '=', signalId).forUpdate().executeTakeFirst();
    // Only the signalling organisation knows of its signal.
    if (!signal) throw notFound();
    if (!actor.organisationIds.includes(signal.organisation_id)) {
      throw notFound({ resource: 'signal', resourceId: signalId, action: 'close', outcome: 'denied', context: { reason: 'other-organisation' } });
    }
    if (signal.closed_at) throw new Problem(409, 'signal-closed', 'signal.closed');
    await tx.updateTable('signals').set({ closed_at: ctx.now(), close_reason: reason }).where('id', '=', signalId).execute();
    const child = await tx.selectFrom('children').select('id').where('bsn_hash', '=', signal.bsn_hash).executeTakeFirst();
    await ctx.audit({ subjectId: child?.id ?? null, resource: 'signal', resourceId: signalId, action: 'close', outcome: 'allowed' }, tx);
    return { id: signalId };
  });
}

/** The signals of the caller's organisations, with their notes (which never leave the organisation). */
export async function listOwnSignals(ctx: RequestContext) {
  const actor = requireActor(ctx);
  const rows = await ctx.db
    .selectFrom('signals as s')
    .innerJoin('users as u', 'u.id', 's.professional_id')
    .select(['s.id', 's.bsn_encrypted', 's.domain', 's.note', 's.registered_at', 's.active_until', 's.closed_at', 's.professional_id', 'u.name as professional_name'])
    .select((eb) => eb.selectFrom('signal_matches as m').select(eb.fn.countAll<number>().as('n')).where((w) => w.or([w('m.signal_id', '=', w.ref('s.id')), w('m.other_signal_id', '=', w.ref('s.id'))])).as('matches'))
    .where('s.organisation_id', 'in', actor.organisationIds.length ? actor.organisationIds : [NIL])
    .orderBy('s.registered_at', 'desc')
    .limit(500)
    .execute();
  const vault = bsnVault(ctx.config.secretKey);
  await ctx.audit({ resource: 'signal', action: 'list', outcome: 'allowed', context: { count: rows.length } });
  return {
    items: rows.map((r) => ({
      id: r.id,
      bsnMasked: maskBsn(vault.decrypt(r.bsn_encrypted)),
      domain: r.domain,
      note: r.note,
      registeredAt: r.registered_at.toISOString(),
      activeUntil: r.active_until,
      closedAt: r.closed_at?.toISOString() ?? null,
      professional: { id: r.professional_id, name: r.professional_name },
      matches: Number(r.matches ?? 0),
    })),
  };
}

/** The matched professionals confirm which organisation coordinates. */
export async function confirmCoordination(ctx: RequestContext, matchId: string, organisationId: string) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    const match = await tx
      .selectFrom('signal_matches as m')
      .innerJoin('signals as a', 'a.id', 'm.signal_id')
      .innerJoin('signals as b', 'b.id', 'm.other_signal_id')
      .select(['m.id', 'a.professional_id as a_professional', 'a.organisation_id as a_organisation', 'b.professional_id as b_professional', 'b.organisation_id as b_organisation'])
      .where('m.id', '=', matchId)
      .executeTakeFirst();
    if (!match) throw notFound();
    if (match.a_professional !== actor.userId && match.b_professional !== actor.userId) {
      throw notFound({ resource: 'signal-match', resourceId: matchId, action: 'confirm-coordination', outcome: 'denied', context: { reason: 'not-matched' } });
    }
    if (organisationId !== match.a_organisation && organisationId !== match.b_organisation) throw invalidField('organisationId', 'not-matched', 'signal.not-matched-organisation');
    await tx
      .insertInto('coordination_confirmations')
      .values({ match_id: matchId, professional_id: actor.userId, organisation_id: organisationId, confirmed_at: ctx.now() })
      .onConflict((oc) => oc.columns(['match_id', 'professional_id']).doUpdateSet({ organisation_id: organisationId, confirmed_at: ctx.now() }))
      .execute();
    await ctx.audit({ resource: 'signal-match', resourceId: matchId, action: 'confirm-coordination', outcome: 'allowed', context: { organisationId } }, tx);
    return { id: matchId };
  });
}

/** Removes expired and closed signals, as the Jeugdwet requires of the referral index; each removal is audited. */
export async function removeExpiredSignals(db: Db, now: Date): Promise<number> {
  const today = dayOf(now);
  return db.transaction().execute(async (tx) => {
    const removed = await tx
      .deleteFrom('signals')
      .where((eb) => eb.or([eb('active_until', '<', today), eb('closed_at', 'is not', null)]))
      .returning(['id', 'bsn_hash', 'closed_at'])
      .execute();
    if (removed.length === 0) return 0;
    const children = await tx.selectFrom('children').select(['id', 'bsn_hash']).where('bsn_hash', 'in', [...new Set(removed.map((r) => r.bsn_hash))]).execute();
    const childOf = new Map(children.map((c) => [c.bsn_hash, c.id]));
    await appendAuditEvents(
      tx,
      now,
      null,
      removed.map((r) => ({
        subjectId: childOf.get(r.bsn_hash) ?? null,
        resource: 'signal',
        resourceId: r.id,
        action: 'remove',
        outcome: 'allowed' as const,
        context: { reason: r.closed_at ? 'closed' : 'expired', via: 'scheduled-job' },
      })),
    );
    return removed.length;
  });
}
export { matchItems } from './inbox.js';

export async function listMatchRules(ctx: RequestContext) {
  const rows = await ctx.db.selectFrom('match_rules').selectAll().orderBy('priority').execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      priority: r.priority,
      description: r.description,
      areaId: r.area_id,
      whenInvolvedKind: r.when_involved_kind,
      minAge: r.min_age,
      maxAge: r.max_age,
      proposeKind: r.propose_kind,
    })),
  };
}

export interface MatchRuleInput {
  priority: number;
  description: string;
  areaId?: string | null;
  whenInvolvedKind?: string | null;
  minAge?: number | null;
  maxAge?: number | null;
  proposeKind: string;
}

/** Partners' agreements on who coordinates after a match: data the functional administrator keeps. */
export async function addMatchRule(ctx: RequestContext, input: MatchRuleInput) {
  if (input.minAge != null && input.maxAge != null && input.maxAge < input.minAge) throw invalidField('maxAge', 'below-min-age', 'field.too-small');
  return ctx.transaction(async (tx) => {
    const rule = await tx
      .insertInto('match_rules')
      .values({
        priority: input.priority,
        description: input.description,
        area_id: input.areaId ?? null,
        when_involved_kind: input.whenInvolvedKind ?? null,
        min_age: input.minAge ?? null,
        max_age: input.maxAge ?? null,
        propose_kind: input.proposeKind,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.audit({ resource: 'match-rule', resourceId: rule.id, action: 'create', outcome: 'allowed' }, tx);
    return { id: rule.id };
  });
}
