import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { SignalDomain } from '../../db/schema.js';
import { type AuditEntry, type AuditRecord, appendRecords } from '../../platform/audit.js';
import { bsnVault, isValidBsn } from '../../platform/bsn.js';
import { type Actor, type RequestContext, requireActor } from '../../platform/context.js';
import { ageOn, dayOf } from '../../platform/dates.js';
import { Grouped, groupedPer } from '../../platform/grouped.js';
import { Problem, invalidField } from '../../platform/problems.js';
import { requiredGivers } from '../consents/rules.js';
import { type MatchRule, latestActiveUntil, proposeCoordinator } from './rules.js';
import { type OutgoingMessage, enqueueMessages } from './sender.js';

export interface NewSignal {
  bsn: string;
  domain: SignalDomain;
  note?: string | null;
  activeUntil?: string | null;
}

export interface SignalRegistered {
  id: string;
  activeUntil: string;
  matches: number;
}

/**
 * Registers a concern and matches it: professionals of other organisations with an active signal on the same
 * child (or a sibling in the same family) and this professional are told of each other. A match tells who and
 * how to reach them, never what they wrote, and opens no file.
 *
 * Registrations that arrive together are written in one transaction, a few statements for the whole group
 * (as the audit trail's group commit does for reads): the referral index must take over a thousand signals a
 * second, and a statement per step per signal could not. The outcome is the same as registering them one
 * after another in arrival order; each request answers once its group has committed.
 */
export async function registerSignal(ctx: RequestContext, input: NewSignal): Promise<SignalRegistered> {
  const actor = requireActor(ctx);
  if (!isValidBsn(input.bsn)) throw invalidField('bsn', 'eleven-test', 'child.bsn-invalid');
  const organisationId = actor.organisationIds[0];
  if (!organisationId) throw new Problem(409, 'no-organisation', 'signal.no-organisation');
  const vault = bsnVault(ctx.config.secretKey);
  const now = ctx.now();
  return registrations(ctx.db).submit({
    id: randomUUID(),
    actor,
    organisationId,
    input,
    bsnHash: vault.hash(input.bsn),
    bsnEncrypted: vault.encrypt(input.bsn),
    now,
    today: dayOf(now),
    auditRecord: ctx.auditRecord,
  });
}

interface Pending {
  id: string;
  actor: Actor;
  organisationId: string;
  input: NewSignal;
  bsnHash: string;
  bsnEncrypted: string;
  now: Date;
  today: string;
  auditRecord: (entry: AuditEntry) => AuditRecord;
}

const registrations = groupedPer((db: Db) => new Grouped<Pending, SignalRegistered>((group) => registerGroup(db, group)));

interface ChildContext {
  hash: string;
  child_id: string | null;
  birth_date: string | null;
  family_id: string | null;
  sibling_hashes: string[];
  rules: MatchRule[];
  guardians: { email: string | null; name: string }[];
}

interface Candidate {
  id: string;
  bsn_hash: string;
  professional_id: string;
  organisation_id: string;
  registered_at: Date;
  active_until: string;
  closed_at: Date | null;
  kind: string;
  organisation_name: string;
  name: string;
  email: string;
  phone: string | null;
}

/** Writes a group of registrations as if one after another, in one transaction. */
async function registerGroup(db: Db, group: Pending[]): Promise<Array<SignalRegistered | Problem>> {
  const answers: Array<SignalRegistered | Problem> = [];
  await db.transaction().execute(async (tx) => {
    // Serialises signals on one child, and then on one family, so two organisations signalling at the same
    // moment on a child or its sibling still find each other. Locks are taken in one order (children's hashes
    // sorted, then families sorted), so two groups never wait for each other in a circle.
    const hashes = [...new Set(group.map((p) => p.bsnHash))].sort();
    const { rows: contexts } = await sql<ChildContext>`
      select h.hash, c.id as child_id, c.birth_date, c.family_id,
        array(select sib.bsn_hash from children sib where sib.family_id = c.family_id and sib.id <> c.id and sib.bsn_hash is not null) as sibling_hashes,
        coalesce((select json_agg(json_build_object('id', r.id, 'priority', r.priority, 'whenInvolvedKind', r.when_involved_kind,
            'minAge', r.min_age, 'maxAge', r.max_age, 'proposeKind', r.propose_kind))
          from match_rules r where r.area_id is null or r.area_id = c.municipality_id), '[]') as rules,
        coalesce((select json_agg(json_build_object('email', g.email, 'name', g.given_name || ' ' || g.family_name) order by g.created_at)
          from guardians g where g.family_id = c.family_id and g.has_parental_authority), '[]') as guardians
      from (select u.hash, pg_advisory_xact_lock(hashtext(u.hash)) from unnest(${hashes}::text[]) as u(hash)) as h
      left join children c on c.bsn_hash = h.hash`.execute(tx);
    const families = [...new Set(contexts.flatMap((c) => (c.family_id ? [c.family_id] : [])))].sort();
    if (families.length > 0) await sql`select pg_advisory_xact_lock(hashtext('family ' || f)) from unnest(${families}::text[]) as u(f)`.execute(tx);
    const contextOf = new Map(contexts.map((c) => [c.hash, c]));
    const organisationIds = [...new Set(group.map((p) => p.organisationId))];
    const organisations = await tx.selectFrom('organisations').select(['id', 'kind', 'name']).where(sql<boolean>`id = any(${organisationIds}::uuid[])`).execute();
    const organisationOf = new Map(organisations.map((o) => [o.id, o]));

    // Bad input refuses that registration alone; nothing of it is written.
    const accepted: Array<{ p: Pending; answer: number; context: ChildContext; activeUntil: string }> = [];
    for (const p of group) {
      const context = contextOf.get(p.bsnHash)!;
      const limit = latestActiveUntil(p.today, context.birth_date);
      const activeUntil = p.input.activeUntil ?? limit;
      if (!organisationOf.has(p.organisationId)) answers.push(new Problem(409, 'no-organisation', 'signal.no-organisation'));
      else if (activeUntil < p.today) answers.push(invalidField('activeUntil', 'in-past', 'signal.active-until-past'));
      else if (activeUntil > limit) answers.push(invalidField('activeUntil', 'too-long', 'signal.active-until-too-long'));
      else accepted.push({ p, answer: answers.push({ id: p.id, activeUntil, matches: 0 }) - 1, context, activeUntil });
    }
    if (accepted.length === 0) return;
    await tx
      .insertInto('signals')
      .values(accepted.map(({ p, activeUntil }) => ({
        id: p.id,
        bsn_hash: p.bsnHash,
        bsn_encrypted: p.bsnEncrypted,
        domain: p.input.domain,
        note: p.input.note ?? null,
        professional_id: p.actor.userId,
        organisation_id: p.organisationId,
        registered_at: p.now,
        active_until: activeUntil,
      })))
      .execute();

    // Every open signal on these children and their siblings (the group's own included), and the matches
    // those signals already have: enough to match each registration in turn.
    const allHashes = [...new Set(accepted.flatMap(({ context }) => [context.hash, ...context.sibling_hashes]))];
    const candidates = await tx
      .selectFrom('signals as s')
      .innerJoin('organisations as o', 'o.id', 's.organisation_id')
      .innerJoin('users as u', 'u.id', 's.professional_id')
      .select(['s.id', 's.bsn_hash', 's.professional_id', 's.organisation_id', 's.registered_at', 's.active_until', 's.closed_at', 'o.kind', 'o.name as organisation_name', 'u.name', 'u.email', 'u.phone'])
      .where(sql<boolean>`s.bsn_hash = any(${allHashes}::text[])`)
      .where('s.closed_at', 'is', null)
      .orderBy('s.registered_at')
      .orderBy('s.id')
      .execute();
    const candidateIds = candidates.map((c) => c.id);
    const existing = await tx
      .selectFrom('signal_matches as m')
      .innerJoin('signals as a', 'a.id', 'm.signal_id')
      .innerJoin('signals as b', 'b.id', 'm.other_signal_id')
      .select(['a.id as a_id', 'a.organisation_id as a_organisation', 'a.closed_at as a_closed', 'b.id as b_id', 'b.organisation_id as b_organisation', 'b.closed_at as b_closed'])
      .where(sql<boolean>`(m.signal_id = any(${candidateIds}::uuid[]) or m.other_signal_id = any(${candidateIds}::uuid[]))`)
      .execute();
    // "Told once": a signal is not matched again for an organisation that holds an open signal matched with it.
    const told = new Set<string>();
    const tell = (signalId: string, organisationId: string) => told.add(`${signalId} ${organisationId}`);
    for (const m of existing) {
      if (!m.b_closed) tell(m.a_id, m.b_organisation);
      if (!m.a_closed) tell(m.b_id, m.a_organisation);
    }

    const order = new Map(accepted.map(({ p }, i) => [p.id, i]));
    const matchRows: Array<{ kind: 'child' | 'family'; signal_id: string; other_signal_id: string; created_at: Date; proposed_organisation_id: string; rule_id: string | null }> = [];
    const messages: OutgoingMessage[] = [];
    const records: AuditRecord[] = [];
    accepted.forEach(({ p, answer, context, activeUntil }, index) => {
      const hashes = new Set([context.hash, ...context.sibling_hashes]);
      const others = candidates.filter(
        (s) =>
          hashes.has(s.bsn_hash) &&
          s.organisation_id !== p.organisationId &&
          s.active_until >= p.today &&
          (order.get(s.id) ?? -1) < index &&
          !told.has(`${s.id} ${p.organisationId}`),
      );
      const mine = organisationOf.get(p.organisationId)!;
      if (others.length > 0) {
        const proposal = proposeCoordinator(
          context.rules,
          [{ organisationId: p.organisationId, kind: mine.kind, signalledAt: p.now }, ...others.map((o) => ({ organisationId: o.organisation_id, kind: o.kind, signalledAt: o.registered_at }))],
          context.birth_date ? ageOn(context.birth_date, p.today) : null,
        );
        for (const o of others) {
          matchRows.push({
            kind: o.bsn_hash === p.bsnHash ? 'child' : 'family',
            signal_id: p.id,
            other_signal_id: o.id,
            created_at: p.now,
            proposed_organisation_id: proposal.organisationId,
            rule_id: proposal.ruleId,
          });
          tell(o.id, p.organisationId);
          tell(p.id, o.organisation_id);
          messages.push(matchEmail(o.email, p.actor.name, mine.name, p.actor.email), matchEmail(p.actor.email, o.name, o.organisation_name, o.email, o.phone));
        }
      }
      messages.push(...familyNotices(context, p.today));
      records.push(p.auditRecord({ subjectId: context.child_id, resource: 'signal', resourceId: p.id, action: 'create', outcome: 'allowed', context: { domain: p.input.domain, matches: others.length } }));
      answers[answer] = { id: p.id, activeUntil, matches: others.length };
    });
    if (matchRows.length > 0) await tx.insertInto('signal_matches').values(matchRows).execute();
    await enqueueMessages(tx, group[0]!.now, messages);
    await appendRecords(tx, records);
  });
  return answers;
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
function familyNotices(context: ChildContext, today: string): OutgoingMessage[] {
  const subject = 'Er is een signaal afgegeven in de verwijsindex';
  const body = 'Een professional maakt zich zorgen en heeft dat vastgelegd, zodat hulpverleners elkaar kunnen vinden. U kunt vragen wie dat was.';
  if (!context.child_id) return [{ channel: 'letter', recipient: 'brp-adres van de jeugdige', subject, body }];
  const givers = requiredGivers(context.birth_date, today);
  const messages: OutgoingMessage[] = [];
  if (givers.includes('parent')) {
    for (const g of context.guardians) messages.push(g.email ? { channel: 'email', recipient: g.email, subject, body } : { channel: 'letter', recipient: g.name, subject, body });
  }
  if (givers.includes('young-person')) messages.push({ channel: 'letter', recipient: `jeugdige ${context.child_id}`, subject, body });
  return messages.length ? messages : [{ channel: 'letter', recipient: `ouders van jeugdige ${context.child_id}`, subject, body }];
}
