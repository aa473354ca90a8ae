import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/client';
import type { AgreementStatus, IndicatorLevel, IndicatorValue, Split } from '../../api/monitoring';
import { locale } from '../../i18n';
import { useLabels } from '../labels';

/** How figures are written: numbers in the UI language, with the indicator's unit; levels, groups and statuses in words. */
export function useFigures() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  return useMemo(() => {
    const numberFormat = new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 });
    const number = (value: number) => numberFormat.format(value);
    /** "78,4%", "41,2 per 1.000 jeugdigen", "35 dagen", "120". */
    const withUnit = (value: number, unit: string) => {
      if (unit === '%') return `${number(value)}%`;
      if (unit === '' || unit === 'aantal') return number(value);
      return `${number(value)} ${unit}`;
    };
    /** Short enough to write on a line in a small chart: the percent sign stays, longer units go. */
    const compact = (value: number, unit: string) => (unit === '%' ? `${number(value)}%` : number(value));
    /** The figure of one item as text: a value, "geheim", or why there is none. */
    const itemText = (item: IndicatorValue | undefined, unit: string) => {
      if (!item) return t('monitoring.value.none');
      if (item.suppressed) return t('monitoring.value.secret');
      if (item.value === null || item.value === undefined) return t('monitoring.value.tooFew');
      return withUnit(item.value, unit);
    };
    const interval = (item: IndicatorValue | undefined, unit: string) =>
      item && !item.suppressed && item.lower != null && item.upper != null
        ? t('monitoring.value.interval', { lower: withUnit(item.lower, unit), upper: withUnit(item.upper, unit) })
        : null;
    const level = (value: IndicatorLevel) => t(`monitoring.levels.${value}`);
    const levelPlural = (value: IndicatorLevel) => t(`monitoring.levelsPlural.${value}`);
    const status = (value: AgreementStatus) => ({ icon: t(`monitoring.status.icon.${value}`), label: t(`monitoring.status.${value}`) });
    const group = (split: Split, value: string | null | undefined) => {
      if (value === null || value === undefined || value === '') return t('monitoring.split.unknown');
      if (split === 'ageBand') {
        const named = `monitoring.split.ageBands.${value}`;
        if (i18n.exists(named)) return t(named as never);
        const [from, to] = value.split('-');
        return to === undefined ? value : t('monitoring.split.ageBandValue', { from, to });
      }
      if (split === 'level') return Number.isNaN(Number(value)) ? value : labels.level(Number(value));
      return labels.referrer(value) || value;
    };
    /** A unit's name as a title: a youth-care region is named like its province, so it says what it is. */
    const unitName = (step: { name: string; level: IndicatorLevel }) => (step.level === 'region' ? t('monitoring.regionName', { name: step.name }) : step.name);
    return { number, withUnit, compact, itemText, interval, level, levelPlural, status, group, unitName };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, i18n.language]);
}

export type Figures = ReturnType<typeof useFigures>;

/**
 * One figure in a tile or table cell. A secret figure reads "geheim", with the reason for people using a screen
 * reader right there (the page explains disclosure control once, visibly).
 */
export function FigureValue({ item, unit }: { item: IndicatorValue | undefined; unit: string }) {
  const { t } = useTranslation();
  const figures = useFigures();
  if (item?.suppressed) {
    return (
      <span className="dichtbij-secret">
        <abbr title={t('monitoring.value.secretExplanation')}>{t('monitoring.value.secret')}</abbr>
        <span className="dichtbij-visually-hidden"> ({t('monitoring.value.secretExplanation')})</span>
      </span>
    );
  }
  const text = figures.itemText(item, unit);
  return item?.value === null || item?.value === undefined ? <span className="dichtbij-no-figure">{text}</span> : <>{text}</>;
}

/** On track, at risk, off track, unknown: an icon of its own shape and the words, never colour alone. */
export function StatusBadge({ status }: { status: AgreementStatus }) {
  const figures = useFigures();
  const { icon, label } = figures.status(status);
  return (
    <span className={`dichtbij-status dichtbij-status--${status}`}>
      <span className="dichtbij-status__icon" aria-hidden="true">
        {icon}
      </span>
      {label}
    </span>
  );
}

export type MonitoringRefusal = 'level-not-published' | 'split-not-published' | 'unknown-area' | 'unknown-period' | 'unknown-indicator';
const REFUSALS: readonly string[] = ['level-not-published', 'split-not-published', 'unknown-area', 'unknown-period', 'unknown-indicator'];

/** Why the values API refused (400 with the reason in `invalidParams`), when it is one a page explains in its own words. */
export function refusalOf(error: ApiError | undefined): MonitoringRefusal | null {
  if (!error || error.status !== 400) return null;
  const codes = [error.problem.code, ...(error.problem.invalidParams ?? []).map((p) => p.code)];
  return (codes.find((c) => c !== undefined && REFUSALS.includes(c)) as MonitoringRefusal | undefined) ?? null;
}

/** A refusal explained in words, with the way back to the country's dashboard. */
export function RefusalNotice({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <div className="dichtbij-monitoring-notice" role="status">
      <p className="utrecht-paragraph">{text}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/monitoring">
          {t('monitoring.refusal.home')}
        </Link>
      </p>
    </div>
  );
}
