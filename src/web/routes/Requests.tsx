import '../components/work/work.css';
import {
  ButtonGroup, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, type Me, type SupportRequest } from '../api/client';
import { ErrorAlert, LiveText } from '../components/Feedback';
import { formatDateTime } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { AppButtonLink, AppLink } from '../components/RouterLink';
import { useUser } from '../components/session';
import { Tabs } from '../components/Tabs';
import { useLoad } from '../components/useLoad';
import { DueDate } from '../components/work/DueDate';
import { useWorkLabels } from '../components/work/labels';

type Status = 'open' | 'closed';

/** How the reader relates to a request, from the ids the server sends. */
function relation(request: SupportRequest, me: Me): 'assigned' | 'created' | 'team' | 'available' {
  if (request.assignedProfessionalId === me.id) return 'assigned';
  if (request.createdBy === me.id) return 'created';
  if (request.teamId) return 'team';
  return 'available';
}

function RequestTable({ items, status }: { items: SupportRequest[]; status: Status }) {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const me = useUser();
  return (
    <div className="utrecht-table-container dichtbij-table-container">
      <Table>
        <TableCaption className="dichtbij-visually-hidden">{t(status === 'open' ? 'requests.captionOpen' : 'requests.captionClosed')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('requests.request')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('requests.child')}</TableHeaderCell>
            {status === 'open' ? (
              <>
                <TableHeaderCell scope="col">{t('requests.currentStep')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('requests.dueOn')}</TableHeaderCell>
              </>
            ) : (
              <>
                <TableHeaderCell scope="col">{t('requests.outcome')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('requests.decidedAt')}</TableHeaderCell>
              </>
            )}
            <TableHeaderCell scope="col">{t('requests.yourPart')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((request) => (
            <TableRow key={request.id}>
              <TableHeaderCell scope="row">
                <AppLink to={`/hulpvragen/${request.id}`}>{t('requests.linkText', { pathway: request.pathway.name, date: formatDateTime(request.receivedAt) })}</AppLink>
                <span className="dichtbij-secondary">{t('requests.via', { entryPoint: work.entryPoint(request.entryPoint) })}</span>
              </TableHeaderCell>
              <TableCell>{request.childName ?? (request.childId ? t('requests.childHidden') : t('requests.childByBsn'))}</TableCell>
              {status === 'open' ? (
                <>
                  <TableCell>{request.step.name}</TableCell>
                  <TableCell>
                    <DueDate dueOn={request.step.dueOn} isOverdue={request.isOverdue} />
                  </TableCell>
                </>
              ) : (
                <>
                  <TableCell>{work.outcome(request.outcome)}</TableCell>
                  <TableCell>{formatDateTime(request.decidedAt)}</TableCell>
                </>
              )}
              <TableCell>{t(`requests.relations.${relation(request, me)}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Hulpvragen: the requests I started, have, can pick up or see through my support team; open or closed. */
export function RequestsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status: Status = params.get('status') === 'afgesloten' ? 'closed' : 'open';
  const requests = useLoad((signal) => api.supportRequests({ status }, signal), [status]);
  // Rows of the other tab are not shown while this one loads: its columns differ.
  const items = requests.loading ? [] : (requests.data?.items ?? []);
  return (
    <>
      <PageTitle title={t('requests.title')} />
      <Paragraph lead>{t('requests.intro')}</Paragraph>
      <ButtonGroup className="dichtbij-page-actions">
        <AppButtonLink to="/hulpvragen/nieuw" primary>
          {t('requests.new')}
        </AppButtonLink>
      </ButtonGroup>
      <Tabs<Status>
        label={t('requests.tabs')}
        tabs={[
          { key: 'open', label: t('requests.open') },
          { key: 'closed', label: t('requests.closed') },
        ]}
        selected={status}
        onSelect={(key) => setParams(key === 'closed' ? { status: 'afgesloten' } : {}, { replace: true })}
      >
        <Heading2 className="dichtbij-visually-hidden">{t(status === 'open' ? 'requests.open' : 'requests.closed')}</Heading2>
        <ErrorAlert error={requests.error} />
        <LiveText>
          {requests.loading ? t('common.loading') : requests.data && (items.length === 0 ? t(status === 'open' ? 'requests.noneOpen' : 'requests.noneClosed') : t('requests.found', { count: items.length }))}
        </LiveText>
        {items.length > 0 && <RequestTable items={items} status={status} />}
      </Tabs>
    </>
  );
}
