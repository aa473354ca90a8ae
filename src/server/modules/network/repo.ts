import { type ExpressionBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { containsPattern } from '../../db/like.js';
import type { AreaKind, Database, OrganisationKind } from '../../db/schema.js';

interface Window {
  limit: number;
  offset: number;
}

export interface AreaFilter {
  kind?: AreaKind;
  parentId?: string;
  query?: string;
}

function filteredAreas(db: DbOrTx, filter: AreaFilter) {
  let q = db.selectFrom('areas');
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.parentId) q = q.where('parent_id', '=', filter.parentId);
  if (filter.query) {
    const pattern = containsPattern(filter.query);
    q = q.where((eb) => eb.or([eb(sql<string>`lower(name)`, 'like', pattern), eb(sql<string>`lower(code)`, 'like', pattern)]));
  }
  return q;
}

export async function listAreas(db: DbOrTx, filter: AreaFilter, window: Window) {
  const [rows, count] = await Promise.all([
    filteredAreas(db, filter).select(['id', 'kind', 'code', 'name', 'parent_id']).orderBy('name').orderBy('id').limit(window.limit).offset(window.offset).execute(),
    filteredAreas(db, filter).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

export async function findArea(db: DbOrTx, id: string) {
  return db.selectFrom('areas').select(['id', 'kind', 'code', 'name', 'parent_id']).where('id', '=', id).executeTakeFirst();
}

export interface OrganisationFilter {
  query?: string;
  kind?: OrganisationKind;
  municipalityId?: string;
  areaId?: string;
}

// An organisation sits in a neighbourhood or directly in a municipality; `place` and `parent` resolve both.
function organisationsWithPlace(db: DbOrTx) {
  return db
    .selectFrom('organisations as o')
    .innerJoin('areas as place', 'place.id', 'o.area_id')
    .leftJoin('areas as parent', 'parent.id', 'place.parent_id');
}

function filteredOrganisations(db: DbOrTx, filter: OrganisationFilter) {
  let q = organisationsWithPlace(db);
  if (filter.query) q = q.where(sql<string>`lower(o.name)`, 'like', containsPattern(filter.query));
  if (filter.kind) q = q.where('o.kind', '=', filter.kind);
  if (filter.municipalityId) {
    const id = filter.municipalityId;
    q = q.where((eb) => eb.or([eb('place.id', '=', id), eb('place.parent_id', '=', id)]));
  }
  if (filter.areaId) q = q.where('o.area_id', '=', filter.areaId);
  return q;
}

const organisationSummaryColumns = [
  'o.id',
  'o.name',
  'o.kind',
  'o.city',
  'place.id as placeId',
  'place.kind as placeKind',
  'place.code as placeCode',
  'place.name as placeName',
  'parent.id as parentId',
  'parent.code as parentCode',
  'parent.name as parentName',
] as const;

export async function listOrganisations(db: DbOrTx, filter: OrganisationFilter, window: Window) {
  const [rows, count] = await Promise.all([
    filteredOrganisations(db, filter).select(organisationSummaryColumns).orderBy(sql`lower(o.name)`).orderBy('o.id').limit(window.limit).offset(window.offset).execute(),
    filteredOrganisations(db, filter).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

export async function findOrganisation(db: DbOrTx, id: string) {
  return organisationsWithPlace(db)
    .select(organisationSummaryColumns)
    .select(['o.agb_code', 'o.brin', 'o.kvk_number', 'o.street_address', 'o.postcode', 'o.phone', 'o.email', 'o.website', 'o.description'])
    .where('o.id', '=', id)
    .executeTakeFirst();
}

export async function membersOf(db: DbOrTx, organisationId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.job_function'])
    .where('m.organisation_id', '=', organisationId)
    .where('u.is_active', '=', true)
    .orderBy(sql`lower(u.name)`)
    .execute();
}

export interface ProfessionalFilter {
  query?: string;
  organisationId?: string;
  organisationKind?: OrganisationKind;
  municipalityId?: string;
  theme?: string;
}

function filteredProfessionals(db: DbOrTx, filter: ProfessionalFilter) {
  let q = db.selectFrom('users as u').where('u.is_active', '=', true);
  if (filter.query) q = q.where(sql<string>`lower(u.name)`, 'like', containsPattern(filter.query));
  if (filter.theme) q = q.where(sql<boolean>`u.themes @> array[${filter.theme}]::text[]`);
  // Every professional in the directory belongs to at least one organisation; the filters narrow which.
  q = q.where((eb: ExpressionBuilder<Database & { u: Database['users'] }, 'u'>) => {
    let member = eb
      .selectFrom('memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .innerJoin('areas as place', 'place.id', 'o.area_id')
      .select('m.user_id')
      .whereRef('m.user_id', '=', 'u.id');
    if (filter.organisationId) member = member.where('o.id', '=', filter.organisationId);
    if (filter.organisationKind) member = member.where('o.kind', '=', filter.organisationKind);
    if (filter.municipalityId) {
      const id = filter.municipalityId;
      member = member.where((inner) => inner.or([inner('place.id', '=', id), inner('place.parent_id', '=', id)]));
    }
    return eb.exists(member);
  });
  return q;
}

export async function listProfessionals(db: DbOrTx, filter: ProfessionalFilter, window: Window) {
  const [rows, count] = await Promise.all([
    filteredProfessionals(db, filter)
      .select(['u.id', 'u.name', 'u.job_function', 'u.themes', 'u.email', 'u.phone'])
      .orderBy(sql`lower(u.name)`)
      .orderBy('u.id')
      .limit(window.limit)
      .offset(window.offset)
      .execute(),
    filteredProfessionals(db, filter).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

export async function findProfessional(db: DbOrTx, id: string) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.name', 'u.job_function', 'u.themes', 'u.email', 'u.phone', 'u.bio'])
    .where('u.id', '=', id)
    .where('u.is_active', '=', true)
    .where((eb) => eb.exists(eb.selectFrom('memberships as m').select('m.user_id').whereRef('m.user_id', '=', 'u.id')))
    .executeTakeFirst();
}

/** The organisations of several professionals in one query (no N+1 on a page of results). */
export async function organisationsOfUsers(db: DbOrTx, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.user_id', 'o.id', 'o.name', 'o.kind'])
    .where('m.user_id', 'in', userIds)
    .orderBy('o.name')
    .execute();
}

export async function distinctThemes(db: DbOrTx) {
  const rows = await db
    .selectFrom(sql<{ theme: string }>`(select distinct unnest(themes) as theme from users where is_active)`.as('t'))
    .select('t.theme')
    .orderBy('t.theme')
    .execute();
  return rows.map((r) => r.theme);
}
