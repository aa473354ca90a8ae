import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db, DbOrTx } from '../../db/database.js';
import { containsPattern } from '../../db/like.js';
import type { Role } from '../../db/schema.js';
import type { RoleGrant } from '../../platform/context.js';
import { Grouped, groupedPer } from '../../platform/grouped.js';

export async function findUserByEmail(db: DbOrTx, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function findUserById(db: DbOrTx, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * A user with their role grants and organisations in one query: authentication runs on every request, so
 * it should cost one round trip, not three.
 */
function usersWithAccess(db: DbOrTx) {
  return db.selectFrom('users as u').select((eb) => [
    'u.id',
    'u.email',
    'u.name',
    'u.job_function',
    'u.is_active',
    jsonArrayFrom(
      eb.selectFrom('role_grants as g').select(['g.role', 'g.organisation_id as organisationId', 'g.area_id as areaId']).whereRef('g.user_id', '=', 'u.id').orderBy('g.role'),
    ).as('grants'),
    sql<string[]>`array(select m.organisation_id from memberships m where m.user_id = u.id order by m.organisation_id)`.as('organisationIds'),
  ]);
}

function sessionsWithUsers(db: Db, tokenHashes: string[]) {
  return usersWithAccess(db)
    .innerJoin('sessions as s', 's.user_id', 'u.id')
    .select(['s.token_hash', 's.id as sessionId', 's.csrf_token', 's.last_seen_at', 's.expires_at'])
    .where(sql<boolean>`s.token_hash = any(${tokenHashes}::text[])`)
    .execute();
}

function apiTokensWithUsers(db: Db, tokenHashes: string[]) {
  return usersWithAccess(db)
    .innerJoin('api_tokens as t', 't.user_id', 'u.id')
    .select(['t.token_hash', 't.id as tokenId', 't.revoked_at', 't.last_used_at'])
    .where(sql<boolean>`t.token_hash = any(${tokenHashes}::text[])`)
    .execute();
}

type Row<F extends (db: Db, hashes: string[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>[number];

/** Requests that arrive together are authenticated with one query (see Grouped). */
function byTokenHash<R extends { token_hash: string }>(find: (db: Db, hashes: string[]) => Promise<R[]>) {
  return groupedPer((db: Db) =>
    new Grouped<string, R | undefined>(async (hashes) => {
      const found = new Map((await find(db, hashes)).map((row) => [row.token_hash, row]));
      return hashes.map((hash) => found.get(hash));
    }),
  );
}

const sessionLookups = byTokenHash(sessionsWithUsers);
const apiTokenLookups = byTokenHash(apiTokensWithUsers);

export function findSessionWithUser(db: Db, tokenHash: string): Promise<Row<typeof sessionsWithUsers> | undefined> {
  return sessionLookups(db).submit(tokenHash);
}

export function findApiTokenWithUser(db: Db, tokenHash: string): Promise<Row<typeof apiTokensWithUsers> | undefined> {
  return apiTokenLookups(db).submit(tokenHash);
}

export async function findUserWithAccess(db: DbOrTx, userId: string) {
  return usersWithAccess(db).where('u.id', '=', userId).executeTakeFirst();
}

export async function organisationIdsOf(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('memberships').select('organisation_id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.organisation_id);
}

export async function organisationsOf(db: DbOrTx, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['organisations.id', 'organisations.name', 'organisations.kind'])
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.name')
    .execute();
}

// Sessions

export async function insertSession(
  db: DbOrTx,
  values: { tokenHash: string; userId: string; csrfToken: string; now: Date; expiresAt: Date },
) {
  return db
    .insertInto('sessions')
    .values({
      token_hash: values.tokenHash,
      user_id: values.userId,
      csrf_token: values.csrfToken,
      created_at: values.now,
      last_seen_at: values.now,
      expires_at: values.expiresAt,
    })
    .returning(['id', 'expires_at'])
    .executeTakeFirstOrThrow();
}

export async function touchSession(db: DbOrTx, id: string, now: Date) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSession(db: DbOrTx, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date, idleSince: Date) {
  await db.deleteFrom('sessions').where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleSince)])).execute();
}

// API tokens

export async function insertApiToken(db: DbOrTx, values: { userId: string; name: string; tokenHash: string }) {
  return db
    .insertInto('api_tokens')
    .values({ user_id: values.userId, name: values.name, token_hash: values.tokenHash })
    .returning(['id', 'name', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function listApiTokens(db: DbOrTx, userId: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeApiToken(db: DbOrTx, userId: string, id: string, now: Date) {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function touchApiToken(db: DbOrTx, id: string, now: Date) {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

// User administration

export interface UserFilter {
  query?: string;
  /** Only users who are members of one of these organisations (organisation administrators). */
  organisationIds?: string[];
}

function filteredUsers(db: DbOrTx, filter: UserFilter) {
  let q = db.selectFrom('users');
  if (filter.query) {
    const pattern = containsPattern(filter.query);
    q = q.where((eb) => eb.or([eb(sql<string>`lower(users.name)`, 'like', pattern), eb('users.email', 'like', pattern)]));
  }
  if (filter.organisationIds) {
    const ids = filter.organisationIds;
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('memberships').select('memberships.user_id').whereRef('memberships.user_id', '=', 'users.id').where('memberships.organisation_id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']),
      ),
    );
  }
  return q;
}

export async function listUsers(db: DbOrTx, filter: UserFilter, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    filteredUsers(db, filter)
      .select(['users.id', 'users.email', 'users.name', 'users.job_function', 'users.is_active'])
      .orderBy(sql`lower(users.name)`)
      .orderBy('users.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filteredUsers(db, filter).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.count) };
}

export async function grantsAndMembershipsOf(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return { grants: [], memberships: [] };
  const [grants, memberships] = await Promise.all([
    db.selectFrom('role_grants').select(['user_id', 'role', 'organisation_id', 'area_id']).where('user_id', 'in', userIds).orderBy('role').execute(),
    db.selectFrom('memberships').select(['user_id', 'organisation_id']).where('user_id', 'in', userIds).execute(),
  ]);
  return { grants, memberships };
}

export async function insertUser(
  db: DbOrTx,
  values: { email: string; name: string; jobFunction: string | null; passwordHash: string; phone: string | null },
) {
  return db
    .insertInto('users')
    .values({ email: values.email.toLowerCase(), name: values.name, job_function: values.jobFunction, password_hash: values.passwordHash, phone: values.phone })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  values: { name?: string; job_function?: string | null; is_active?: boolean; phone?: string | null },
  now: Date,
) {
  await db.updateTable('users').set({ ...values, updated_at: now }).where('id', '=', id).execute();
}

export async function setPasswordHash(db: DbOrTx, id: string, passwordHash: string, now: Date) {
  await db.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', id).execute();
}

export async function replaceGrants(db: DbOrTx, userId: string, grants: RoleGrant[]) {
  await db.deleteFrom('role_grants').where('user_id', '=', userId).execute();
  if (grants.length === 0) return;
  await db
    .insertInto('role_grants')
    .values(grants.map((g) => ({ user_id: userId, role: g.role as Role, organisation_id: g.organisationId, area_id: g.areaId })))
    .execute();
}

export async function addMembership(db: DbOrTx, userId: string, organisationId: string) {
  await db.insertInto('memberships').values({ user_id: userId, organisation_id: organisationId }).onConflict((oc) => oc.doNothing()).execute();
}

export async function organisationExists(db: DbOrTx, id: string) {
  return Boolean(await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst());
}

export async function areaExists(db: DbOrTx, id: string) {
  return Boolean(await db.selectFrom('areas').select('id').where('id', '=', id).executeTakeFirst());
}
