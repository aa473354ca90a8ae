import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProgressReport, programmesApi } from '../../api/client';
import { Details } from '../Details';
import { ErrorAlert, Loading } from '../Feedback';
import { formatDate } from '../labels';
import { Pagination } from '../Pagination';
import { useLoad } from '../useLoad';

/** One progress report: the period, what was done, what was learned and the next steps. */
export function ReportItem({ report, showProject = true }: { report: ProgressReport; showProject?: boolean }) {
  const { t } = useTranslation();
  const about = report.project && showProject ? report.project.name : showProject ? t('programmes.reports.wholeProgramme') : '';
  return (
    <li className="dichtbij-result">
      <Heading3 className="dichtbij-result__title">
        {t('programmes.period', { from: formatDate(report.periodStart), to: formatDate(report.periodEnd) })}
        {about && <> · {about}</>}
      </Heading3>
      {report.author && <Paragraph className="dichtbij-result__meta">{t('programmes.reports.by', { name: report.author.name })}</Paragraph>}
      <Details
        items={[
          { key: 'done', label: t('programmes.reports.done'), value: report.done },
          { key: 'learned', label: t('programmes.reports.learned'), value: report.learned },
          { key: 'next', label: t('programmes.reports.nextSteps'), value: report.nextSteps },
        ]}
      />
    </li>
  );
}

/** The programme's progress reports, newest period first. */
export function ReportList({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const reports = useLoad((signal) => programmesApi.progressReports(programmeId, { page, pageSize: 10 }, signal), [programmeId, page]);
  return (
    <>
      <ErrorAlert error={reports.error} />
      {reports.loading && !reports.data && <Loading />}
      {reports.data &&
        (reports.data.items.length === 0 ? (
          <Paragraph>{t('programmes.reports.none')}</Paragraph>
        ) : (
          <>
            <ul className="dichtbij-result-list">
              {reports.data.items.map((report) => (
                <ReportItem key={report.id} report={report} />
              ))}
            </ul>
            <Pagination page={reports.data.page} pageSize={reports.data.pageSize} total={reports.data.total} onPage={setPage} />
          </>
        ))}
    </>
  );
}
