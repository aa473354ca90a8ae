import { lazy, Suspense } from 'react';

export interface TrendPoint {
  period: string;
  /** null: secret or no figure (a gap in the line). */
  value: number | null;
  lower: number | null;
  upper: number | null;
}

export interface ReferenceLine {
  value: number;
  /** Written on the line, e.g. "streefwaarde 85% in 2028". */
  label: string;
  style: 'target' | 'baseline';
}

export interface TrendChartProps {
  points: TrendPoint[];
  lines: ReferenceLine[];
  size: 'small' | 'large';
  /** Draw the 95% interval as a band (large chart). */
  showBand?: boolean;
  /** Values are percentages: the axis stays within 0 to 100. */
  percent?: boolean;
  seriesName: string;
}

const EChartsTrend = lazy(() => import('./EChartsTrend'));

/**
 * A trend over the years as a picture, with its text alternative: for assistive technology the picture is one
 * image whose label says every value and the reference lines (`summary`); the tables on the indicator page
 * give the same figures. ECharts is loaded on first use.
 */
export function TrendChart({ summary, ...chart }: TrendChartProps & { summary: string }) {
  return (
    <div className={`dichtbij-trend dichtbij-trend--${chart.size}`} role="img" aria-label={summary}>
      <Suspense fallback={<div className={`dichtbij-trend__canvas dichtbij-trend__canvas--${chart.size}`} />}>
        <EChartsTrend {...chart} />
      </Suspense>
    </div>
  );
}
