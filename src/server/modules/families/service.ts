import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { bsnVault, isValidBsn, maskBsn } from '../../platform/bsn.js';
import { authorizeChild, authorizeFamily } from '../../platform/case-access.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { addDays, dayOf } from '../../platform/dates.js';
import { type Page, paged } from '../../platform/paging.js';
import { Problem, conflict, invalidField } from '../../platform/problems.js';
import { planOverview } from '../plans/service.js';
import { recordCaseEvents, timeline } from '../timeline/service.js';

const vaultFor = (ctx: RequestContext) => bsnVault(ctx.config.secretKey);

export interface NewChild {
  bsn?: string | null;
  givenName: string;
  familyName: string;
  birthDate?: string | null;
  expectedBirthDate?: string | null;
  municipalityCode: string;
  neighbourhoodCode?: string | null;
  schoolId?: string | null;
}

export async function registerChild(ctx: RequestContext, input: NewChild) {
  const actor = requireActor(ctx);
  const today = dayOf(ctx.now());
  if (input.bsn && !isValidBsn(input.bsn)) throw invalidField('bsn', 'eleven-test', 'child.bsn-invalid');
  if (!input.birthDate && !input.expectedBirthDate) throw invalidField('birthDate', 'required', 'child.birth-date-required');
  if (input.birthDate && input.expectedBirthDate) throw invalidField('expectedBirthDate', 'not-with-birth-date', 'child.expected-with-birth-date');
  if (input.birthDate && input.birthDate > today) throw invalidField('birthDate', 'in-future', 'child.birth-date-future');
  if (input.birthDate && input.birthDate < addDays(today, -23 * 366)) throw invalidField('birthDate', 'too-old', 'child.too-old');
  if (input.expectedBirthDate && (input.expectedBirthDate < today || input.expectedBirthDate > addDays(today, 300))) {
    throw invalidField('expectedBirthDate', 'out-of-range', 'child.expected-out-of-range');
  }
  const code = /^\d{4}$/.test(input.municipalityCode) ? `GM${input.municipalityCode}` : input.municipalityCode.toUpperCase();
  const municipality = await ctx.db.selectFrom('areas').select('id').where('code', '=', code).where('kind', '=', 'municipality').executeTakeFirst();
  if (!municipality) throw invalidField('municipalityCode', 'unknown', 'unknown-area');
  let neighbourhoodId: string | null = null;
  if (input.neighbourhoodCode) {
    const n = await ctx.db.selectFrom('areas').select('id').where('code', '=', input.neighbourhoodCode).where('parent_id', '=', municipality.id).executeTakeFirst();
    if (!n) throw invalidField('neighbourhoodCode', 'unknown', 'unknown-area');
    neighbourhoodId = n.id;
  }
  if (input.schoolId) {
    const school = await ctx.db.selectFrom('organisations').select('kind').where('id', '=', input.schoolId).executeTakeFirst();
    if (!school || !['school', 'childcare', 'ikc'].includes(school.kind)) throw invalidField('schoolId', 'not-a-school', 'child.not-a-school');
  }
  const vault = vaultFor(ctx);
  const bsnHash = input.bsn ? vault.hash(input.bsn) : null;
  return ctx.transaction(async (tx) => {
    if (bsnHash && (await tx.selectFrom('children').select('id').where('bsn_hash', '=', bsnHash).executeTakeFirst())) {
      throw conflict('bsn-registered', 'child.bsn-registered');
    }
    const child = await tx
      .insertInto('children')
      .values({
        bsn_hash: bsnHash,
        bsn_encrypted: input.bsn ? vault.encrypt(input.bsn) : null,
        given_name: input.givenName,
        family_name: input.familyName,
        birth_date: input.birthDate ?? null,
        expected_birth_date: input.birthDate ? null : (input.expectedBirthDate ?? null),
        municipality_id: municipality.id,
        neighbourhood_id: neighbourhoodId,
        school_id: input.schoolId ?? null,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Whoever registers a child is involved with it: the first door.
    await tx
      .insertInto('involvements')
      .values({ child_id: child.id, professional_id: actor.userId, organisation_id: actor.organisationIds[0] ?? null, reason: 'registered', started_at: ctx.now() })
      .execute();
    await ctx.audit({ subjectId: child.id, resource: 'child', resourceId: child.id, action: 'create', outcome: 'allowed' }, tx);
    await recordCaseEvents(ctx, tx, [{ childId: child.id, kind: 'child-registered' }]);
    return { id: child.id };
  });
}

function childQuery(ctx: RequestContext) {
  return ctx.db
    .selectFrom('children as c')
    .innerJoin('areas as m', 'm.id', 'c.municipality_id')
    .leftJoin('areas as n', 'n.id', 'c.neighbourhood_id')
    .leftJoin('organisations as s', 's.id', 'c.school_id')
    .select([
      'c.id',
      'c.family_id',
      'c.given_name',
      'c.family_name',
      'c.birth_date',
      'c.expected_birth_date',
      'c.bsn_encrypted',
      'm.code as municipality_code',
      'm.name as municipality_name',
      'n.code as neighbourhood_code',
      'n.name as neighbourhood_name',
      'c.school_id',
      's.name as school_name',
    ]);
}

type ChildRow = Awaited<ReturnType<ReturnType<typeof childQuery>['executeTakeFirstOrThrow']>>;

function toChild(ctx: RequestContext, c: ChildRow) {
  return {
    id: c.id,
    familyId: c.family_id,
    givenName: c.given_name,
    familyName: c.family_name,
    birthDate: c.birth_date,
    expectedBirthDate: c.expected_birth_date,
    bsnMasked: c.bsn_encrypted ? maskBsn(vaultFor(ctx).decrypt(c.bsn_encrypted)) : null,
    municipality: { code: c.municipality_code, name: c.municipality_name },
    neighbourhood: c.neighbourhood_code ? { code: c.neighbourhood_code, name: c.neighbourhood_name! } : null,
    school: c.school_id ? { id: c.school_id, name: c.school_name! } : null,
  };
}

export async function getChild(ctx: RequestContext, childId: string) {
  await authorizeChild(ctx, childId, 'read');
  const row = await childQuery(ctx).where('c.id', '=', childId).executeTakeFirstOrThrow();
  return toChild(ctx, row);
}

/** Showing the full BSN is a separate, audited act. */
export async function revealBsn(ctx: RequestContext, childId: string) {
  await authorizeChild(ctx, childId, 'reveal-bsn');
  const row = await ctx.db.selectFrom('children').select('bsn_encrypted').where('id', '=', childId).executeTakeFirstOrThrow();
  return { bsn: row.bsn_encrypted ? vaultFor(ctx).decrypt(row.bsn_encrypted) : null };
}

/** Search only among the children the actor is involved with; each child shown is an audited read. */
export async function searchChildren(ctx: RequestContext, filter: { bsn?: string; query?: string }, page: Page) {
  const actor = requireActor(ctx);
  if (filter.bsn && !isValidBsn(filter.bsn)) throw invalidField('bsn', 'eleven-test', 'child.bsn-invalid');
  const now = ctx.now();
  let q = childQuery(ctx).where((eb) =>
    eb.exists(
      eb
        .selectFrom('involvements as i')
        .select('i.id')
        .whereRef('i.child_id', '=', 'c.id')
        .where('i.professional_id', '=', actor.userId)
        .where('i.started_at', '<=', now)
        .where((inner) => inner.or([inner('i.ended_at', 'is', null), inner('i.ended_at', '>', now)])),
    ),
  );
  if (!actor.roles.includes('professional')) q = q.where(sql<boolean>`false`);
  if (filter.bsn) q = q.where('c.bsn_hash', '=', vaultFor(ctx).hash(filter.bsn));
  if (filter.query) {
    const pattern = `%${filter.query.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    q = q.where(sql<boolean>`lower(c.given_name || ' ' || c.family_name) like ${pattern}`);
  }
  const [items, count] = await Promise.all([
    q.orderBy(sql`lower(c.family_name)`).orderBy(sql`lower(c.given_name)`).orderBy('c.id').limit(page.limit).offset(page.offset).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  await ctx.audit(items.map((c) => ({ subjectId: c.id, resource: 'child', resourceId: c.id, action: 'search', outcome: 'allowed' as const })));
  return paged(items.map((c) => toChild(ctx, c)), Number(count.n), page);
}

export interface NewFamily {
  name?: string | null;
  childIds: string[];
  guardians: { givenName: string; familyName: string; hasParentalAuthority: boolean; relation?: 'parent' | 'guardian' | 'foster-parent' | 'other'; phone?: string | null; email?: string | null }[];
}

export async function createFamily(ctx: RequestContext, input: NewFamily) {
  const actor = requireActor(ctx);
  return ctx.transaction(async (tx) => {
    for (const childId of input.childIds) await authorizeChild(ctx, childId, 'update', tx);
    const children = await tx.selectFrom('children').select(['id', 'family_id', 'family_name']).where('id', 'in', input.childIds).forUpdate().execute();
    const inFamily = children.findIndex((c) => c.family_id !== null);
    if (inFamily >= 0) throw new Problem(409, 'child-in-family', 'family.child-in-family');
    const name = input.name ?? `Gezin ${input.guardians[0]?.familyName ?? children[0]!.family_name}`;
    const family = await tx.insertInto('families').values({ name, created_by: actor.userId }).returning('id').executeTakeFirstOrThrow();
    await tx.updateTable('children').set({ family_id: family.id, updated_at: ctx.now() }).where('id', 'in', input.childIds).execute();
    if (input.guardians.length) {
      await tx
        .insertInto('guardians')
        .values(
          input.guardians.map((g) => ({
            family_id: family.id,
            given_name: g.givenName,
            family_name: g.familyName,
            relation: g.relation ?? 'parent',
            has_parental_authority: g.hasParentalAuthority,
            phone: g.phone ?? null,
            email: g.email ?? null,
          })),
        )
        .execute();
    }
    await recordCaseEvents(ctx, tx, [
      { familyId: family.id, kind: 'family-registered', data: { children: input.childIds.length, guardians: input.guardians.length } },
      ...input.childIds.map((childId) => ({ familyId: family.id, childId, kind: 'child-joined-family' })),
    ]);
    await tx.updateTable('case_events').set({ family_id: family.id }).where('child_id', 'in', input.childIds).where('family_id', 'is', null).execute();
    return { id: family.id };
  });
}

/** The family page: everything the actor may see of one family, in two queries (family, plan). */
export async function getFamily(ctx: RequestContext, familyId: string) {
  const access = await authorizeFamily(ctx, familyId, 'read');
  const visible = access.visibleChildIds;
  const familyQuery = ctx.db
    .selectFrom('families as f')
    .select(['f.id', 'f.name', 'f.created_at'])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('guardians as g')
          .select(['g.id', 'g.given_name as givenName', 'g.family_name as familyName', 'g.relation', 'g.has_parental_authority as hasParentalAuthority', 'g.phone', 'g.email'])
          .whereRef('g.family_id', '=', 'f.id')
          .orderBy('g.created_at'),
      ).as('guardians'),
      jsonArrayFrom(
        childQuery(ctx)
          .where('c.id', 'in', visible)
          .orderBy('c.birth_date'),
      ).as('children'),
      jsonArrayFrom(
        eb
          .selectFrom('consents as k')
          .select([
            'k.id', 'k.child_id as childId', 'k.given_by as givenBy', 'k.organisation_ids as organisationIds', 'k.purpose',
            'k.valid_from as validFrom', 'k.valid_until as validUntil', 'k.withdrawn_at as withdrawnAt', 'k.withdrawal_reason as withdrawalReason',
          ])
          .where('k.child_id', 'in', visible)
          .orderBy('k.recorded_at', 'desc'),
      ).as('consents'),
    ])
    .where('f.id', '=', familyId);
  const [family, plan] = await Promise.all([familyQuery.executeTakeFirstOrThrow(), planOverview(ctx, access)]);
  const day = dayOf(ctx.now());
  return {
    id: family.id,
    name: family.name,
    createdAt: family.created_at.toISOString(),
    children: family.children.map((c) => toChild(ctx, c)),
    hiddenChildren: access.childIds.length - visible.length,
    guardians: family.guardians,
    consents: family.consents.map((k) => ({
      ...k,
      withdrawnAt: k.withdrawnAt ? new Date(k.withdrawnAt).toISOString() : null,
      isValid: !k.withdrawnAt && k.validFrom <= day && (!k.validUntil || k.validUntil >= day),
    })),
    plan,
  };
}

export async function familyTimeline(ctx: RequestContext, familyId: string) {
  const access = await authorizeFamily(ctx, familyId, 'read');
  return { items: await timeline(ctx.db, { familyId, visibleChildIds: access.visibleChildIds }) };
}

export async function childTimeline(ctx: RequestContext, childId: string) {
  await authorizeChild(ctx, childId, 'read');
  return { items: await timeline(ctx.db, { childId, visibleChildIds: [childId] }) };
}
