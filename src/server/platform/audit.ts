import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import stringify from 'safe-stable-stringify';
import type { Db, DbOrTx } from '../db/database.js';
import { Grouped } from './grouped.js';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The trail is split into a fixed number of hash chains, each with its own lock: a writer appends to one
 * chain, so up to this many writers commit in parallel. Removing or changing any row still breaks its chain.
 */
export const AUDIT_CHAINS = 16;
let nextChain = 0;
const pickChain = () => (nextChain = (nextChain + 1) % AUDIT_CHAINS);

export interface AuditActor {
  userId: string;
  roles: readonly string[];
  organisationIds: readonly string[];
}

export interface AuditEntry {
  /** Whose personal data this is (a user, later a child or family). */
  subjectId?: string | null;
  resource: string;
  resourceId?: string | null;
  action: string;
  outcome: 'allowed' | 'denied';
  /** Why and where: request id, address, reason. Never the personal data itself. */
  context?: Record<string, unknown>;
}

interface HashedFields {
  at: string;
  actorId: string | null;
  actorRoles: readonly string[];
  actorOrganisationIds: readonly string[];
  subjectId: string | null;
  resource: string;
  resourceId: string | null;
  action: string;
  outcome: string;
  context: Record<string, unknown>;
  prevHash: string;
}

export function hashAuditEntry(fields: HashedFields): string {
  return createHash('sha256').update(stringify(fields) ?? '').digest('hex');
}

/**
 * Appends entries to the hash chain, in order. Locking the chain's head row serialises writers until their
 * transaction commits, so every entry's prev_hash is the hash of the entry committed just before it.
 * Runs inside the caller's transaction when given one, so a write and its audit entries commit together.
 */
export async function appendAuditEvents(db: DbOrTx, at: Date, actor: AuditActor | null, entries: AuditEntry[]): Promise<void> {
  await appendRecords(db, entries.map((entry) => ({ at, actor, entry })));
}

export interface AuditRecord {
  at: Date;
  actor: AuditActor | null;
  entry: AuditEntry;
}

/** Appends entries of several actors at once (a batch of requests written together), in order. */
export async function appendRecords(db: DbOrTx, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  if (!db.isTransaction) {
    await (db as Db).transaction().execute((tx) => appendRecords(tx, records));
    return;
  }
  const chain = pickChain();
  // Waits for the chain's previous writer to commit, then reads the hash it left.
  const head = await db.selectFrom('audit_chain_heads').select('hash').where('chain', '=', chain).forUpdate().executeTakeFirst();
  if (!head) throw new Error(`audit chain ${chain} has no head row`);
  let prevHash = head.hash;
  const fields = records.map(({ at, actor, entry }) => {
    const row: HashedFields = {
      at: at.toISOString(),
      actorId: actor?.userId ?? null,
      actorRoles: [...(actor?.roles ?? [])],
      actorOrganisationIds: [...(actor?.organisationIds ?? [])],
      subjectId: entry.subjectId ?? null,
      resource: entry.resource,
      resourceId: entry.resourceId ?? null,
      action: entry.action,
      outcome: entry.outcome,
      context: entry.context ?? {},
      prevHash,
    };
    prevHash = hashAuditEntry(row);
    return { row, hash: prevHash, at };
  });
  // One statement whatever the number of entries: a column per array (the statement text never changes, so it
  // is planned once), rows inserted in chain order so the identity column numbers them in that order, and the
  // head moved in the same statement. Arrays inside a row travel as array literals (roles and ids only).
  const column = <T>(pick: (f: (typeof fields)[number]) => T) => fields.map(pick);
  await sql`
    with appended as (
      insert into audit_events (chain, at, actor_id, actor_roles, actor_organisation_ids, subject_id, resource, resource_id, action, outcome, context, prev_hash, hash)
      select ${chain}, r.at, r.actor_id, r.actor_roles::text[], r.actor_organisation_ids::uuid[], r.subject_id, r.resource, r.resource_id, r.action,
        r.outcome, r.context::jsonb, r.prev_hash, r.hash
      from unnest(${column((f) => f.at)}::timestamptz[], ${column((f) => f.row.actorId)}::uuid[], ${column((f) => `{${f.row.actorRoles.join(',')}}`)}::text[],
        ${column((f) => `{${f.row.actorOrganisationIds.join(',')}}`)}::text[], ${column((f) => f.row.subjectId)}::uuid[], ${column((f) => f.row.resource)}::text[],
        ${column((f) => f.row.resourceId)}::text[], ${column((f) => f.row.action)}::text[], ${column((f) => f.row.outcome)}::text[],
        ${column((f) => JSON.stringify(f.row.context))}::text[], ${column((f) => f.row.prevHash)}::text[], ${column((f) => f.hash)}::text[])
        with ordinality as r(at, actor_id, actor_roles, actor_organisation_ids, subject_id, resource, resource_id, action, outcome, context, prev_hash, hash, n)
      order by r.n
    )
    update audit_chain_heads set hash = ${prevHash} where chain = ${chain}`.execute(db);
}

/**
 * Group commit for entries that belong to no write (reads, refusals): requests that arrive together share
 * one transaction, one chain lock and one disk flush. Each request still waits until its entries are
 * committed before it answers, so nothing is shown that is not on record.
 */
export class AuditWriter {
  private readonly group: Grouped<AuditRecord, undefined>;

  constructor(db: Db) {
    this.group = new Grouped(async (records) => {
      await appendRecords(db, records);
      return records.map(() => undefined);
    }, 2000);
  }

  async append(records: AuditRecord[]): Promise<void> {
    await Promise.all(records.map((record) => this.group.submit(record)));
  }
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; id: string | null; reason: 'hash-mismatch' | 'chain-broken' | 'head-mismatch' };
}

/** Walks every chain in order and names the first entry (lowest sequence) whose content or link does not match. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<ChainVerification> {
  let checked = 0;
  let firstBroken: ChainVerification['firstBroken'];
  for (let chain = 0; chain < AUDIT_CHAINS; chain++) {
    const result = await verifyChain(db, chain, batchSize);
    checked += result.checked;
    if (result.firstBroken && (!firstBroken || result.firstBroken.seq < firstBroken.seq)) firstBroken = result.firstBroken;
  }
  return firstBroken ? { ok: false, checked, firstBroken } : { ok: true, checked };
}

/** One chain, from its first entry to its head. */
export async function verifyChain(db: Db, chain: number, batchSize = 5000): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let lastId: string | null = null;
  let checked = 0;
  const head = await db.selectFrom('audit_chain_heads').select('hash').where('chain', '=', chain).executeTakeFirst();
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('chain', '=', chain)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) {
      // The head names the newest entry: a chain that ends earlier lost its newest entries.
      if (head && head.hash !== prevHash) return { ok: false, checked, firstBroken: { seq: afterSeq, id: lastId, reason: 'head-mismatch' } };
      return { ok: true, checked };
    }
    for (const row of rows) {
      const seq = row.seq;
      if (row.prev_hash !== prevHash) return { ok: false, checked, firstBroken: { seq, id: row.id, reason: 'chain-broken' } };
      const expected = hashAuditEntry({
        at: row.at.toISOString(),
        actorId: row.actor_id,
        actorRoles: row.actor_roles,
        actorOrganisationIds: row.actor_organisation_ids,
        subjectId: row.subject_id,
        resource: row.resource,
        resourceId: row.resource_id,
        action: row.action,
        outcome: row.outcome,
        context: row.context,
        prevHash: row.prev_hash,
      });
      if (expected !== row.hash) return { ok: false, checked, firstBroken: { seq, id: row.id, reason: 'hash-mismatch' } };
      prevHash = row.hash;
      checked += 1;
      afterSeq = row.seq;
      lastId = row.id;
    }
  }
}
