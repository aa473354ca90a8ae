/**
 * The trend line drawn with Apache ECharts. Only the parts used are imported (line chart, grid, mark lines,
 * SVG renderer; no tooltip: the large chart writes its values at the points and the tables hold them all), and
 * this file is loaded lazily (see TrendChart.tsx), so ECharts never weighs on pages without a chart. Readable
 * without colour: the value line is solid with round markers and its numbers written at the points (large), the
 * target is dashed and the baseline dotted, each with a text label on the line.
 */

import { LineChart, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption, MarkLineComponent, type MarkLineComponentOption } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { locale } from '../../i18n';
import type { TrendChartProps } from './TrendChart';

use([LineChart, GridComponent, MarkLineComponent, SVGRenderer]);

type Option = ComposeOption<LineSeriesOption | GridComponentOption | MarkLineComponentOption>;

// ECharts draws in SVG and cannot read CSS custom properties: the design tokens' values, written out.
const BRAND = '#24578f';
const BAND = 'rgba(36, 87, 143, 0.16)';
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const GRID = '#d9d9d9';

/** A round step giving about `ticks` intervals over the span: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(span: number, ticks: number): number {
  const raw = Math.max(span, 1e-9) / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normal = raw / magnitude;
  const factor = normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10;
  return factor * magnitude;
}

/** A range on round numbers that holds every value, interval bound and reference line, with a little room. */
function axisRange(numbers: number[], percent: boolean, ticks: number): { min: number; max: number; interval: number } {
  if (numbers.length === 0) return { min: 0, max: percent ? 100 : 1, interval: percent ? 25 : 0.5 };
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const room = Math.max((high - low) * 0.1, Math.abs(high) * 0.02, percent ? 1 : 0.5);
  const interval = niceStep(high - low + 2 * room, ticks);
  let min = Math.floor((low - room) / interval) * interval;
  let max = Math.ceil((high + room) / interval) * interval;
  if (low >= 0) min = Math.max(0, min);
  if (percent && high <= 100) max = Math.min(100, max);
  return { min, max, interval };
}

export default function EChartsTrend({ points, lines, size, showBand, percent, seriesName }: TrendChartProps) {
  const element = useRef<HTMLDivElement>(null);
  // Redrawn when the figures change, not on every render of the page around it.
  const figures = JSON.stringify({ points, lines, size, showBand, percent, seriesName, language: locale() });

  useEffect(() => {
    // On the axis and at the points only the number (and a percent sign): the unit is in the words around the chart.
    const numberFormat = new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 });
    const short = (value: number) => `${numberFormat.format(value)}${percent ? '%' : ''}`;
    const host = element.current;
    if (!host) return;
    const chart = init(host, null, { renderer: 'svg' });
    const large = size === 'large';
    const fontFamily = getComputedStyle(host).fontFamily || 'sans-serif';
    const values = points.map((p) => p.value);
    const bounds = showBand ? points.flatMap((p) => [p.lower, p.upper]) : [];
    const numbers = [...values, ...bounds, ...lines.map((l) => l.value)].filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
    const { min, max, interval } = axisRange(numbers, Boolean(percent), large ? 5 : 3);
    const hasBand = Boolean(showBand) && points.some((p) => p.lower != null && p.upper != null);

    const band: LineSeriesOption[] = hasBand
      ? [
          {
            type: 'line', name: 'lower', stack: 'band', silent: true, symbol: 'none', lineStyle: { opacity: 0 },
            data: points.map((p) => (p.lower != null && p.upper != null ? p.lower : '-')),
          },
          {
            type: 'line', name: 'band', stack: 'band', silent: true, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: BAND },
            data: points.map((p) => (p.lower != null && p.upper != null ? p.upper - p.lower : '-')),
          },
        ]
      : [];

    const option: Option = {
      animation: false,
      textStyle: { fontFamily, color: INK },
      grid: large ? { left: 16, right: 24, top: 36, bottom: 8, containLabel: true } : { left: 4, right: 12, top: 24, bottom: 4, containLabel: true },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: points.map((p) => p.period),
        axisLine: { lineStyle: { color: MUTED } },
        axisTick: { show: false },
        axisLabel: { color: INK, fontSize: large ? 14 : 12 },
      },
      yAxis: {
        type: 'value',
        min,
        max,
        interval,
        splitLine: { lineStyle: { color: GRID } },
        axisLabel: { color: INK, fontSize: large ? 14 : 12, formatter: (v: number) => short(v) },
      },
      series: [
        ...band,
        {
          type: 'line',
          name: seriesName,
          data: values.map((v) => (v == null ? '-' : v)),
          connectNulls: false,
          symbol: 'circle',
          symbolSize: large ? 9 : 6,
          showAllSymbol: true,
          lineStyle: { color: BRAND, width: large ? 3 : 2, type: 'solid' },
          itemStyle: { color: BRAND, borderColor: '#fff', borderWidth: 1 },
          label: large ? { show: true, position: 'top', color: INK, fontSize: 13, formatter: (p) => (typeof p.value === 'number' ? short(p.value) : '') } : { show: false },
          markLine: {
            silent: true,
            symbol: 'none',
            animation: false,
            data: lines.map((line) => ({
              yAxis: line.value,
              name: line.label,
              lineStyle: line.style === 'target' ? { color: INK, type: 'dashed', width: 2 } : { color: MUTED, type: 'dotted', width: 2 },
              label: { show: true, formatter: line.label, position: 'insideEndTop', color: INK, fontSize: large ? 13 : 11, backgroundColor: 'rgba(255,255,255,0.85)', padding: [1, 3] },
            })),
          },
        },
      ],
    };
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(host);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [figures]);

  return <div ref={element} aria-hidden="true" className={`dichtbij-trend__canvas dichtbij-trend__canvas--${size}`} />;
}
