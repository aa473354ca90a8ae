import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import cluster from 'node:cluster';
import { RateLimiterAbstract, RateLimiterCluster, RateLimiterMemory } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import type { Role } from '../../db/schema.js';
import { type Actor, type RequestContext, type RoleGrant, buildActor, requireActor } from '../../platform/context.js';
import { type Page, paged } from '../../platform/paging.js';
import { Problem, conflict, forbidden, invalidField, notFound } from '../../platform/problems.js';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './passwords.js';
import * as repo from './repo.js';

const API_TOKEN_PREFIX = 'dbt_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

type UserWithAccess = NonNullable<Awaited<ReturnType<typeof repo.findUserWithAccess>>>;

function actorOf(user: UserWithAccess, via: Actor['via']): Actor {
  return buildActor(user, user.grants as RoleGrant[], user.organisationIds, via);
}

// Sign-in throttling: failures count per account and per address; a success clears the account's count.

export interface SignInLimiter {
  perAccount: RateLimiterAbstract;
  perAddress: RateLimiterAbstract;
}

export function createSignInLimiter(config: Config): SignInLimiter {
  const duration = config.signInFailureWindowMinutes * 60;
  // Server workers share the counts through the primary process (see main.ts), so limits hold across them.
  const Limiter = cluster.isWorker ? RateLimiterCluster : RateLimiterMemory;
  return {
    perAccount: new Limiter({ keyPrefix: 'account', points: config.signInMaxFailuresPerAccount, duration }),
    perAddress: new Limiter({ keyPrefix: 'address', points: config.signInMaxFailuresPerAddress, duration }),
  };
}

function tooManyAttempts(msBeforeNext: number): Problem {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new Problem(429, 'too-many-attempts', 'too-many-attempts', {
    values: { minutes: Math.ceil(seconds / 60) },
    headers: { 'Retry-After': String(seconds) },
  });
}

async function blockedFor(limiter: SignInLimiter, email: string, ip: string): Promise<number> {
  const [account, address] = await Promise.all([limiter.perAccount.get(email), limiter.perAddress.get(ip)]);
  const waits = [account, address]
    .filter((r) => r !== null && r.consumedPoints >= (r === account ? limiter.perAccount.points : limiter.perAddress.points))
    .map((r) => r!.msBeforeNext);
  return waits.length ? Math.max(...waits) : 0;
}

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

export async function signIn(ctx: RequestContext, input: { email: string; password: string }, limiter: SignInLimiter): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const blocked = await blockedFor(limiter, email, ctx.ip);
  if (blocked > 0) {
    await ctx.audit({ resource: 'session', action: 'sign-in', outcome: 'denied', context: { reason: 'rate-limited' } });
    throw tooManyAttempts(blocked);
  }
  const user = await repo.findUserByEmail(ctx.db, email);
  const isValid = user?.password_hash && user.is_active
    ? await verifyPassword(user.password_hash, input.password)
    : await verifyAgainstNothing(input.password);
  if (!user || !isValid) {
    await Promise.all([
      limiter.perAccount.penalty(email, 1),
      limiter.perAddress.penalty(ctx.ip, 1),
      ctx.audit({
        subjectId: user?.id ?? null,
        resource: 'session',
        action: 'sign-in',
        outcome: 'denied',
        context: { reason: user ? (user.is_active ? 'wrong-password' : 'inactive-account') : 'unknown-account' },
      }),
    ]);
    throw new Problem(401, 'invalid-credentials', 'invalid-credentials');
  }
  await limiter.perAccount.delete(email);
  const actor = actorOf((await repo.findUserWithAccess(ctx.db, user.id))!, 'session');
  const token = newToken();
  const csrfToken = newToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionAbsoluteHours * 3_600_000);
  ctx.actor = actor;
  const session = await ctx.transaction(async (tx) => {
    await repo.deleteExpiredSessions(tx, now, new Date(now.getTime() - ctx.config.sessionIdleMinutes * 60_000));
    const created = await repo.insertSession(tx, { tokenHash: hashToken(token), userId: user.id, csrfToken, now, expiresAt });
    await ctx.audit({ subjectId: user.id, resource: 'session', resourceId: created.id, action: 'sign-in', outcome: 'allowed' }, tx);
    return created;
  });
  actor.sessionId = session.id;
  return { token, csrfToken, expiresAt, actor };
}

// Refreshing last_seen_at on every request would turn every read into a write; once a minute is enough.
const TOUCH_INTERVAL_MS = 60_000;

export async function authenticateSession(
  db: Db,
  config: Config,
  token: string,
  now: Date,
): Promise<{ actor: Actor; csrfToken: string; expiresAt: Date } | null> {
  const found = await repo.findSessionWithUser(db, hashToken(token));
  if (!found) return null;
  const idleLimit = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
  if (found.expires_at <= now || found.last_seen_at < idleLimit) {
    await repo.deleteSession(db, found.sessionId);
    return null;
  }
  if (!found.is_active) return null;
  if (now.getTime() - found.last_seen_at.getTime() > TOUCH_INTERVAL_MS) await repo.touchSession(db, found.sessionId, now);
  const actor = actorOf(found, 'session');
  actor.sessionId = found.sessionId;
  return { actor, csrfToken: found.csrf_token, expiresAt: found.expires_at };
}

export async function authenticateApiToken(db: Db, token: string, now: Date): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const found = await repo.findApiTokenWithUser(db, hashToken(token));
  if (!found || found.revoked_at || !found.is_active) return null;
  if (!found.last_used_at || now.getTime() - found.last_used_at.getTime() > TOUCH_INTERVAL_MS) await repo.touchApiToken(db, found.tokenId, now);
  const actor = actorOf(found, 'api-token');
  actor.apiTokenId = found.tokenId;
  return actor;
}

export async function signOut(ctx: RequestContext): Promise<void> {
  const actor = requireActor(ctx);
  await ctx.transaction(async (tx) => {
    if (actor.sessionId) await repo.deleteSession(tx, actor.sessionId);
    await ctx.audit({ subjectId: actor.userId, resource: 'session', resourceId: actor.sessionId ?? null, action: 'sign-out', outcome: 'allowed' }, tx);
  });
}

export async function describeMe(ctx: RequestContext) {
  const actor = requireActor(ctx);
  const [user, organisations] = await Promise.all([repo.findUserById(ctx.db, actor.userId), repo.organisationsOf(ctx.db, actor.userId)]);
  if (!user) throw notFound();
  return {
    id: actor.userId,
    email: actor.email,
    name: actor.name,
    roles: actor.roles,
    organisationIds: actor.organisationIds,
    jobFunction: user.job_function,
    organisations,
    permissions: actor.permissions,
  };
}

// Personal API tokens

export async function createApiToken(ctx: RequestContext, name: string) {
  const actor = requireActor(ctx);
  const token = `${API_TOKEN_PREFIX}${newToken()}`;
  return ctx.transaction(async (tx) => {
    const created = await repo.insertApiToken(tx, { userId: actor.userId, name, tokenHash: hashToken(token) });
    await ctx.audit({ subjectId: actor.userId, resource: 'api-token', resourceId: created.id, action: 'create', outcome: 'allowed' }, tx);
    return { id: created.id, name: created.name, token };
  });
}

export async function listApiTokens(ctx: RequestContext) {
  const actor = requireActor(ctx);
  const rows = await repo.listApiTokens(ctx.db, actor.userId);
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at }));
}

export async function revokeApiToken(ctx: RequestContext, id: string) {
  const actor = requireActor(ctx);
  await ctx.transaction(async (tx) => {
    if (!(await repo.revokeApiToken(tx, actor.userId, id, ctx.now()))) throw notFound();
    await ctx.audit({ subjectId: actor.userId, resource: 'api-token', resourceId: id, action: 'revoke', outcome: 'allowed' }, tx);
  });
}

// User administration: platform administrators manage everyone; organisation administrators the members
// of the organisations they administer, and grant only roles within those organisations.

function administeredOrganisations(actor: Actor): string[] | 'all' {
  if (actor.roles.includes('platform-admin')) return 'all';
  return actor.grants.filter((g) => g.role === 'organisation-admin' && g.organisationId).map((g) => g.organisationId!);
}

const ORGANISATION_ADMIN_GRANTABLE: Role[] = ['professional', 'organisation-admin', 'programme-lead'];

async function assertGrantsAllowed(ctx: RequestContext, actor: Actor, grants: RoleGrant[]) {
  const scope = administeredOrganisations(actor);
  for (const [index, grant] of grants.entries()) {
    if (grant.organisationId && !(await repo.organisationExists(ctx.db, grant.organisationId))) {
      throw invalidField(`roles.${index}.organisationId`, 'unknown-organisation', 'unknown-organisation');
    }
    if (grant.areaId && !(await repo.areaExists(ctx.db, grant.areaId))) {
      throw invalidField(`roles.${index}.areaId`, 'unknown-area', 'unknown-area');
    }
    if ((grant.role === 'organisation-admin' || grant.role === 'programme-lead') && !grant.organisationId) {
      throw invalidField(`roles.${index}.organisationId`, 'required', 'field.required');
    }
    if (grant.role === 'policy-officer' && !grant.areaId) throw invalidField(`roles.${index}.areaId`, 'required', 'field.required');
    if (scope === 'all') continue;
    const withinScope = grant.role === 'professional' || (grant.organisationId !== null && scope.includes(grant.organisationId));
    if (!ORGANISATION_ADMIN_GRANTABLE.includes(grant.role) || !withinScope) throw forbidden('role-not-grantable');
  }
}

async function loadManageableUser(ctx: RequestContext, actor: Actor, userId: string) {
  const user = await repo.findUserById(ctx.db, userId);
  if (!user) throw notFound();
  const scope = administeredOrganisations(actor);
  if (scope !== 'all') {
    const memberOf = await repo.organisationIdsOf(ctx.db, userId);
    if (!memberOf.some((id) => scope.includes(id))) {
      throw notFound({ subjectId: userId, resource: 'user', resourceId: userId, action: 'read', outcome: 'denied', context: { reason: 'outside-organisation' } });
    }
  }
  return user;
}

async function toUserViews(ctx: RequestContext, users: { id: string; email: string; name: string; job_function: string | null; is_active: boolean }[]) {
  const { grants, memberships } = await repo.grantsAndMembershipsOf(ctx.db, users.map((u) => u.id));
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    jobFunction: u.job_function,
    isActive: u.is_active,
    roles: grants.filter((g) => g.user_id === u.id).map((g) => ({ role: g.role, organisationId: g.organisation_id, areaId: g.area_id })),
    organisationIds: memberships.filter((m) => m.user_id === u.id).map((m) => m.organisation_id),
  }));
}

export type UserView = Awaited<ReturnType<typeof toUserViews>>[number];

export async function listUsers(ctx: RequestContext, filter: { query?: string }, page: Page) {
  const actor = requireActor(ctx);
  const scope = administeredOrganisations(actor);
  const { rows, total } = await repo.listUsers(ctx.db, { query: filter.query, organisationIds: scope === 'all' ? undefined : scope }, page);
  await ctx.audit({ resource: 'user', action: 'list', outcome: 'allowed', context: { count: rows.length } });
  return paged(await toUserViews(ctx, rows), total, page);
}

export async function getUser(ctx: RequestContext, userId: string): Promise<UserView> {
  const actor = requireActor(ctx);
  const user = await loadManageableUser(ctx, actor, userId);
  await ctx.audit({ subjectId: userId, resource: 'user', resourceId: userId, action: 'read', outcome: 'allowed' });
  const [view] = await toUserViews(ctx, [user]);
  return view!;
}

export interface NewUser {
  email: string;
  name: string;
  jobFunction?: string | null;
  phone?: string | null;
  organisationId: string;
  roles: { role: Role; organisationId?: string | null; areaId?: string | null }[];
  password: string;
}

const normaliseGrants = (roles: NewUser['roles']): RoleGrant[] =>
  roles.map((r) => ({ role: r.role, organisationId: r.organisationId ?? null, areaId: r.areaId ?? null }));

export async function createUser(ctx: RequestContext, input: NewUser): Promise<UserView> {
  const actor = requireActor(ctx);
  const scope = administeredOrganisations(actor);
  if (!(await repo.organisationExists(ctx.db, input.organisationId))) throw invalidField('organisationId', 'unknown-organisation', 'unknown-organisation');
  if (scope !== 'all' && !scope.includes(input.organisationId)) throw forbidden('outside-organisation');
  const grants = normaliseGrants(input.roles);
  await assertGrantsAllowed(ctx, actor, grants);
  if (await repo.findUserByEmail(ctx.db, input.email)) throw conflict('email-taken', 'email-taken');
  const passwordHash = await hashPassword(input.password);
  const id = await ctx.transaction(async (tx) => {
    const created = await repo.insertUser(tx, { email: input.email, name: input.name, jobFunction: input.jobFunction ?? null, passwordHash, phone: input.phone ?? null });
    await repo.addMembership(tx, created.id, input.organisationId);
    await repo.replaceGrants(tx, created.id, grants);
    await ctx.audit(
      { subjectId: created.id, resource: 'user', resourceId: created.id, action: 'create', outcome: 'allowed', context: { roles: grants.map((g) => g.role) } },
      tx,
    );
    return created.id;
  });
  const user = await repo.findUserById(ctx.db, id);
  const [view] = await toUserViews(ctx, [user!]);
  return view!;
}

export interface UserChanges {
  name?: string;
  jobFunction?: string | null;
  phone?: string | null;
  isActive?: boolean;
  roles?: NewUser['roles'];
  password?: string;
}

export async function updateUser(ctx: RequestContext, userId: string, changes: UserChanges): Promise<UserView> {
  const actor = requireActor(ctx);
  await loadManageableUser(ctx, actor, userId);
  const grants = changes.roles ? normaliseGrants(changes.roles) : undefined;
  if (grants) await assertGrantsAllowed(ctx, actor, grants);
  // An administrator cannot lock themselves out; another administrator has to do that.
  if (userId === actor.userId && (changes.isActive === false || (grants && !grants.some((g) => g.role === 'platform-admin' || g.role === 'organisation-admin')))) {
    throw conflict('self-lockout', 'self-lockout');
  }
  const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
  await ctx.transaction(async (tx) => {
    const now = ctx.now();
    await repo.updateUser(
      tx,
      userId,
      { name: changes.name, job_function: changes.jobFunction, is_active: changes.isActive, phone: changes.phone },
      now,
    );
    if (grants) await repo.replaceGrants(tx, userId, grants);
    if (passwordHash) await repo.setPasswordHash(tx, userId, passwordHash, now);
    // A deactivated account or a new password ends every open session at once.
    if (changes.isActive === false || passwordHash) await repo.deleteSessionsOfUser(tx, userId);
    await ctx.audit(
      {
        subjectId: userId,
        resource: 'user',
        resourceId: userId,
        action: 'update',
        outcome: 'allowed',
        context: { fields: Object.keys(changes).filter((k) => changes[k as keyof UserChanges] !== undefined) },
      },
      tx,
    );
  });
  const user = await repo.findUserById(ctx.db, userId);
  const [view] = await toUserViews(ctx, [user!]);
  return view!;
}
