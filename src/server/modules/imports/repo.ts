import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { ImportKind, PopulationAgeBand } from '../../db/schema.js';

interface Window {
  limit: number;
  offset: number;
}

/** Rows per insert statement: arrays through unnest, so one statement shape whatever the file's size. */
const CHUNK = 10_000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

// ---- Lookups for validation ----

export async function areasByCode(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return [];
  return db.selectFrom('areas').select(['id', 'code', 'kind']).where(sql<boolean>`code = any(${codes}::text[])`).execute();
}

export async function organisationsByBrin(db: DbOrTx, brins: string[]) {
  if (brins.length === 0) return [];
  return db.selectFrom('organisations').select(['id', 'brin', 'kind']).where(sql<boolean>`brin = any(${brins}::text[])`).execute();
}

// ---- The import log ----

export interface LogEntry {
  kind: ImportKind;
  fileName: string | null;
  byteSize: number;
  rowCount: number;
  status: 'accepted' | 'refused';
  errorCode?: string | null;
  errorDetail?: string | null;
  importedBy: string | null;
  importedAt: Date;
}

export async function insertLogEntry(db: DbOrTx, entry: LogEntry): Promise<string> {
  const row = await db
    .insertInto('imports')
    .values({
      kind: entry.kind,
      file_name: entry.fileName,
      byte_size: entry.byteSize,
      row_count: entry.rowCount,
      status: entry.status,
      error_code: entry.errorCode ?? null,
      error_detail: entry.errorDetail ?? null,
      imported_by: entry.importedBy,
      imported_at: entry.importedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface LogFilter {
  kind?: ImportKind;
  status?: 'accepted' | 'refused';
}

export async function listLog(db: DbOrTx, filter: LogFilter, window: Window) {
  let q = db.selectFrom('imports as i');
  if (filter.kind) q = q.where('i.kind', '=', filter.kind);
  if (filter.status) q = q.where('i.status', '=', filter.status);
  const [rows, total] = await Promise.all([
    q
      .leftJoin('users as u', 'u.id', 'i.imported_by')
      .select(['i.id', 'i.kind', 'i.file_name', 'i.byte_size', 'i.row_count', 'i.status', 'i.error_code', 'i.error_detail', 'i.imported_by', 'u.name as imported_by_name', 'i.imported_at'])
      .orderBy('i.imported_at', 'desc')
      .orderBy('i.id', 'desc')
      .limit(window.limit)
      .offset(window.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

// ---- Writing the figures: a row whose key exists replaces it ----

export interface PopulationRow {
  municipalityId: string;
  year: number;
  ageBand: PopulationAgeBand;
  count: number;
}

export async function upsertPopulation(db: DbOrTx, rows: PopulationRow[], importId: string) {
  for (const part of chunks(rows)) {
    await sql`
      insert into population (municipality_id, year, age_band, count, import_id)
      select municipality_id, year, age_band, count, ${importId}::uuid
        from unnest(${part.map((r) => r.municipalityId)}::uuid[], ${part.map((r) => r.year)}::int[], ${part.map((r) => r.ageBand)}::text[], ${part.map((r) => r.count)}::int[])
          as t (municipality_id, year, age_band, count)
      on conflict (municipality_id, year, age_band) do update set count = excluded.count, import_id = excluded.import_id
    `.execute(db);
  }
}

export interface AssessmentRow {
  schoolId: string;
  pupilPseudonym: string;
  assessedOn: string;
  group: number;
  sufficient: boolean;
}

export async function upsertAssessments(db: DbOrTx, rows: AssessmentRow[], importId: string) {
  for (const part of chunks(rows)) {
    await sql`
      insert into literacy_assessments (school_id, pupil_pseudonym, assessed_on, school_group, sufficient, import_id)
      select school_id, pupil_pseudonym, assessed_on, school_group, sufficient, ${importId}::uuid
        from unnest(${part.map((r) => r.schoolId)}::uuid[], ${part.map((r) => r.pupilPseudonym)}::text[], ${part.map((r) => r.assessedOn)}::date[],
                    ${part.map((r) => r.group)}::int[], ${part.map((r) => r.sufficient)}::boolean[])
          as t (school_id, pupil_pseudonym, assessed_on, school_group, sufficient)
      on conflict (school_id, pupil_pseudonym, assessed_on)
        do update set school_group = excluded.school_group, sufficient = excluded.sufficient, import_id = excluded.import_id
    `.execute(db);
  }
}

export interface PublishedRow {
  indicatorCode: string;
  areaId: string;
  period: string;
  value: number;
  source: string;
}

export async function upsertPublished(db: DbOrTx, rows: PublishedRow[], importId: string) {
  for (const part of chunks(rows)) {
    await sql`
      insert into published_figures (indicator_code, area_id, period, value, source, import_id)
      select indicator_code, area_id, period, value, source, ${importId}::uuid
        from unnest(${part.map((r) => r.indicatorCode)}::text[], ${part.map((r) => r.areaId)}::uuid[], ${part.map((r) => r.period)}::text[],
                    ${part.map((r) => String(r.value))}::numeric[], ${part.map((r) => r.source)}::text[])
          as t (indicator_code, area_id, period, value, source)
      on conflict (indicator_code, area_id, period) do update set value = excluded.value, source = excluded.source, import_id = excluded.import_id
    `.execute(db);
  }
}
