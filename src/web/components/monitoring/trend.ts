import type { TFunction } from 'i18next';
import type { IndicatorValue, ResultAgreement } from '../../api/monitoring';
import type { Figures } from './figures';
import type { ReferenceLine, TrendPoint } from './TrendChart';

/** One item per period (the answer may leave out a period without figures), oldest first. */
export function byPeriod(items: readonly IndicatorValue[], periods: readonly string[]): Map<string, IndicatorValue> {
  const map = new Map<string, IndicatorValue>();
  for (const item of items) if (periods.includes(item.period) && !map.has(item.period)) map.set(item.period, item);
  return map;
}

export function trendPoints(items: Map<string, IndicatorValue>, periods: readonly string[]): TrendPoint[] {
  return periods.map((period) => {
    const item = items.get(period);
    const shown = item && !item.suppressed;
    return { period, value: shown ? (item.value ?? null) : null, lower: shown ? (item.lower ?? null) : null, upper: shown ? (item.upper ?? null) : null };
  });
}

const yearOf = (day: string) => day.slice(0, 4);

/** The agreement's target (dashed) and, on the large chart, its baseline (dotted), labelled in words. */
export function referenceLines(agreement: ResultAgreement | undefined, unit: string, figures: Figures, t: TFunction, withBaseline: boolean): ReferenceLine[] {
  if (!agreement) return [];
  const lines: ReferenceLine[] = [
    { value: agreement.target.value, style: 'target', label: t('monitoring.target.line', { value: figures.compact(agreement.target.value, unit), year: yearOf(agreement.target.on) }) },
  ];
  if (withBaseline) {
    lines.push({ value: agreement.baseline.value, style: 'baseline', label: t('monitoring.target.baselineLine', { value: figures.compact(agreement.baseline.value, unit), year: yearOf(agreement.baseline.on) }) });
  }
  return lines;
}

/** The chart in words: every year's figure and the lines drawn, for people who cannot see the picture. */
export function trendSummary(
  args: { indicator: string; area: string; periods: readonly string[]; items: Map<string, IndicatorValue>; unit: string; lines: ReferenceLine[] },
  figures: Figures,
  t: TFunction,
): string {
  const values = args.periods.map((period) => `${period}: ${figures.itemText(args.items.get(period), args.unit)}`).join(', ');
  const text = t('monitoring.chart.summary', { indicator: args.indicator, area: args.area, from: args.periods[0], to: args.periods.at(-1), values });
  return [text, ...args.lines.map((line) => `${line.label.charAt(0).toUpperCase()}${line.label.slice(1)}.`)].join(' ');
}

/** The agreement that holds for a unit on an indicator: its own, else the nearest area above it. */
export function nearestAgreement(agreements: readonly ResultAgreement[], code: string): ResultAgreement | undefined {
  return agreements.find((a) => a.indicator.code === code);
}

export const yearOfDay = yearOf;
