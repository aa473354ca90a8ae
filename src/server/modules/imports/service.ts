import type { Tx } from '../../db/database.js';
import { POPULATION_AGE_BANDS, type ImportKind, type PopulationAgeBand } from '../../db/schema.js';
import { type RequestContext, requireActor } from '../../platform/context.js';
import { translate } from '../../platform/i18n.js';
import type { Language } from '../../platform/messages.js';
import { type Page, paged } from '../../platform/paging.js';
import { Problem } from '../../platform/problems.js';
import { containsBsnLikeNumber } from '../learning/service.js';
import { isIndicatorCode } from '../results/service.js';
import { type CsvIssue, CsvRefusal, type CsvRow, IssueList, PERIOD, isCount, shown, isDay, isYear, parseNumber, parseYesNo, readCsv } from './csv.js';
import * as repo from './repo.js';

/*
 * Imports of figures from outside: CBS youth population (the denominator of every rate), literacy assessments as
 * schools report them, and published figures to compare with. A file is taken whole or not at all; every file,
 * taken or refused, is in the import log with who sent it.
 */

export const POPULATION_HEADER = ['municipalityCode', 'ageBand', 'year', 'count'] as const;
export const ASSESSMENT_HEADER = ['brin', 'pupilPseudonym', 'date', 'group', 'sufficient'] as const;
export const PUBLISHED_HEADER = ['indicatorCode', 'areaCode', 'period', 'value', 'source'] as const;

export interface ImportMeta {
  /** From the Content-Disposition header or the fileName query parameter, when sent. */
  fileName?: string | null;
  /** The size of the file as received; the UTF-8 length of the text when not given. */
  byteSize?: number;
}

export interface ImportResult {
  id: string;
  rows: number;
}

// ---- Problems ----

/** One line of explanation for an issue: "Regel 3, kolom count: het aantal moet ...". */
export function describeIssue(language: Language, issue: CsvIssue): string {
  const reason = translate(language, issue.reason, issue.values);
  if (issue.line === null) return reason;
  return issue.column
    ? translate(language, 'import.at-line-column', { line: issue.line, column: issue.column, reason })
    : translate(language, 'import.at-line', { line: issue.line, reason });
}

function detailOf(language: Language, refusal: CsvRefusal): string {
  const first = describeIssue(language, refusal.issues[0]!);
  const more = refusal.issueCount - 1;
  return more > 0 ? translate(language, 'import.more-issues', { first, more }) : first;
}

function toProblem(language: Language, refusal: CsvRefusal): Problem {
  return new Problem(refusal.status, refusal.code, 'import.detail', {
    values: { detail: detailOf(language, refusal) },
    invalidParams: refusal.issues.map((issue) => ({
      name: issue.line === null ? 'file' : issue.column ? `line ${issue.line} / ${issue.column}` : `line ${issue.line}`,
      code: issue.code,
      reason: issue.reason,
      values: issue.values,
    })),
  });
}

/** The refusal in the import log and the audit trail, committed on its own: the import itself wrote nothing. */
export async function recordRefusal(ctx: RequestContext, kind: ImportKind, meta: ImportMeta & { byteSize: number }, refusal: CsvRefusal): Promise<Problem> {
  const actor = requireActor(ctx);
  await ctx.transaction(async (tx) => {
    const id = await repo.insertLogEntry(tx, {
      kind,
      fileName: meta.fileName ?? null,
      byteSize: meta.byteSize,
      rowCount: refusal.rowCount,
      status: 'refused',
      errorCode: refusal.code,
      // The log is read by Dutch staff: always the Dutch text, whatever language the caller asked for.
      errorDetail: detailOf('nl', refusal),
      importedBy: actor.userId,
      importedAt: ctx.now(),
    });
    await ctx.audit({ resource: 'import', resourceId: id, action: 'import', outcome: 'denied', context: { kind, fileName: meta.fileName ?? null, reason: refusal.code, issues: refusal.issueCount } }, tx);
  });
  return toProblem(ctx.language, refusal);
}

/**
 * Reads, checks and writes one file: any issue and nothing is written (the refusal is logged); otherwise the
 * rows, the log entry and the audit entry commit together.
 */
async function runImport<T>(
  ctx: RequestContext,
  kind: ImportKind,
  csv: string,
  meta: ImportMeta,
  header: readonly string[],
  check: (rows: CsvRow[], issues: IssueList) => Promise<T[]>,
  write: (tx: Tx, rows: T[], importId: string) => Promise<void>,
): Promise<ImportResult> {
  const actor = requireActor(ctx);
  const byteSize = meta.byteSize ?? Buffer.byteLength(csv, 'utf8');
  let rows: T[];
  try {
    const lines = readCsv(csv, header);
    const issues = new IssueList();
    rows = await check(lines, issues);
    if (!issues.isEmpty) throw issues.refusal(lines.length);
  } catch (error) {
    if (error instanceof CsvRefusal) throw await recordRefusal(ctx, kind, { ...meta, byteSize }, error);
    throw error;
  }
  return ctx.transaction(async (tx) => {
    const id = await repo.insertLogEntry(tx, {
      kind,
      fileName: meta.fileName ?? null,
      byteSize,
      rowCount: rows.length,
      status: 'accepted',
      importedBy: actor.userId,
      importedAt: ctx.now(),
    });
    await write(tx, rows, id);
    await ctx.audit({ resource: 'import', resourceId: id, action: 'import', outcome: 'allowed', context: { kind, fileName: meta.fileName ?? null, rows: rows.length } }, tx);
    return { id, rows: rows.length };
  });
}

/** Remembers the first line of each key, so a repeated key names both lines. */
function duplicateGuard(issues: IssueList, reason: 'import.duplicate-population' | 'import.duplicate-assessment' | 'import.duplicate-published') {
  const seen = new Map<string, number>();
  return (key: string, line: number): boolean => {
    const first = seen.get(key);
    if (first !== undefined) {
      issues.add({ line, column: null, code: 'duplicate', reason, values: { first } });
      return true;
    }
    seen.set(key, line);
    return false;
  };
}

// ---- Population ----

export async function importPopulation(ctx: RequestContext, csv: string, meta: ImportMeta = {}): Promise<ImportResult> {
  return runImport(ctx, 'population', csv, meta, POPULATION_HEADER, async (lines, issues) => {
    const codes = [...new Set(lines.map((l) => l.fields.municipalityCode!.toUpperCase()))];
    const areas = new Map((await repo.areasByCode(ctx.db, codes)).map((a) => [a.code, a]));
    const isDuplicate = duplicateGuard(issues, 'import.duplicate-population');
    const rows: repo.PopulationRow[] = [];
    for (const { line, fields } of lines) {
      const code = fields.municipalityCode!.toUpperCase();
      const area = areas.get(code);
      let ok = true;
      const fail = (column: string, issueCode: string, reason: CsvIssue['reason'], values?: Record<string, unknown>) => {
        issues.add({ line, column, code: issueCode, reason, values });
        ok = false;
      };
      if (!/^GM\d{4}$/.test(code)) fail('municipalityCode', 'format', 'import.municipality-format');
      else if (!area) fail('municipalityCode', 'unknown-municipality', 'import.unknown-municipality', { code: shown(code) });
      else if (area.kind !== 'municipality') fail('municipalityCode', 'not-a-municipality', 'import.not-a-municipality', { code: shown(code) });
      if (!(POPULATION_AGE_BANDS as readonly string[]).includes(fields.ageBand!)) fail('ageBand', 'age-band', 'import.age-band');
      if (!isYear(fields.year!)) fail('year', 'year', 'import.year');
      if (!isCount(fields.count!)) fail('count', 'count', 'import.count');
      if (isDuplicate(`${code}|${fields.year}|${fields.ageBand}`, line) || !ok) continue;
      rows.push({ municipalityId: area!.id, year: Number(fields.year), ageBand: fields.ageBand as PopulationAgeBand, count: Number(fields.count) });
    }
    return rows;
  }, (tx, rows, id) => repo.upsertPopulation(tx, rows, id));
}

// ---- Literacy assessments ----

const PSEUDONYM_MAX = 64;

export async function importAssessments(ctx: RequestContext, csv: string, meta: ImportMeta = {}): Promise<ImportResult> {
  return runImport(ctx, 'assessments', csv, meta, ASSESSMENT_HEADER, async (lines, issues) => {
    const brins = [...new Set(lines.map((l) => l.fields.brin!.toUpperCase()))];
    const byBrin = new Map<string, { id: string; kind: string }[]>();
    for (const o of await repo.organisationsByBrin(ctx.db, brins)) byBrin.set(o.brin!, [...(byBrin.get(o.brin!) ?? []), o]);
    const isDuplicate = duplicateGuard(issues, 'import.duplicate-assessment');
    const rows: repo.AssessmentRow[] = [];
    for (const { line, fields } of lines) {
      const brin = fields.brin!.toUpperCase();
      const pupil = fields.pupilPseudonym!;
      let ok = true;
      const fail = (column: string, issueCode: string, reason: CsvIssue['reason'], values?: Record<string, unknown>) => {
        issues.add({ line, column, code: issueCode, reason, values });
        ok = false;
      };
      const schools = (byBrin.get(brin) ?? []).filter((o) => o.kind === 'school' || o.kind === 'ikc');
      if (!/^[0-9A-Z]{4}([0-9]{2})?$/.test(brin)) fail('brin', 'format', 'import.brin-format');
      else if (!byBrin.has(brin)) fail('brin', 'unknown-school', 'import.unknown-brin', { brin: shown(brin) });
      else if (schools.length === 0) fail('brin', 'not-a-school', 'import.brin-not-a-school', { brin });
      else if (schools.length > 1) fail('brin', 'ambiguous-school', 'import.brin-ambiguous', { brin });
      // A school never sends a BSN: refused whether it stands alone or hides in a longer code.
      if (pupil.length === 0 || pupil.length > PSEUDONYM_MAX) fail('pupilPseudonym', 'pseudonym-length', 'import.pseudonym-length', { maximum: PSEUDONYM_MAX });
      else if (containsBsnLikeNumber(pupil)) fail('pupilPseudonym', 'bsn', 'import.pseudonym-bsn');
      if (!isDay(fields.date!)) fail('date', 'date', 'import.date');
      if (!/^[1-8]$/.test(fields.group!)) fail('group', 'group', 'import.group');
      const sufficient = parseYesNo(fields.sufficient!);
      if (sufficient === undefined) fail('sufficient', 'yes-no', 'import.yes-no');
      if (isDuplicate(`${brin}|${pupil}|${fields.date}`, line) || !ok) continue;
      rows.push({ schoolId: schools[0]!.id, pupilPseudonym: pupil, assessedOn: fields.date!, group: Number(fields.group), sufficient: sufficient! });
    }
    return rows;
  }, (tx, rows, id) => repo.upsertAssessments(tx, rows, id));
}

// ---- Published figures ----

const SOURCE_MAX = 200;

export async function importPublished(ctx: RequestContext, csv: string, meta: ImportMeta = {}): Promise<ImportResult> {
  return runImport(ctx, 'published', csv, meta, PUBLISHED_HEADER, async (lines, issues) => {
    const codes = [...new Set(lines.map((l) => l.fields.areaCode!))];
    const areas = new Map((await repo.areasByCode(ctx.db, codes)).map((a) => [a.code, a]));
    const isDuplicate = duplicateGuard(issues, 'import.duplicate-published');
    const rows: repo.PublishedRow[] = [];
    for (const { line, fields } of lines) {
      let ok = true;
      const fail = (column: string, issueCode: string, reason: CsvIssue['reason'], values?: Record<string, unknown>) => {
        issues.add({ line, column, code: issueCode, reason, values });
        ok = false;
      };
      const indicator = fields.indicatorCode!.toUpperCase();
      const area = areas.get(fields.areaCode!);
      const value = parseNumber(fields.value!);
      if (!isIndicatorCode(indicator)) fail('indicatorCode', 'unknown-indicator', 'import.unknown-indicator', { code: shown(fields.indicatorCode!) });
      if (!area) fail('areaCode', 'unknown-area', 'import.unknown-area', { code: shown(fields.areaCode!) });
      if (!PERIOD.test(fields.period!)) fail('period', 'period', 'import.period');
      if (value === undefined) fail('value', 'number', 'import.number');
      if (fields.source!.length === 0 || fields.source!.length > SOURCE_MAX) fail('source', 'source', 'import.source', { maximum: SOURCE_MAX });
      if (isDuplicate(`${indicator}|${fields.areaCode}|${fields.period}`, line) || !ok) continue;
      rows.push({ indicatorCode: indicator, areaId: area!.id, period: fields.period!, value: value!, source: fields.source! });
    }
    return rows;
  }, (tx, rows, id) => repo.upsertPublished(tx, rows, id));
}

// ---- The import log ----

export async function listImports(ctx: RequestContext, filter: repo.LogFilter, page: Page) {
  const { rows, total } = await repo.listLog(ctx.db, filter, page);
  return paged(
    rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      fileName: r.file_name,
      byteSize: r.byte_size,
      rows: r.row_count,
      status: r.status,
      errorCode: r.error_code,
      errorDetail: r.error_detail,
      importedBy: r.imported_by ? { id: r.imported_by, name: r.imported_by_name ?? '' } : null,
      importedAt: r.imported_at.toISOString(),
    })),
    total,
    page,
  );
}
