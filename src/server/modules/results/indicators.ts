import type { DbOrTx } from '../../db/database.js';
import { INDICATORS } from '../monitoring/definitions.js';
import { indicatorValues } from '../monitoring/answers.js';
import { Problem } from '../../platform/problems.js';

/*
 * The one bridge from result agreements (and the published-figures import) to the indicator engine in
 * modules/monitoring: which indicators exist, what they are called, and an indicator's yearly values for an
 * area under disclosure control. Nothing else in this module or in modules/imports reads the engine.
 */

/** The standard indicators of DOMAIN.md §5 with their Dutch names (to be taken from the engine's INDICATORS). */
export const INDICATOR_NAMES: Readonly<Record<string, string>> = Object.fromEntries(INDICATORS.map((i) => [i.code, i.name]));

export const INDICATOR_CODES: readonly string[] = Object.keys(INDICATOR_NAMES);

export const isIndicatorCode = (code: string): boolean => Object.hasOwn(INDICATOR_NAMES, code);

export const indicatorName = (code: string): string => INDICATOR_NAMES[code] ?? code;

export interface YearValue {
  period: string;
  value: number | null;
  suppressed: boolean;
}

/**
 * The indicator's value for the area in each of the given years (`'2025'`), as anyone without case access would
 * see it: under disclosure control, so a value may be suppressed. Years the engine has no figure for are left out.
 */
export async function yearValues(db: DbOrTx, code: string, areaCode: string, years: string[]): Promise<YearValue[]> {
  let items;
  try {
    ({ items } = (await indicatorValues(db, { code, area: areaCode, periods: years })).answer);
  } catch (error) {
    // A year not computed yet, or a level the indicator is not published at: no figure, status unknown.
    if (error instanceof Problem) return [];
    throw error;
  }
  return items.map((i) => ({ period: i.period, value: i.suppressed ? null : (i.value ?? null), suppressed: i.suppressed }));
}
