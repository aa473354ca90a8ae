import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Db, DbOrTx, Tx } from '../db/database.js';
import type { Role } from '../db/schema.js';
import { type AuditEntry, type AuditRecord, type AuditWriter, appendRecords } from './audit.js';
import type { Language } from './messages.js';
import { type Permission, permissionsOf } from './policy.js';

export interface RoleGrant {
  role: Role;
  organisationId: string | null;
  areaId: string | null;
}

/** Who acts: resolved once per request from the session cookie or the API token. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  jobFunction: string | null;
  roles: Role[];
  grants: RoleGrant[];
  organisationIds: string[];
  permissions: Permission[];
  via: 'session' | 'api-token';
  sessionId?: string;
  apiTokenId?: string;
}

export function buildActor(
  user: { id: string; email: string; name: string; job_function: string | null },
  grants: RoleGrant[],
  organisationIds: string[],
  via: Actor['via'],
): Actor {
  const roles = [...new Set(grants.map((g) => g.role))];
  return { userId: user.id, email: user.email, name: user.name, jobFunction: user.job_function, roles, grants, organisationIds, permissions: permissionsOf(roles), via };
}

/** Everything a service needs about the request it serves; services never see HTTP. */
export interface RequestContext {
  actor: Actor | null;
  db: Db;
  config: Config;
  now(): Date;
  requestId: string;
  ip: string;
  language: Language;
  /**
   * Appends to the audit trail. Inside a transaction (given, or the request's own): in it, resolved once
   * appended. Otherwise (reads, refusals): handed to the shared group commit and resolved at once, so the
   * request reads on while the disk flushes; the platform holds the answer until the entries are committed
   * (`recorded`) and turns it into a 500 when they cannot be, so nothing is shown that is not on record.
   */
  audit(entry: AuditEntry | AuditEntry[], tx?: DbOrTx): Promise<void>;
  /** The entry as `audit` records it (who, when, request id and address), for work that writes several requests' entries together. */
  auditRecord(entry: AuditEntry): AuditRecord;
  /** Waits until every entry appended outside a transaction is committed; fails when one could not be. */
  recorded(): Promise<void>;
  /** Runs writes that belong together in one transaction. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export function createContext(
  deps: { db: Db; config: Config; clock: () => Date; auditWriter?: AuditWriter },
  request: Pick<FastifyRequest, 'id' | 'ip'>,
  language: Language,
  actor: Actor | null,
): RequestContext {
  // The open transaction of this request, if any. Services compose: a service called inside another's
  // transaction joins it (so a pathway outcome that opens a plan and an episode commits or fails as one),
  // and every query of the request then runs on that transaction.
  let active: Tx | undefined;
  // Entries appended outside a transaction, not yet known to be committed.
  let pending: Promise<void>[] = [];
  const context: RequestContext = {
    actor,
    get db() {
      return (active ?? deps.db) as Db;
    },
    config: deps.config,
    now: deps.clock,
    requestId: request.id,
    ip: request.ip,
    language,
    audit: async (entry, tx) => {
      const records = (Array.isArray(entry) ? entry : [entry]).map(context.auditRecord);
      const within = tx ?? active;
      if (within) return appendRecords(within, records);
      const written = deps.auditWriter ? deps.auditWriter.append(records) : appendRecords(deps.db, records);
      written.catch(() => {}); // observed by recorded(); not an unhandled rejection meanwhile
      pending.push(written);
    },
    recorded: async () => {
      const waiting = pending;
      pending = [];
      await Promise.all(waiting);
    },
    auditRecord: (entry) => ({
      at: deps.clock(),
      actor: context.actor,
      entry: { ...entry, context: { requestId: request.id, ip: request.ip, via: context.actor?.via, ...entry.context } },
    }),
    transaction: async (work) => {
      if (active) return work(active);
      return deps.db.transaction().execute(async (tx) => {
        active = tx;
        try {
          return await work(tx);
        } finally {
          active = undefined;
        }
      });
    },
  };
  return context;
}

/** Narrows the actor for handlers behind an authenticated route (the platform guarantees it). */
export function requireActor(context: RequestContext): Actor {
  if (!context.actor) throw new Error('route declared authenticated access but no actor is present');
  return context.actor;
}
