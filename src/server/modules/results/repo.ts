import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { Direction } from './status.js';

interface Window {
  limit: number;
  offset: number;
}

export async function areaByCode(db: DbOrTx, code: string) {
  return db.selectFrom('areas').select(['id', 'code', 'name', 'kind']).where('code', '=', code).executeTakeFirst();
}

/** Each area with itself and every area above it (municipality → region → province → country). */
export async function ancestorsOf(db: DbOrTx, areaIds: string[]): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>();
  if (areaIds.length === 0) return result;
  const rows = await sql<{ start: string; id: string }>`
    with recursive up (start, id, parent_id) as (
      select id, id, parent_id from areas where id = any(${[...new Set(areaIds)]}::uuid[])
      union all
      select up.start, a.id, a.parent_id from up join areas a on a.id = up.parent_id
    )
    select start, id from up
  `.execute(db);
  for (const row of rows.rows) {
    const set = result.get(row.start) ?? new Set<string>();
    set.add(row.id);
    result.set(row.start, set);
  }
  return result;
}

function agreements(db: DbOrTx) {
  return db
    .selectFrom('result_agreements as r')
    .innerJoin('areas as a', 'a.id', 'r.area_id')
    .leftJoin('programmes as p', 'p.id', 'r.programme_id')
    .select([
      'r.id', 'r.indicator_code', 'r.area_id', 'a.code as area_code', 'a.name as area_name', 'a.kind as area_kind',
      'r.programme_id', 'p.name as programme_name', 'p.lead_organisation_id as programme_lead_organisation_id',
      'r.baseline_value', 'r.baseline_on', 'r.target_value', 'r.target_on', 'r.direction', 'r.agreed_by', 'r.note',
    ]);
}

export type AgreementRow = NonNullable<Awaited<ReturnType<typeof findAgreement>>>;

export async function findAgreement(db: DbOrTx, id: string) {
  return agreements(db).where('r.id', '=', id).executeTakeFirst();
}

export interface AgreementFilter {
  areaCode?: string;
  programmeId?: string;
  indicatorCode?: string;
}

export async function listAgreements(db: DbOrTx, filter: AgreementFilter, window: Window) {
  let q = db.selectFrom('result_agreements as r').innerJoin('areas as a', 'a.id', 'r.area_id');
  if (filter.areaCode) q = q.where('a.code', '=', filter.areaCode);
  if (filter.programmeId) q = q.where('r.programme_id', '=', filter.programmeId);
  if (filter.indicatorCode) q = q.where('r.indicator_code', '=', filter.indicatorCode);
  const [ids, total] = await Promise.all([
    q.select('r.id').orderBy('a.name').orderBy('r.indicator_code').orderBy('r.target_on').orderBy('r.id').limit(window.limit).offset(window.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  if (ids.length === 0) return { rows: [], total: Number(total.n) };
  const rows = await agreements(db).where('r.id', 'in', ids.map((r) => r.id)).execute();
  const order = new Map(ids.map((r, i) => [r.id, i]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { rows, total: Number(total.n) };
}

export interface AgreementValues {
  indicatorCode: string;
  areaId: string;
  programmeId: string | null;
  baselineValue: number;
  baselineOn: string;
  targetValue: number;
  targetOn: string;
  direction: Direction;
  agreedBy: string;
  note: string | null;
}

const columns = (v: AgreementValues) => ({
  indicator_code: v.indicatorCode,
  area_id: v.areaId,
  programme_id: v.programmeId,
  baseline_value: v.baselineValue,
  baseline_on: v.baselineOn,
  target_value: v.targetValue,
  target_on: v.targetOn,
  direction: v.direction,
  agreed_by: v.agreedBy,
  note: v.note,
});

export async function insertAgreement(db: DbOrTx, values: AgreementValues, createdBy: string, at: Date): Promise<string> {
  const row = await db
    .insertInto('result_agreements')
    .values({ ...columns(values), created_by: createdBy, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAgreement(db: DbOrTx, id: string, values: AgreementValues, at: Date) {
  await db.updateTable('result_agreements').set({ ...columns(values), updated_at: at }).where('id', '=', id).execute();
}

export async function deleteAgreement(db: DbOrTx, id: string) {
  await db.deleteFrom('result_agreements').where('id', '=', id).execute();
}
