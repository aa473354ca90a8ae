import { BreadcrumbNav, BreadcrumbNavLink, BreadcrumbNavSeparator, ButtonGroup, PrimaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, Fragment, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type AreaStep, areaPath } from '../../api/monitoring';
import { SelectField } from '../SelectField';
import { useFigures } from './figures';
import { useLoad } from '../useLoad';

/** How many years a trend and the tables across time show. */
export const TREND_YEARS = 5;
const CHOOSABLE_YEARS = 10;

/**
 * The year the figures are for, kept in the URL (`?jaar=2025`, this year by default), and the periods of the
 * trend that ends in it, oldest first.
 */
export function useYear() {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const asked = Number.parseInt(params.get('jaar') ?? '', 10);
  const year = Number.isInteger(asked) && asked > thisYear - 50 && asked <= thisYear ? asked : thisYear;
  const periods = Array.from({ length: TREND_YEARS }, (_, i) => String(year - TREND_YEARS + 1 + i));
  const choices = Array.from({ length: CHOOSABLE_YEARS }, (_, i) => String(thisYear - i));
  const setYear = (value: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value === String(thisYear)) next.delete('jaar');
      else next.set('jaar', value);
      return next;
    });
  /** The query string to keep the chosen year in a link to another unit or indicator. */
  const search = params.get('jaar') ? `?jaar=${year}` : '';
  return { year: String(year), periods, choices, setYear, search };
}

/** Chooses the year; the page changes when the form is sent, not while the list is being read. */
export function YearForm({ year, choices, onChange }: { year: string; choices: string[]; onChange: (year: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(year);
  useEffect(() => setDraft(year), [year]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  return (
    <form onSubmit={onSubmit} className="dichtbij-year-form" aria-label={t('monitoring.year.form')}>
      <SelectField label={t('monitoring.year.label')} name="jaar" value={draft} options={choices.map((c) => ({ value: c, label: c }))} onChange={setDraft} />
      <ButtonGroup>
        <PrimaryActionButton type="submit">{t('monitoring.year.show')}</PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}

/**
 * The way from the country down to a unit. `knownName` (from a values answer) lets a school be placed under its
 * neighbourhood; until then a school stands alone.
 */
export function useAreaPath(code: string, knownName: string | null) {
  return useLoad((signal) => areaPath(code, knownName, signal), [code, knownName]);
}

function RouterHref({ href, children, ...props }: { href: string; children?: ReactNode }) {
  return (
    <Link to={href} {...props}>
      {children}
    </Link>
  );
}

/** Breadcrumbs from the country down to the unit (and the indicator, on its page); the last one is this page. */
export function AreaBreadcrumbs({ path, search, indicator }: { path: AreaStep[]; search: string; indicator?: { code: string; name: string } }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const crumbs = [
    ...path.map((step) => ({ key: step.code, href: `/monitoring/${encodeURIComponent(step.code)}${search}`, label: figures.unitName(step) })),
    ...(indicator ? [{ key: indicator.code, href: `/monitoring/${encodeURIComponent(path.at(-1)?.code ?? 'NL')}/${encodeURIComponent(indicator.code)}${search}`, label: indicator.name }] : []),
  ];
  return (
    <BreadcrumbNav aria-label={t('monitoring.breadcrumbs')} className="dichtbij-breadcrumbs">
      {crumbs.map((crumb, index) => (
        <Fragment key={crumb.key}>
          {index > 0 && <BreadcrumbNavSeparator>›</BreadcrumbNavSeparator>}
          <BreadcrumbNavLink className="utrecht-link utrecht-link--html-a" href={crumb.href} Link={RouterHref} index={index} current={index === crumbs.length - 1}>
            {crumb.label}
          </BreadcrumbNavLink>
        </Fragment>
      ))}
    </BreadcrumbNav>
  );
}
