import '../components/work/work.css';
import {
  Paragraph, StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, type WaitingListItem } from '../api/client';
import { ErrorAlert, LiveText } from '../components/Feedback';
import { formatDate, useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { useUser } from '../components/session';
import { SelectField } from '../components/SelectField';
import { useLoad } from '../components/useLoad';
import { ContactLinks } from '../components/work/Contact';

type Order = 'descending' | 'ascending';

function WaitingTable({ items, organisation }: { items: WaitingListItem[]; organisation: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [order, setOrder] = useState<Order>('descending');
  const sorted = [...items].sort((a, b) => (order === 'descending' ? b.daysWaiting - a.daysWaiting : a.daysWaiting - b.daysWaiting));
  return (
    <div className="utrecht-table-container dichtbij-table-container">
      <Table>
        <TableCaption className="dichtbij-visually-hidden">{t('waitingList.caption', { organisation })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('waitingList.child')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('waitingList.level')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('waitingList.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('waitingList.requestedOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('waitingList.decidedOn')}</TableHeaderCell>
            <TableHeaderCell scope="col" aria-sort={order}>
              <button type="button" className="dichtbij-sort" onClick={() => setOrder((o) => (o === 'descending' ? 'ascending' : 'descending'))}>
                {t('waitingList.daysWaiting')}
                <span aria-hidden="true">{order === 'descending' ? ' ▼' : ' ▲'}</span>
                <span className="dichtbij-visually-hidden"> {t(order === 'descending' ? 'waitingList.sortedLongestFirst' : 'waitingList.sortedShortestFirst')}</span>
              </button>
            </TableHeaderCell>
            <TableHeaderCell scope="col">{t('waitingList.coordinator')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((item) => (
            <TableRow key={item.episodeId}>
              <TableHeaderCell scope="row">
                {item.childName ?? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="dichtbij-visually-hidden">{t('waitingList.childHidden')}</span>
                  </>
                )}
                {item.kind && <span className="dichtbij-secondary">{item.kind}</span>}
              </TableHeaderCell>
              <TableCell>{labels.level(item.level)}</TableCell>
              <TableCell>
                <StatusBadge status="neutral">{labels.episodeStatus(item.status)}</StatusBadge>
              </TableCell>
              <TableCell>{formatDate(item.requestedOn)}</TableCell>
              <TableCell>{item.decidedOn ? formatDate(item.decidedOn) : t('waitingList.notDecided')}</TableCell>
              <TableCell className="dichtbij-number">{t('waitingList.days', { count: item.daysWaiting })}</TableCell>
              <TableCell>
                {item.coordinator ? (
                  <>
                    {item.coordinator.name}
                    <ContactLinks email={item.coordinator.email} phone={item.coordinator.phone} />
                  </>
                ) : (
                  t('waitingList.noCoordinator')
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Wachtlijst: support at my organisation that was requested or decided but has not started, and how long each waits. */
export function WaitingListPage() {
  const { t } = useTranslation();
  const me = useUser();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('organisatie');
  const organisation = me.organisations.find((o) => o.id === chosen) ?? me.organisations[0];
  const organisationId = organisation?.id ?? '';
  const list = useLoad((signal) => (organisationId ? api.waitingList(organisationId, signal) : Promise.resolve({ items: [] })), [organisationId]);
  const items = list.data?.items ?? [];
  return (
    <>
      <PageTitle title={t('waitingList.title')} />
      <Paragraph lead>{t('waitingList.intro')}</Paragraph>
      {me.organisations.length > 1 ? (
        <div className="dichtbij-narrow">
          <SelectField
            label={t('waitingList.organisation')}
            name="organisatie"
            value={organisationId}
            options={me.organisations.map((o) => ({ value: o.id, label: o.name }))}
            onChange={(value) => setParams({ organisatie: value }, { replace: true })}
          />
        </div>
      ) : (
        organisation && <Paragraph>{t('waitingList.of', { organisation: organisation.name })}</Paragraph>
      )}
      {!organisation && <Paragraph>{t('waitingList.noOrganisation')}</Paragraph>}
      <ErrorAlert error={list.error} />
      <LiveText>{list.loading ? t('common.loading') : list.data && organisation && (items.length === 0 ? t('waitingList.none') : t('waitingList.found', { count: items.length }))}</LiveText>
      {items.length > 0 && organisation && <WaitingTable items={items} organisation={organisation.name} />}
    </>
  );
}
