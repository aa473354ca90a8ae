import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FlowCount, PathwayFlow } from '../../api/client';
import { formatDate } from '../labels';
import { useWorkLabels } from './labels';

interface Row {
  key: string;
  label: string;
  count: FlowCount;
}

/**
 * How requests flowed through a pathway, as a table with the numbers and a bar per row (the bars are CSS
 * and hidden from screen readers: the numbers say it all). A secret count reads "geheim", never 0.
 */
export function FlowChart({ flow }: { flow: PathwayFlow }) {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const groups: { key: string; heading: string; rows: Row[] }[] = [
    { key: 'received', heading: '', rows: [{ key: 'received', label: t('pathways.flow.received'), count: flow.received }] },
    { key: 'open', heading: t('pathways.flow.openHeading'), rows: flow.open.map((s) => ({ key: `open-${s.position}`, label: t('pathways.flow.openStep', { position: s.position, name: s.name }), count: s.count })) },
    { key: 'outcomes', heading: t('pathways.flow.outcomesHeading'), rows: flow.outcomes.map((o) => ({ key: `outcome-${o.outcome}`, label: work.outcome(o.outcome), count: o.count })) },
  ];
  const max = Math.max(1, ...groups.flatMap((g) => g.rows.map((r) => r.count.value ?? 0)));

  return (
    <div className="utrecht-table-container dichtbij-table-container">
      <Table className="dichtbij-flow-chart">
        <TableCaption>{t('pathways.flow.caption', { name: flow.pathway.name, from: formatDate(flow.from), to: formatDate(flow.to) })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('pathways.flow.what')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="dichtbij-flow-chart__number">{t('pathways.flow.count')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="dichtbij-flow-chart__bar-cell">
              <span className="dichtbij-visually-hidden">{t('pathways.flow.bar')}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        {groups.map((group) => (
          <TableBody key={group.key}>
              {group.heading && (
                <TableRow className="dichtbij-flow-chart__group">
                  <TableHeaderCell scope="rowgroup" colSpan={3}>
                    {group.heading}
                  </TableHeaderCell>
                </TableRow>
              )}
              {group.rows.map((row) => (
                <TableRow key={row.key}>
                  <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
                  <TableCell className="dichtbij-flow-chart__number">
                    {row.count.suppressed || row.count.value === null ? <span className="dichtbij-flow-chart__secret">{t('pathways.flow.secret')}</span> : row.count.value}
                  </TableCell>
                  <TableCell className="dichtbij-flow-chart__bar-cell">
                    {!row.count.suppressed && row.count.value !== null && row.count.value > 0 && (
                      <span aria-hidden="true" className="dichtbij-flow-chart__bar" style={{ inlineSize: `${(row.count.value / max) * 100}%` }} />
                    )}
                  </TableCell>
                </TableRow>
              ))}
          </TableBody>
        ))}
      </Table>
    </div>
  );
}
