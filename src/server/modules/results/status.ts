import { daysBetween } from '../../platform/dates.js';

/*
 * The status of a result agreement, computed from figures and never typed in. The expected value follows the
 * straight line from the baseline (value, date) to the target (value, date); before the baseline it is the
 * baseline, after the target date the target. The current value is compared with the expected value on the last
 * day of its period, in the agreement's direction.
 */

export type Direction = 'higher' | 'lower';
export type AgreementStatus = 'on-track' | 'at-risk' | 'off-track' | 'unknown';

export interface AgreementLine {
  baseline: { value: number; on: string };
  target: { value: number; on: string };
  direction: Direction;
}

/** The last day of a period: `2025` → 2025-12-31, `2025-Q2` → 2025-06-30, `2025-02` → 2025-02-28. */
export function periodEnd(period: string): string {
  const year = Number(period.slice(0, 4));
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  const month = quarter ? Number(quarter[1]) * 3 : /^\d{4}-(\d{2})$/.test(period) ? Number(period.slice(5, 7)) : 12;
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The value the straight line from baseline to target expects on `day`, held at either end. */
export function expectedOn(line: AgreementLine, day: string): number {
  const span = daysBetween(line.baseline.on, line.target.on);
  const fraction = Math.min(1, Math.max(0, daysBetween(line.baseline.on, day) / span));
  return line.baseline.value + (line.target.value - line.baseline.value) * fraction;
}

// Values come from sums and divisions: a difference this small is equality, not a step behind.
const EPSILON = 1e-9;

/** Whether `a` is at least as good as `b` in the agreement's direction. */
export function atLeastAsGood(direction: Direction, a: number, b: number): boolean {
  return direction === 'higher' ? a >= b - EPSILON : a <= b + EPSILON;
}

/**
 * on-track: the current value is at least as good as the line expects at the end of its period;
 * at-risk: behind the line but at least as good as the baseline; off-track: worse than the baseline;
 * unknown: no usable current value.
 */
export function agreementStatus(line: AgreementLine, current: { value: number; period: string } | null): { status: AgreementStatus; expected: number | null } {
  if (!current) return { status: 'unknown', expected: null };
  const expected = expectedOn(line, periodEnd(current.period));
  if (atLeastAsGood(line.direction, current.value, expected)) return { status: 'on-track', expected };
  if (atLeastAsGood(line.direction, current.value, line.baseline.value)) return { status: 'at-risk', expected };
  return { status: 'off-track', expected };
}

/** A target that moves the wrong way from the baseline for the direction (a 'lower' agreement aiming higher). */
export function contradictsDirection(line: AgreementLine): boolean {
  return line.direction === 'higher' ? line.target.value < line.baseline.value : line.target.value > line.baseline.value;
}
