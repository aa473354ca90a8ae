import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import type { AreaStep, Indicator, IndicatorValues, ResultAgreement } from '../../api/monitoring';
import { AppLink } from '../RouterLink';
import { FigureValue, StatusBadge, useFigures } from './figures';
import { byPeriod, referenceLines, trendPoints, trendSummary, yearOfDay } from './trend';
import { TrendChart } from './TrendChart';

export interface TileData {
  indicator: Indicator;
  values?: IndicatorValues;
  error?: ApiError;
}

/** What a result agreement says on a tile or page: its target in words, and whether it is this unit's own. */
export function TargetKey({ agreement, unit, unitCode }: { agreement: ResultAgreement; unit: string; unitCode: string }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const own = agreement.area.code === unitCode;
  const values = { value: figures.withUnit(agreement.target.value, unit), year: yearOfDay(agreement.target.on), area: agreement.area.name };
  return (
    <Paragraph className="dichtbij-target-key">
      <span className="dichtbij-line-key dichtbij-line-key--target" aria-hidden="true" />
      {own ? t('monitoring.target.key', values) : t('monitoring.target.keyOf', values)}
    </Paragraph>
  );
}

/** One indicator for one unit: this year's figure, its interval, the trend with the target line, the status. */
export function IndicatorTile({ tile, unit, year, periods, agreement, search }: {
  tile: TileData;
  unit: AreaStep;
  year: string;
  periods: string[];
  agreement: ResultAgreement | undefined;
  search: string;
}) {
  const { t } = useTranslation();
  const figures = useFigures();
  const { indicator, values } = tile;
  const items = byPeriod(values?.items ?? [], periods);
  const current = items.get(year);
  const interval = figures.interval(current, indicator.unit);
  const lines = referenceLines(agreement, indicator.unit, figures, t, false);
  const points = trendPoints(items, periods);
  // A line needs figures: when every year is secret the chart would only show an empty axis.
  const hasLine = points.some((p) => p.value !== null);

  return (
    <li className="dichtbij-card dichtbij-tile">
      <Heading3 className="dichtbij-card__heading">
        <AppLink to={`/monitoring/${encodeURIComponent(unit.code)}/${encodeURIComponent(indicator.code)}${search}`}>{indicator.name}</AppLink>
      </Heading3>
      {tile.error ? (
        <Paragraph className="dichtbij-no-figure">{tile.error.problem.detail ?? t('monitoring.tileError')}</Paragraph>
      ) : (
        <>
          <p className="dichtbij-tile__figure">
            <span className="dichtbij-tile__value">
              <FigureValue item={current} unit={indicator.unit} />
            </span>{' '}
            <span className="dichtbij-tile__period">{t('monitoring.inYear', { year })}</span>
          </p>
          {interval && <p className="dichtbij-tile__interval">{interval}</p>}
          {values && !hasLine && <p className="dichtbij-tile__interval">{t('monitoring.chart.noLine')}</p>}
          {values && hasLine && (
            <TrendChart
              size="small"
              points={points}
              lines={lines}
              percent={indicator.unit === '%'}
              seriesName={indicator.name}
              summary={trendSummary({ indicator: indicator.name, area: unit.name, periods, items, unit: indicator.unit, lines }, figures, t)}
            />
          )}
          {agreement && <TargetKey agreement={agreement} unit={indicator.unit} unitCode={unit.code} />}
          {agreement && agreement.area.code === unit.code && (
            <p className="dichtbij-tile__status">
              <StatusBadge status={agreement.status} />
            </p>
          )}
        </>
      )}
    </li>
  );
}
