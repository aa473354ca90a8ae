import '../components/monitoring/monitoring.css';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useParams } from 'react-router';
import { isAbort } from '../api/client';
import {
  type AreaStep, agreementsAlong, areaPath, homeArea, INDICATOR_LEVELS, type IndicatorLevel, monitoringApi, rememberUnits,
} from '../api/monitoring';
import { ErrorAlert, LiveText, Loading } from '../components/Feedback';
import { formatDate } from '../components/labels';
import { RefusalNotice, refusalOf, useFigures } from '../components/monitoring/figures';
import { IndicatorTile, type TileData } from '../components/monitoring/IndicatorTile';
import { AreaBreadcrumbs, useAreaPath, useYear, YearForm } from '../components/monitoring/navigation';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { useUser } from '../components/session';
import { toApiError, useLoad } from '../components/useLoad';

/** `/monitoring`: opens the dashboard of the user's own area (the country when they have none). */
export function MonitoringHomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const { search } = useLocation();
  const home = useLoad((signal) => homeArea(user, signal).catch((error: unknown) => (isAbort(error) ? Promise.reject(error) : 'NL')), [user.id]);
  if (home.data) return <Navigate to={`/monitoring/${encodeURIComponent(home.data)}${search}`} replace />;
  return (
    <>
      <PageTitle title={t('monitoring.title')} />
      <Loading />
    </>
  );
}

export const nextLevel = (level: IndicatorLevel | undefined): IndicatorLevel | undefined =>
  level ? INDICATOR_LEVELS[INDICATOR_LEVELS.indexOf(level) + 1] : undefined;

/** The units one level down, to zoom in on: those the API has figures for on an indicator published at both levels. */
function DrillDown({ path, unit, indicatorCode, year, search }: { path: AreaStep[]; unit: AreaStep; indicatorCode: string; year: string; search: string }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const children = useLoad((signal) => monitoringApi.values(indicatorCode, { area: unit.code, periods: [year], by: 'area' }, signal), [unit.code, indicatorCode, year]);
  const units: AreaStep[] = [];
  for (const item of children.data?.items ?? []) {
    if (!units.some((u) => u.code === item.area)) units.push({ code: item.area, name: item.areaName, level: item.areaLevel });
  }
  units.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const level = nextLevel(unit.level);
  useEffect(() => {
    if (path.length > 1 || unit.level === 'country') rememberUnits(path, units);
  });
  if (!level) return null;
  return (
    <section aria-labelledby="monitoring-drill-down">
      <Heading2 id="monitoring-drill-down">{t('monitoring.drill.heading', { units: figures.levelPlural(level), area: unit.name })}</Heading2>
      <ErrorAlert error={children.error} />
      {children.loading && !children.data && <Loading />}
      {children.data && units.length === 0 && <Paragraph>{t('monitoring.drill.none', { units: figures.levelPlural(level).toLowerCase() })}</Paragraph>}
      {units.length > 0 && (
        <ul className="dichtbij-unit-list">
          {units.map((u) => (
            <li key={u.code}>
              <AppLink to={`/monitoring/${encodeURIComponent(u.code)}${search}`}>{figures.unitName(u)}</AppLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** `/monitoring/:area`: a tile per indicator published at this level, the way up, and the units to zoom in on. */
export function MonitoringDashboardPage() {
  const { area = 'NL' } = useParams();
  // A new unit is a new page: nothing of the previous unit's figures stays on screen while the new ones load.
  return <Dashboard key={area} area={area} />;
}

function Dashboard({ area }: { area: string }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const { year, periods, choices, setYear, search } = useYear();
  const indicators = useLoad((signal) => monitoringApi.indicators(signal), []);
  const firstPath = useAreaPath(area, null);
  const level = firstPath.data?.at(-1)?.level;
  const shown = level ? (indicators.data?.items ?? []).filter((i) => i.levels.includes(level)) : [];
  const shownKey = shown.map((i) => i.code).join(',');

  const tiles = useLoad(
    async (signal): Promise<TileData[] | null> => {
      if (!level || !indicators.data) return null;
      return Promise.all(
        shown.map((indicator) =>
          monitoringApi.values(indicator.code, { area, periods }, signal).then(
            (values) => ({ indicator, values }),
            (error: unknown) => {
              if (isAbort(error)) throw error;
              return { indicator, error: toApiError(error) };
            },
          ),
        ),
      );
    },
    [area, periods.join(','), level, shownKey],
  );

  // A school is placed under its neighbourhood once its name is known from the figures.
  const answered = tiles.data?.find((tile) => tile.values?.items[0])?.values;
  const knownName = answered?.items[0]?.areaName ?? null;
  const named = useLoad((signal) => (knownName ? areaPath(area, knownName, signal) : Promise.resolve(null)), [area, knownName]);
  const steps = named.data ?? firstPath.data;
  const unit = steps?.at(-1);
  const unitName = unit && unit.level !== 'school' ? figures.unitName(unit) : (knownName ?? unit?.name ?? area);
  const agreements = useLoad(async (signal) => (steps ? agreementsAlong(steps, signal) : []), [steps?.map((s) => s.code).join('/')]);

  const failed = tiles.data && tiles.data.length > 0 && tiles.data.every((tile) => tile.error) ? tiles.data[0]?.error : undefined;
  const refusal = refusalOf(failed);
  const drillIndicator = shown.find((i) => {
    const below = nextLevel(level);
    return below && i.levels.includes(below);
  });

  return (
    <>
      {steps && <AreaBreadcrumbs path={steps} search={search} />}
      <PageTitle title={unit ? t('monitoring.dashboard.title', { area: unitName }) : t('monitoring.title')} />
      <ErrorAlert error={indicators.error ?? firstPath.error ?? (refusal ? undefined : failed)} />
      {(indicators.loading || firstPath.loading) && !steps && <Loading />}
      {refusal === 'unknown-area' && <RefusalNotice text={t('monitoring.refusal.unknownArea', { code: area })} />}
      {unit && level && (!failed || refusal === 'unknown-period') && (
        <>
          <Paragraph lead>
            {t('monitoring.dashboard.lead', { level: figures.level(level), year })}
          </Paragraph>
          <YearForm year={year} choices={choices} onChange={setYear} />
          <Paragraph className="dichtbij-monitoring-note">
            {t('monitoring.disclosure')}
            {answered?.asOf && ` ${t('monitoring.asOf', { date: formatDate(answered.asOf) })}`}
          </Paragraph>

          <section aria-labelledby="monitoring-tiles">
            <Heading2 id="monitoring-tiles">{t('monitoring.dashboard.tiles', { year })}</Heading2>
            <LiveText>{tiles.loading ? t('common.loading') : ''}</LiveText>
            {indicators.data && shown.length === 0 && <Paragraph>{t('monitoring.dashboard.noIndicators', { level: figures.level(level) })}</Paragraph>}
            {refusal === 'unknown-period' && <RefusalNotice text={t('monitoring.refusal.unknownPeriod', { year })} />}
            {tiles.data && !failed && (
              <ul className="dichtbij-cards dichtbij-tiles">
                {tiles.data.map((tile) => (
                  <IndicatorTile
                    key={tile.indicator.code}
                    tile={tile}
                    unit={{ ...unit, name: unitName }}
                    year={year}
                    periods={periods}
                    agreement={agreements.data?.find((a) => a.indicator.code === tile.indicator.code)}
                    search={search}
                  />
                ))}
              </ul>
            )}
          </section>

          {drillIndicator && steps && !failed && <DrillDown path={steps} unit={{ ...unit, name: unitName }} indicatorCode={drillIndicator.code} year={year} search={search} />}
        </>
      )}
    </>
  );
}
