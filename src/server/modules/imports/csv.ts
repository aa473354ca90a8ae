import { CsvError, parse } from 'csv-parse/sync';
import type { MessageKey } from '../../platform/messages.js';

/*
 * Reading an import file: csv-parse does the CSV (quotes, line endings, a byte order mark); this file turns what
 * it finds into issues that name the line as numbered in the file (the header is line 1) and the column.
 */

/** One thing wrong with a file: where (line, column) and why (a message key with its values). */
export interface CsvIssue {
  /** As numbered in the file (the header is line 1); null for the file as a whole (empty, too large). */
  line: number | null;
  column: string | null;
  code: string;
  reason: MessageKey;
  values?: Record<string, unknown>;
}

/** A file refused as a whole: empty, not UTF-8, too large, or with issues on its lines. */
export class CsvRefusal extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly code: 'csv-invalid' | 'csv-empty' | 'csv-encoding' | 'csv-too-large',
    /** The issues in line order; for csv-invalid at least one. */
    readonly issues: CsvIssue[],
    /** How many issues there were in all (`issues` keeps the first MAX_ISSUES). */
    readonly issueCount: number = issues.length,
    /** Data lines found, for the import log. */
    readonly rowCount = 0,
  ) {
    super(code);
  }
}

/** Enough to fix a file in one go without answering megabytes of problems for a file in the wrong format. */
export const MAX_ISSUES = 100;

export interface CsvRow {
  /** The line the row starts on, as numbered in the file (the header is line 1). */
  line: number;
  fields: Record<string, string>;
}

/** Collects issues, keeping the first MAX_ISSUES and counting the rest. */
export class IssueList {
  readonly issues: CsvIssue[] = [];
  count = 0;
  add(issue: CsvIssue) {
    this.count++;
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
  }
  get isEmpty() {
    return this.count === 0;
  }
  refusal(rowCount: number) {
    const sorted = [...this.issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return new CsvRefusal(400, 'csv-invalid', sorted, this.count, rowCount);
  }
}

/** A value from the file as quoted back in a message: never a whole line of someone's file. */
export const shown = (value: string, max = 60) => (value.length > max ? `${value.slice(0, max)}…` : value);

const OTHER_DELIMITERS: [string, string][] = [[';', 'semicolon'], ['\t', 'tab'], ['|', 'pipe']];

/** When a line came through as one field holding another separator, the file uses the wrong delimiter. */
function wrongDelimiter(fields: string[]): string | undefined {
  if (fields.length !== 1) return undefined;
  return OTHER_DELIMITERS.find(([char]) => fields[0]!.includes(char))?.[1];
}

/**
 * Parses CSV text whose first line must be exactly `header`. Returns the data rows with their line numbers, or
 * throws a CsvRefusal listing every line with the wrong number of columns or a wrong delimiter.
 */
export function readCsv(text: string, header: readonly string[]): CsvRow[] {
  const empty = { line: null, column: null, code: 'empty', reason: 'import.empty' as const, values: { header: header.join(',') } };
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new CsvRefusal(400, 'csv-empty', [empty]);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it was found.
    records = parse(text, {
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = Number((error as unknown as { lines?: number }).lines) || 1;
    const reason: MessageKey = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'import.quote-not-closed' : 'import.not-csv';
    throw new CsvRefusal(400, 'csv-invalid', [{ line, column: null, code: 'csv-syntax', reason, values: { code: error.code } }]);
  }
  // A record's info gives the line it ends on; a quoted field may span lines.
  const startLine = (r: { record: string[]; info: { lines: number } }) => r.info.lines - r.record.reduce((n, f) => n + countNewlines(f), 0);

  const [first, ...data] = records;
  const issues = new IssueList();
  const found = first!.record;
  const delimiter = wrongDelimiter(found);
  if (delimiter) {
    issues.add({ line: startLine(first!), column: null, code: 'delimiter', reason: `import.delimiter-${delimiter}` as MessageKey, values: { header: header.join(',') } });
    throw issues.refusal(data.length);
  }
  if (found.length !== header.length || found.some((name, i) => name !== header[i])) {
    issues.add({ line: startLine(first!), column: null, code: 'header', reason: 'import.header', values: { expected: header.join(','), found: shown(found.join(','), 200) } });
    throw issues.refusal(data.length);
  }
  if (data.length === 0) throw new CsvRefusal(400, 'csv-empty', [{ ...empty, reason: 'import.no-rows' }]);

  const rows: CsvRow[] = [];
  for (const r of data) {
    const line = startLine(r);
    const other = wrongDelimiter(r.record);
    if (other) {
      issues.add({ line, column: null, code: 'delimiter', reason: `import.delimiter-${other}` as MessageKey, values: { header: header.join(',') } });
    } else if (r.record.length !== header.length) {
      issues.add({ line, column: null, code: 'column-count', reason: 'import.column-count', values: { found: r.record.length, expected: header.length, header: header.join(',') } });
    } else {
      const fields: Record<string, string> = {};
      header.forEach((name, i) => (fields[name] = r.record[i]!));
      rows.push({ line, fields });
    }
  }
  if (!issues.isEmpty) throw issues.refusal(data.length);
  return rows;
}

function countNewlines(field: string): number {
  let n = 0;
  for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) n++;
  return n;
}

// ---- Field rules, shared by the three kinds of file ----

export const isDay = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

export const isYear = (value: string): boolean => /^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= 2200;

/** A whole number of 0 or more that fits a PostgreSQL integer. */
export const isCount = (value: string): boolean => /^\d{1,10}$/.test(value) && Number(value) <= 2_147_483_647;

/** A decimal number with a point (or a comma, when quoted: "12,5"). */
export const parseNumber = (value: string): number | undefined => (/^-?\d{1,15}([.,]\d{1,10})?$/.test(value) ? Number(value.replace(',', '.')) : undefined);

export const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

const YES = new Set(['ja', 'true', '1']);
const NO = new Set(['nee', 'false', '0']);
export function parseYesNo(value: string): boolean | undefined {
  const v = value.toLowerCase();
  return YES.has(v) ? true : NO.has(v) ? false : undefined;
}
