import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlledPart, IndicatorValue, Statistic } from '../../api/monitoring';
import { FigureValue, useFigures } from './figures';

/** A link that downloads the table's figures as CSV straight from the API (the session cookie goes along). */
export function CsvLink({ href, fileName, what }: { href: string; fileName: string; what: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph className="dichtbij-csv">
      <a href={href} download={fileName} className="utrecht-link utrecht-link--html-a">
        {t('monitoring.csv.link')}
        <span className="dichtbij-visually-hidden">: {what}</span>
      </a>
    </Paragraph>
  );
}

export interface YearRow {
  key: string;
  header: ReactNode;
  items: Map<string, IndicatorValue>;
  /** The unit itself above its parts, set apart. */
  isTotal?: boolean;
}

/** Rows (units or groups) by columns (years): the comparison across areas, groups and time. */
export function YearTable({ caption, firstColumn, periods, rows, unit }: { caption: string; firstColumn: string; periods: readonly string[]; rows: YearRow[]; unit: string }) {
  return (
    <div className="utrecht-table-container dichtbij-table-container">
      <Table className="dichtbij-figure-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{firstColumn}</TableHeaderCell>
            {periods.map((period) => (
              <TableHeaderCell key={period} scope="col" className="dichtbij-numeric">
                {period}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} className={row.isTotal ? 'dichtbij-figure-table__total' : undefined}>
              <TableHeaderCell scope="row">{row.header}</TableHeaderCell>
              {periods.map((period) => (
                <TableCell key={period} className="dichtbij-numeric">
                  <FigureValue item={row.items.get(period)} unit={unit} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** A numerator, denominator or number of cases: a count, rounded or secret like any other. */
function Part({ part }: { part: ControlledPart | undefined }) {
  if (!part) return null;
  return <FigureValue item={{ area: '', areaName: '', areaLevel: 'country', period: '', value: part.value, suppressed: part.suppressed }} unit="aantal" />;
}

/** One unit over the years with everything known about each figure: the chart's figures as a table. */
export function TrendTable({ caption, periods, items, unit, statistic }: { caption: string; periods: readonly string[]; items: Map<string, IndicatorValue>; unit: string; statistic: Statistic }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const all = [...items.values()];
  const hasInterval = all.some((i) => i.lower != null && i.upper != null);
  const hasNumerator = all.some((i) => i.numerator);
  const hasDenominator = all.some((i) => i.denominator);
  const hasCases = all.some((i) => i.cases);
  const hasP90 = all.some((i) => i.p90 != null);
  return (
    <div className="utrecht-table-container dichtbij-table-container">
      <Table className="dichtbij-figure-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('monitoring.table.year')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="dichtbij-numeric">{t(`monitoring.table.value.${statistic}`)}</TableHeaderCell>
            {hasInterval && <TableHeaderCell scope="col">{t('monitoring.table.interval')}</TableHeaderCell>}
            {hasNumerator && <TableHeaderCell scope="col" className="dichtbij-numeric">{t('monitoring.table.numerator')}</TableHeaderCell>}
            {hasDenominator && <TableHeaderCell scope="col" className="dichtbij-numeric">{t('monitoring.table.denominator')}</TableHeaderCell>}
            {hasCases && <TableHeaderCell scope="col" className="dichtbij-numeric">{t('monitoring.table.cases')}</TableHeaderCell>}
            {hasP90 && <TableHeaderCell scope="col" className="dichtbij-numeric">{t('monitoring.table.p90')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {periods.map((period) => {
            const item = items.get(period);
            const shown = item && !item.suppressed;
            return (
              <TableRow key={period}>
                <TableHeaderCell scope="row">{period}</TableHeaderCell>
                <TableCell className="dichtbij-numeric">
                  <FigureValue item={item} unit={unit} />
                </TableCell>
                {hasInterval && (
                  <TableCell>
                    {shown && item.lower != null && item.upper != null
                      ? t('monitoring.table.intervalValue', { lower: figures.withUnit(item.lower, unit), upper: figures.withUnit(item.upper, unit) })
                      : ''}
                  </TableCell>
                )}
                {hasNumerator && <TableCell className="dichtbij-numeric"><Part part={item?.numerator} /></TableCell>}
                {hasDenominator && <TableCell className="dichtbij-numeric"><Part part={item?.denominator} /></TableCell>}
                {hasCases && <TableCell className="dichtbij-numeric"><Part part={item?.cases} /></TableCell>}
                {hasP90 && <TableCell className="dichtbij-numeric">{shown && item.p90 != null ? figures.withUnit(item.p90, unit) : ''}</TableCell>}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
