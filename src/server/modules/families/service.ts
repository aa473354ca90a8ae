import { type QueryCreator, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { bsnVault, isValidBsn, maskBsn } from '../../platform/bsn.js';
import { authorizeChild, authorizeFamily } from '../../platform/case-access.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { addDays, dayOf } from '../../platform/dates.js';
import { type Page, paged } from '../../platform/paging.js';
import { Grouped, groupedPer } from '../../platform/grouped.js';
import { Problem, conflict, invalidField, notFound } from '../../platform/problems.js';
import { currentPlan, toPlanView } from '../plans/service.js';
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

function childQuery(db: QueryCreator<Database>) {
  return db
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
  const row = await childQuery(ctx.db).where('c.id', '=', childId).executeTakeFirstOrThrow();
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
  let q = childQuery(ctx.db).where((eb) =>
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

/** The family page: everything the actor may see of one family, in one query shared with other requests. */
export async function getFamily(ctx: RequestContext, familyId: string) {
  const access = await authorizeFamily(ctx, familyId, 'read');
  const visible = access.visibleChildIds;
  const family = await familyPages(ctx.db).submit({ familyId, visible });
  if (!family) throw notFound();
  const day = dayOf(ctx.now());
  return {
    id: family.id,
    name: family.name,
    createdAt: new Date(family.created_at).toISOString(),
    children: family.children.map((c) => toChild(ctx, c)),
    hiddenChildren: access.childIds.length - visible.length,
    guardians: family.guardians,
    consents: family.consents.map((k) => ({
      ...k,
      withdrawnAt: k.withdrawnAt ? new Date(k.withdrawnAt).toISOString() : null,
      isValid: !k.withdrawnAt && k.validFrom <= day && (!k.validUntil || k.validUntil >= day),
    })),
    plan: family.plan ? toPlanView(family.plan) : null,
  };
}

interface PageKey {
  familyId: string;
  /** The children the reader is involved with: only their child-bound data is read. */
  visible: string[];
}

/** Family pages asked for together are read with one query: family, children, guardians, consents and plan. */
async function familyRows(db: Db, keys: PageKey[]) {
  const json = JSON.stringify(keys.map((k) => ({ family: k.familyId, visible: k.visible })));
  const asked = sql<{ n: number; family_id: string; visible: string[] }>`(
    select e.n::int as n, (e.key->>'family')::uuid as family_id, array(select jsonb_array_elements_text(e.key->'visible'))::uuid[] as visible
    from jsonb_array_elements(${json}::jsonb) with ordinality as e(key, n))`;
  const visibleOf = sql.ref<string[]>('k.visible');
  const rows = await db
    .selectFrom(asked.as('k'))
    .innerJoin('families as f', 'f.id', 'k.family_id')
    .select(['k.n', 'f.id', 'f.name', 'f.created_at'])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('guardians as g')
          .select(['g.id', 'g.given_name as givenName', 'g.family_name as familyName', 'g.relation', 'g.has_parental_authority as hasParentalAuthority', 'g.phone', 'g.email'])
          .whereRef('g.family_id', '=', 'f.id')
          .orderBy('g.created_at'),
      ).as('guardians'),
      jsonArrayFrom(
        childQuery(db)
          .where((inner) => inner('c.id', '=', inner.fn.any(visibleOf)))
          .orderBy('c.birth_date'),
      ).as('children'),
      jsonArrayFrom(
        eb
          .selectFrom('consents as k2')
          .select([
            'k2.id', 'k2.child_id as childId', 'k2.given_by as givenBy', 'k2.organisation_ids as organisationIds', 'k2.purpose',
            'k2.valid_from as validFrom', 'k2.valid_until as validUntil', 'k2.withdrawn_at as withdrawnAt', 'k2.withdrawal_reason as withdrawalReason',
          ])
          .where((inner) => inner('k2.child_id', '=', inner.fn.any(visibleOf)))
          .orderBy('k2.recorded_at', 'desc'),
      ).as('consents'),
      jsonObjectFrom(currentPlan(db, eb.ref('f.id'), visibleOf)).as('plan'),
    ])
    .execute();
  const byKey = new Map(rows.map((row) => [row.n, row]));
  return keys.map((_, i) => byKey.get(i + 1));
}

const familyPages = groupedPer((db: Db) => new Grouped<PageKey, Awaited<ReturnType<typeof familyRows>>[number]>((keys) => familyRows(db, keys)));

export async function familyTimeline(ctx: RequestContext, familyId: string) {
  const access = await authorizeFamily(ctx, familyId, 'read');
  return { items: await timeline(ctx.db, { familyId, visibleChildIds: access.visibleChildIds }) };
}

export async function childTimeline(ctx: RequestContext, childId: string) {
  await authorizeChild(ctx, childId, 'read');
  return { items: await timeline(ctx.db, { childId, visibleChildIds: [childId] }) };
}
