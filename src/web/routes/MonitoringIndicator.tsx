import '../components/monitoring/monitoring.css';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isAbort } from '../api/client';
import { locale } from '../i18n';
import {
  type AreaStep, agreementsAlong, areaPath, type Indicator, type IndicatorValues, monitoringApi, rememberUnits, type ResultAgreement, type Split, SPLITS,
  type ValuesQuery,
} from '../api/monitoring';
import { Details } from '../components/Details';
import { ErrorAlert, LiveText, Loading } from '../components/Feedback';
import { formatDate } from '../components/labels';
import { RefusalNotice, refusalOf, StatusBadge, useFigures } from '../components/monitoring/figures';
import { TargetKey } from '../components/monitoring/IndicatorTile';
import { AreaBreadcrumbs, useAreaPath, useYear, YearForm } from '../components/monitoring/navigation';
import { CsvLink, TrendTable, type YearRow, YearTable } from '../components/monitoring/tables';
import { byPeriod, referenceLines, trendPoints, trendSummary } from '../components/monitoring/trend';
import { TrendChart } from '../components/monitoring/TrendChart';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { toApiError, useLoad } from '../components/useLoad';
import { nextLevel } from './Monitoring';

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const csvName = (code: string, query: ValuesQuery) =>
  `${[code, query.area, query.by, query.periods[0], query.periods.at(-1)].filter(Boolean).join('_')}.csv`;

/** `/monitoring/:area/:code`: one indicator for one unit, its trend and target, and how it compares. */
export function MonitoringIndicatorPage() {
  const { area = 'NL', code = '' } = useParams();
  return <IndicatorDetail key={`${area}/${code}`} area={area} code={code} />;
}

function AgreementDetails({ agreement, unit, indicator }: { agreement: ResultAgreement; unit: AreaStep; indicator: Indicator }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const value = (v: number) => figures.withUnit(v, indicator.unit);
  const current = agreement.current;
  return (
    <section aria-labelledby={`agreement-${agreement.id}`} className="dichtbij-agreement">
      <Heading3 id={`agreement-${agreement.id}`}>
        {agreement.programme
          ? t('monitoring.agreement.headingProgramme', { area: agreement.area.name, programme: agreement.programme.name })
          : t('monitoring.agreement.heading', { area: agreement.area.name })}
      </Heading3>
      <TargetKey agreement={agreement} unit={indicator.unit} unitCode={unit.code} />
      <Details
        items={[
          { key: 'status', label: t('monitoring.agreement.status', { area: agreement.area.name }), value: <StatusBadge status={agreement.status} /> },
          { key: 'baseline', label: t('monitoring.agreement.baseline'), value: t('monitoring.agreement.point', { value: value(agreement.baseline.value), date: formatDate(agreement.baseline.on) }) },
          { key: 'target', label: t('monitoring.agreement.target'), value: t('monitoring.agreement.point', { value: value(agreement.target.value), date: formatDate(agreement.target.on) }) },
          {
            key: 'current',
            label: t('monitoring.agreement.current'),
            value: !current
              ? t('monitoring.value.none')
              : current.suppressed || current.value === null
                ? t('monitoring.agreement.currentSecret', { period: current.period })
                : t('monitoring.agreement.currentValue', { value: value(current.value), period: current.period }),
          },
          { key: 'expected', label: t('monitoring.agreement.expected'), value: value(agreement.expected) },
          { key: 'direction', label: t('monitoring.agreement.direction'), value: t(`monitoring.better.${agreement.direction}`) },
          { key: 'agreedBy', label: t('monitoring.agreement.agreedBy'), value: agreement.agreedBy },
          { key: 'note', label: t('monitoring.agreement.note'), value: agreement.note },
        ]}
      />
    </section>
  );
}

function IndicatorDetail({ area, code }: { area: string; code: string }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const { year, periods, choices, setYear, search } = useYear();
  const periodsKey = periods.join(',');
  const indicators = useLoad((signal) => monitoringApi.indicators(signal), []);
  const indicator = indicators.data?.items.find((i) => i.code === code);
  const firstPath = useAreaPath(area, null);
  const level = firstPath.data?.at(-1)?.level;

  // The server decides what is published where: a unit at a level the indicator is not published at answers 400.
  const trend = useLoad((signal) => monitoringApi.values(code, { area, periods }, signal), [code, area, periodsKey]);
  const knownName = trend.data?.items[0]?.areaName ?? null;
  const named = useLoad((signal) => (knownName ? areaPath(area, knownName, signal) : Promise.resolve(null)), [area, knownName]);
  const steps = named.data ?? firstPath.data;
  const unitStep = steps?.at(-1);
  const unit: AreaStep | undefined = unitStep && { ...unitStep, name: unitStep.level !== 'school' ? figures.unitName(unitStep) : (knownName ?? unitStep.name) };
  const agreements = useLoad(async (signal) => (steps ? agreementsAlong(steps, signal) : []), [steps?.map((s) => s.code).join('/')]);
  const ownAgreements = (agreements.data ?? []).filter((a) => a.indicator.code === code);

  const childLevel = nextLevel(level);
  const compareUnits = Boolean(indicator && childLevel && indicator.levels.includes(childLevel));
  const unitsQuery: ValuesQuery = { area, periods, by: 'area' };
  const units = useLoad(
    (signal) => (compareUnits ? monitoringApi.values(code, unitsQuery, signal) : Promise.resolve(null)),
    [code, area, periodsKey, compareUnits],
  );
  const splits = (indicator?.splits ?? []).filter((s): s is Split => (SPLITS as readonly string[]).includes(s));
  const splitValues = useLoad(
    (signal) =>
      Promise.all(
        splits.map((split) =>
          monitoringApi.values(code, { area, periods, by: split }, signal).then(
            (values) => ({ split, values, error: undefined }),
            (error: unknown) => {
              if (isAbort(error)) throw error;
              return { split, values: undefined as IndicatorValues | undefined, error: toApiError(error) };
            },
          ),
        ),
      ),
    [code, area, periodsKey, splits.join(',')],
  );

  // Units listed here open without a directory look-up.
  const unitSteps: AreaStep[] = [];
  for (const item of units.data?.items ?? []) if (!unitSteps.some((u) => u.code === item.area)) unitSteps.push({ code: item.area, name: item.areaName, level: item.areaLevel });
  unitSteps.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  useEffect(() => {
    if (steps && (steps.length > 1 || level === 'country')) rememberUnits(steps, unitSteps);
  });

  const refusal = refusalOf(trend.error);
  const notPublished = refusal === 'level-not-published';
  const unknownIndicator = indicators.data && !indicator;
  const name = indicator?.name ?? trend.data?.indicator.name ?? code;
  const unitName = unit?.name ?? area;
  const title = indicator ? t('monitoring.indicator.title', { indicator: name, area: unitName }) : t('monitoring.title');

  if (unknownIndicator) {
    return (
      <>
        <PageTitle title={t('monitoring.indicator.notFound')} />
        <Paragraph>
          <AppLink to={`/monitoring/${encodeURIComponent(area)}${search}`}>{t('monitoring.indicator.back')}</AppLink>
        </Paragraph>
      </>
    );
  }

  const items = byPeriod(trend.data?.items ?? [], periods);
  const agreement = ownAgreements[0];
  const unitLabel = indicator?.unit ?? trend.data?.indicator.unit ?? '';
  const lines = referenceLines(agreement, unitLabel, figures, t, Boolean(agreement && agreement.area.code === area));
  const trendQuery: ValuesQuery = { area, periods };
  const points = trendPoints(items, periods);
  const hasLine = points.some((p) => p.value !== null);
  const levelsText = indicator ? new Intl.ListFormat(locale(), { type: 'conjunction' }).format(indicator.levels.map((l) => figures.level(l).toLowerCase())) : '';

  return (
    <>
      {steps && indicator && <AreaBreadcrumbs path={steps} search={search} indicator={{ code, name }} />}
      <PageTitle title={title} />
      <ErrorAlert error={indicators.error ?? (refusal ? undefined : trend.error)} />
      {(indicators.loading || trend.loading) && !trend.data && !trend.error && <Loading />}
      {indicator && (
        <>
          <Paragraph lead>{indicator.explanation}</Paragraph>
          <Details
            items={[
              { key: 'unit', label: t('monitoring.indicator.unit'), value: indicator.unit },
              { key: 'better', label: t('monitoring.indicator.better'), value: indicator.betterDirection ? t(`monitoring.better.${indicator.betterDirection}`) : t('monitoring.better.none') },
              { key: 'attribution', label: t('monitoring.indicator.attribution'), value: t(`monitoring.attribution.${indicator.attribution}`) },
              { key: 'levels', label: t('monitoring.indicator.levels'), value: levelsText },
              { key: 'source', label: t('monitoring.indicator.source'), value: indicator.source },
            ]}
          />
        </>
      )}
      {refusal === 'unknown-area' && <RefusalNotice text={t('monitoring.refusal.unknownArea', { code: area })} />}
      {refusal === 'unknown-period' && <RefusalNotice text={t('monitoring.refusal.unknownPeriod', { year })} />}
      {notPublished && indicator && (
        <div className="dichtbij-monitoring-notice" role="status">
          <Paragraph>{t('monitoring.indicator.notPublished', { indicator: name, level: level ? figures.level(level).toLowerCase() : '', levels: levelsText })}</Paragraph>
          <Paragraph>
            <AppLink to={`/monitoring/${encodeURIComponent(area)}${search}`}>{t('monitoring.indicator.backTo', { area: unitName })}</AppLink>
          </Paragraph>
        </div>
      )}
      {indicator && unit && trend.data && (
        <>
          <YearForm year={year} choices={choices} onChange={setYear} />
          <Paragraph className="dichtbij-monitoring-note">
            {t('monitoring.disclosure')} {t('monitoring.asOf', { date: formatDate(trend.data.asOf) })}
          </Paragraph>

          <section aria-labelledby="indicator-trend">
            <Heading2 id="indicator-trend">{t('monitoring.indicator.trend', { from: periods[0], to: year })}</Heading2>
            <LiveText>{trend.loading ? t('common.loading') : ''}</LiveText>
            {hasLine ? (
              <>
                <TrendChart
                  size="large"
                  points={points}
                  lines={lines}
                  showBand
                  percent={indicator.unit === '%'}
                  seriesName={name}
                  summary={trendSummary({ indicator: name, area: unit.name, periods, items, unit: indicator.unit, lines }, figures, t)}
                />
                <ul className="dichtbij-chart-keys" aria-label={t('monitoring.chart.keys')}>
                  <li>
                    <span className="dichtbij-line-key dichtbij-line-key--value" aria-hidden="true" />
                    {t('monitoring.chart.keyValue', { area: unit.name })}
                  </li>
                  {points.some((p) => p.lower !== null) && (
                    <li>
                      <span className="dichtbij-line-key dichtbij-line-key--band" aria-hidden="true" />
                      {t('monitoring.chart.keyBand')}
                    </li>
                  )}
                  {lines.map((line) => (
                    <li key={line.style}>
                      <span className={`dichtbij-line-key dichtbij-line-key--${line.style}`} aria-hidden="true" />
                      {upperFirst(line.label)}
                      {agreement && agreement.area.code !== area && line.style === 'target' ? ` ${t('monitoring.chart.keyOf', { area: agreement.area.name })}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <Paragraph>{t('monitoring.chart.noLine')}</Paragraph>
            )}
            <TrendTable
              caption={t('monitoring.table.trendCaption', { indicator: name, area: unit.name, from: periods[0], to: year })}
              periods={periods}
              items={items}
              unit={indicator.unit}
              statistic={indicator.statistic}
            />
            <CsvLink href={monitoringApi.valuesCsvUrl(code, trendQuery)} fileName={csvName(code, trendQuery)} what={t('monitoring.table.trendCaption', { indicator: name, area: unit.name, from: periods[0], to: year })} />
          </section>

          {ownAgreements.length > 0 && (
            <section aria-labelledby="indicator-agreements">
              <Heading2 id="indicator-agreements">{t('monitoring.agreement.title')}</Heading2>
              {ownAgreements.map((a) => (
                <AgreementDetails key={a.id} agreement={a} unit={unit} indicator={indicator} />
              ))}
            </section>
          )}

          {compareUnits && childLevel && (
            <section aria-labelledby="indicator-units">
              <Heading2 id="indicator-units">{t('monitoring.compare.heading', { units: figures.levelPlural(childLevel).toLowerCase(), area: unit.name })}</Heading2>
              <Paragraph>{t('monitoring.compare.intro')}</Paragraph>
              <ErrorAlert error={units.error} />
              {units.loading && !units.data && <Loading />}
              {units.data && unitSteps.length === 0 && <Paragraph>{t('monitoring.drill.none', { units: figures.levelPlural(childLevel).toLowerCase() })}</Paragraph>}
              {units.data && unitSteps.length > 0 && (
                <>
                  <YearTable
                    caption={t('monitoring.compare.caption', { indicator: name, units: figures.levelPlural(childLevel).toLowerCase(), area: unit.name, from: periods[0], to: year })}
                    firstColumn={upperFirst(figures.level(childLevel))}
                    periods={periods}
                    unit={indicator.unit}
                    rows={[
                      { key: area, header: unit.name, items, isTotal: true },
                      ...unitSteps.map((u): YearRow => ({
                        key: u.code,
                        header: <AppLink to={`/monitoring/${encodeURIComponent(u.code)}/${encodeURIComponent(code)}${search}`}>{figures.unitName(u)}</AppLink>,
                        items: byPeriod(units.data?.items.filter((i) => i.area === u.code) ?? [], periods),
                      })),
                    ]}
                  />
                  <CsvLink
                    href={monitoringApi.valuesCsvUrl(code, unitsQuery)}
                    fileName={csvName(code, unitsQuery)}
                    what={t('monitoring.compare.caption', { indicator: name, units: figures.levelPlural(childLevel).toLowerCase(), area: unit.name, from: periods[0], to: year })}
                  />
                </>
              )}
            </section>
          )}

          {splitValues.data?.map(({ split, values, error }) => {
            const groups: string[] = [];
            for (const item of values?.items ?? []) if (!groups.includes(item.group ?? '')) groups.push(item.group ?? '');
            const query: ValuesQuery = { area, periods, by: split };
            const caption = t('monitoring.split.caption', { indicator: name, split: t(`monitoring.split.name.${split}`), area: unit.name, from: periods[0], to: year });
            return (
              <section key={split} aria-labelledby={`indicator-split-${split}`}>
                <Heading2 id={`indicator-split-${split}`}>{t('monitoring.split.heading', { split: t(`monitoring.split.name.${split}`) })}</Heading2>
                <ErrorAlert error={error} />
                {values && groups.length === 0 && <Paragraph>{t('monitoring.split.none')}</Paragraph>}
                {values && groups.length > 0 && (
                  <>
                    <YearTable
                      caption={caption}
                      firstColumn={t(`monitoring.split.${split}`)}
                      periods={periods}
                      unit={indicator.unit}
                      rows={groups.map((group) => ({
                        key: group,
                        header: figures.group(split, group),
                        items: byPeriod(values.items.filter((i) => (i.group ?? '') === group), periods),
                      }))}
                    />
                    <CsvLink href={monitoringApi.valuesCsvUrl(code, query)} fileName={csvName(code, query)} what={caption} />
                  </>
                )}
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
