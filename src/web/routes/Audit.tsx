import {
  Heading2,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { api, type AuditOutcome } from '../api/client';
import { ErrorAlert, LiveText } from '../components/Feedback';
import { formatDateTime } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { Pagination } from '../components/Pagination';
import { SearchForm } from '../components/SearchForm';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useLoad } from '../components/useLoad';
import { useUrlFilters } from '../components/useUrlFilters';

const AUDIT_FILTERS = ['actorId', 'subjectId', 'outcome'] as const;
const OUTCOMES: AuditOutcome[] = ['allowed', 'denied'];

export function AuditPage() {
  const { t } = useTranslation();
  const filters = useUrlFilters(AUDIT_FILTERS);
  const { actorId, subjectId, outcome } = filters.applied;
  const events = useLoad(
    (signal) => api.auditEvents({ actorId, subjectId, outcome: outcome as AuditOutcome | '', page: filters.page }, signal),
    [actorId, subjectId, outcome, filters.page],
  );
  const errors = events.error?.fieldErrors ?? {};

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <Paragraph lead>{t('audit.intro')}</Paragraph>
      <SearchForm heading={t('audit.filters')} onSearch={filters.apply} onClear={filters.clear}>
        <TextField
          label={t('audit.actorId')}
          name="actorId"
          description={t('audit.idHint')}
          value={filters.draft.actorId}
          onChange={(v) => filters.setField('actorId', v)}
          errorMessage={errors.actorId}
        />
        <TextField
          label={t('audit.subjectId')}
          name="subjectId"
          description={t('audit.idHint')}
          value={filters.draft.subjectId}
          onChange={(v) => filters.setField('subjectId', v)}
          errorMessage={errors.subjectId}
        />
        <SelectField
          label={t('audit.outcome')}
          name="outcome"
          value={filters.draft.outcome}
          emptyOption={t('audit.anyOutcome')}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcomes.${o}`) }))}
          onChange={(v) => filters.setField('outcome', v)}
          errorMessage={errors.outcome}
        />
      </SearchForm>
      <section aria-labelledby="audit-results" className="dichtbij-results">
        <Heading2 id="audit-results">{t('directory.results')}</Heading2>
        <ErrorAlert error={events.error} />
        <LiveText>
          {events.loading ? t('common.loading') : events.data && (events.data.total === 0 ? t('audit.none') : t('audit.found', { count: events.data.total }))}
        </LiveText>
        {events.data && events.data.items.length > 0 && (
          <div className="utrecht-table-container dichtbij-table-container">
            <Table busy={events.loading}>
              <TableCaption className="dichtbij-visually-hidden">{t('audit.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('audit.at')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.actor')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.subject')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.resource')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.action')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('audit.outcome')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {events.data.items.map((event) => (
                  <TableRow key={event.id}>
                    <TableCell>
                      <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                    </TableCell>
                    <TableCell>
                      {event.actorName ?? (event.actorId ? '' : t('audit.system'))}
                      {event.actorId && <code className="utrecht-code dichtbij-id">{event.actorId}</code>}
                    </TableCell>
                    <TableCell>
                      <code className="utrecht-code dichtbij-id">{event.subjectId ?? ''}</code>
                    </TableCell>
                    <TableCell>
                      {event.resource}
                      {event.resourceId && (
                        <>
                          {' '}
                          <code className="utrecht-code dichtbij-id">{event.resourceId}</code>
                        </>
                      )}
                    </TableCell>
                    <TableCell>{event.action}</TableCell>
                    <TableCell>
                      <StatusBadge status={event.outcome === 'allowed' ? 'safe' : 'danger'}>{t(`audit.outcomes.${event.outcome}`)}</StatusBadge>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        {events.data && <Pagination page={events.data.page} pageSize={events.data.pageSize} total={events.data.total} onPage={filters.setPage} />}
      </section>
    </>
  );
}
