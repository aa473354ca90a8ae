import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.js';
import type { SignalDomain } from '../../db/schema.js';
import { appendAuditEvents } from '../../platform/audit.js';
import { bsnVault, isValidBsn, maskBsn } from '../../platform/bsn.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { ageOn, dayOf } from '../../platform/dates.js';
import { Problem, invalidField, notFound } from '../../platform/problems.js';
import { requiredGivers } from '../consents/rules.js';
import { latestActiveUntil, proposeCoordinator } from './rules.js';
import { type OutgoingMessage, enqueueMessages } from './sender.js';

export interface NewSignal {
  bsn: string;
  domain: SignalDomain;
  note?: string | null;
  activeUntil?: string | null;
}

const NIL = '00000000-0000-0000-0000-000000000000';

/**
 * Registers a concern and matches it, in one transaction: professionals of other organisations with an active
 * signal on the same child (or a sibling in the same family) and this professional are told of each other.
 * A match tells who and how to reach them, never what they wrote, and opens no file.
 */
export async function registerSignal(ctx: RequestContext, input: NewSignal) {
  const actor = requireActor(ctx);
  if (!isValidBsn(input.bsn)) throw invalidField('bsn', 'eleven-test', 'child.bsn-invalid');
  const organisationId = actor.organisationIds[0];
  if (!organisationId) throw new Problem(409, 'no-organisation', 'signal.no-organisation');
  const now = ctx.now();
  const today = dayOf(now);
  const vault = bsnVault(ctx.config.secretKey);
  const bsnHash = vault.hash(input.bsn);
  return ctx.transaction(async (tx) => {
    // Serialises signals on one child, so two organisations signalling at the same moment still find each other.
    await sql`select pg_advisory_xact_lock(hashtext(${bsnHash}))`.execute(tx);
    const child = await tx.selectFrom('children').select(['id', 'birth_date', 'family_id', 'municipality_id']).where('bsn_hash', '=', bsnHash).executeTakeFirst();
    const limit = latestActiveUntil(today, child?.birth_date ?? null);
    const activeUntil = input.activeUntil ?? limit;
    if (activeUntil < today) throw invalidField('activeUntil', 'in-past', 'signal.active-until-past');
    if (activeUntil > limit) throw invalidField('activeUntil', 'too-long', 'signal.active-until-too-long');
    const signal = await tx
      .insertInto('signals')
      .values({
        bsn_hash: bsnHash,
        bsn_encrypted: vault.encrypt(input.bsn),
        domain: input.domain,
        note: input.note ?? null,
        professional_id: actor.userId,
        organisation_id: organisationId,
        registered_at: now,
        active_until: activeUntil,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const siblingHashes = child?.family_id
      ? (await tx.selectFrom('children').select('bsn_hash').where('family_id', '=', child.family_id).where('id', '!=', child.id).where('bsn_hash', 'is not', null).execute()).map((c) => c.bsn_hash!)
      : [];
    const others = await tx
      .selectFrom('signals as s')
      .innerJoin('organisations as o', 'o.id', 's.organisation_id')
      .innerJoin('users as u', 'u.id', 's.professional_id')
      .select(['s.id', 's.bsn_hash', 's.professional_id', 's.organisation_id', 's.registered_at', 'o.kind', 'o.name as organisation_name', 'u.name', 'u.email', 'u.phone'])
      .where('s.bsn_hash', 'in', [bsnHash, ...siblingHashes])
      .where('s.closed_at', 'is', null)
      .where('s.active_until', '>=', today)
      .where('s.organisation_id', '!=', organisationId)
      // Told once: not again when this organisation already holds a match with that signal.
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('signal_matches as m')
              .innerJoin('signals as mine', (join) => join.on((on) => on.or([on('mine.id', '=', on.ref('m.signal_id')), on('mine.id', '=', on.ref('m.other_signal_id'))])))
              .select('m.id')
              .where((on) => on.or([on('m.signal_id', '=', on.ref('s.id')), on('m.other_signal_id', '=', on.ref('s.id'))]))
              .whereRef('mine.id', '!=', 's.id')
              .where('mine.organisation_id', '=', organisationId)
              .where('mine.closed_at', 'is', null),
          ),
        ),
      )
      .orderBy('s.registered_at')
      .execute();

    let matches = 0;
    if (others.length > 0) {
      const mine = await tx.selectFrom('organisations').select(['kind', 'name']).where('id', '=', organisationId).executeTakeFirstOrThrow();
      const rules = await tx
        .selectFrom('match_rules')
        .select(['id', 'priority', 'when_involved_kind as whenInvolvedKind', 'min_age as minAge', 'max_age as maxAge', 'propose_kind as proposeKind'])
        .where((eb) => eb.or([eb('area_id', 'is', null), eb('area_id', '=', child?.municipality_id ?? NIL)]))
        .execute();
      const proposal = proposeCoordinator(
        rules,
        [{ organisationId, kind: mine.kind, signalledAt: now }, ...others.map((o) => ({ organisationId: o.organisation_id, kind: o.kind, signalledAt: o.registered_at }))],
        child?.birth_date ? ageOn(child.birth_date, today) : null,
      );
      await tx
        .insertInto('signal_matches')
        .values(others.map((o) => ({
          kind: o.bsn_hash === bsnHash ? ('child' as const) : ('family' as const),
          signal_id: signal.id,
          other_signal_id: o.id,
          created_at: now,
          proposed_organisation_id: proposal.organisationId,
          rule_id: proposal.ruleId,
        })))
        .execute();
      matches = others.length;
      const emails: OutgoingMessage[] = others.flatMap((o) => [
        matchEmail(o.email, actor.name, mine.name, actor.email),
        matchEmail(actor.email, o.name, o.organisation_name, o.email, o.phone),
      ]);
      await enqueueMessages(tx, now, emails);
    }
    await enqueueMessages(tx, now, await familyNotices(tx, child ?? null, today));
    await ctx.audit({ subjectId: child?.id ?? null, resource: 'signal', resourceId: signal.id, action: 'create', outcome: 'allowed', context: { domain: input.domain, matches } }, tx);
    return { id: signal.id, activeUntil, matches };
  });
}

function matchEmail(to: string, otherName: string, otherOrganisation: string, otherEmail: string, otherPhone?: string | null): OutgoingMessage {
  return {
    channel: 'email',
    recipient: to,
    subject: 'Dichtbij: een collega maakt zich ook zorgen over een jeugdige',
    body: `${otherName} (${otherOrganisation}) heeft ook een signaal afgegeven over een jeugdige over wie u een signaal hebt. ` +
      `Neem contact op: ${otherEmail}${otherPhone ? `, ${otherPhone}` : ''}. Zie uw inbox in Dichtbij.`,
  };
}

/** The family hears that a signal was registered: parents; from 12 also the child; from 16 only the young person. */
async function familyNotices(tx: Tx, child: { id: string; birth_date: string | null; family_id: string | null } | null, today: string): Promise<OutgoingMessage[]> {
  const subject = 'Er is een signaal afgegeven in de verwijsindex';
  const body = 'Een professional maakt zich zorgen en heeft dat vastgelegd, zodat hulpverleners elkaar kunnen vinden. U kunt vragen wie dat was.';
  if (!child) return [{ channel: 'letter', recipient: 'brp-adres van de jeugdige', subject, body }];
  const givers = requiredGivers(child.birth_date, today);
  const messages: OutgoingMessage[] = [];
  if (givers.includes('parent') && child.family_id) {
    const guardians = await tx.selectFrom('guardians').select(['email', 'given_name', 'family_name']).where('family_id', '=', child.family_id).where('has_parental_authority', '=', true).execute();
    for (const g of guardians) messages.push(g.email ? { channel: 'email', recipient: g.email, subject, body } : { channel: 'letter', recipient: `${g.given_name} ${g.family_name}`, subject, body });
  }
  if (givers.includes('young-person')) messages.push({ channel: 'letter', recipient: `jeugdige ${child.id}`, subject, body });
  return messages.length ? messages : [{ channel: 'letter', recipient: `ouders van jeugdige ${child.id}`, subject, body }];
}

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
