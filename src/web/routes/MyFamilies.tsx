import {
  ButtonGroup, Heading2, Paragraph, StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { api, type CaseloadItem } from '../api/client';
import { ErrorAlert, LiveText } from '../components/Feedback';
import { PageTitle } from '../components/PageTitle';
import { AppButtonLink, AppLink } from '../components/RouterLink';
import { useLabels } from '../components/labels';
import { useSession, useUser } from '../components/session';
import { useLoad } from '../components/useLoad';

const ATTENTION = ['handoversToMe', 'decisionsPending', 'episodesNotStarted', 'goalsUnevaluated'] as const;

function AttentionBadges({ family }: { family: CaseloadItem }) {
  const { t } = useTranslation();
  const shown = ATTENTION.filter((key) => family.attention[key] > 0);
  if (shown.length === 0) return <span className="dichtbij-secondary">{t('myFamilies.noAttention')}</span>;
  return (
    <ul className="dichtbij-badges">
      {shown.map((key) => (
        <li key={key}>
          <StatusBadge status={key === 'handoversToMe' ? 'danger' : 'neutral'}>{t(`myFamilies.attention.${key}`, { count: family.attention[key] })}</StatusBadge>
        </li>
      ))}
    </ul>
  );
}

/** Mijn gezinnen: the families the professional is involved with, and what needs attention. */
export function MyFamiliesPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const user = useUser();
  const { can } = useSession();
  const families = useLoad((signal) => api.myFamilies(signal), []);
  const items = families.data?.items ?? [];
  const isAccessOfficer = user.jobFunction === 'medewerker-toegang';

  return (
    <>
      <PageTitle title={t('myFamilies.title')} />
      <Paragraph lead>{t('myFamilies.intro')}</Paragraph>
      {can('cases:write') && (
        <ButtonGroup className="dichtbij-page-actions">
          <AppButtonLink to="/gezinnen/nieuw" primary>
            {t('myFamilies.register')}
          </AppButtonLink>
        </ButtonGroup>
      )}
      {isAccessOfficer && (
        <section aria-labelledby="access-queue" className="dichtbij-callout">
          <Heading2 id="access-queue">{t('accessRequests.title')}</Heading2>
          <Paragraph>{t('myFamilies.accessQueueIntro')}</Paragraph>
          <Paragraph>
            <AppLink to="/toegang">{t('myFamilies.accessQueueLink')}</AppLink>
          </Paragraph>
        </section>
      )}
      <section aria-labelledby="caseload" className="dichtbij-results">
        <Heading2 id="caseload">{t('myFamilies.caseload')}</Heading2>
        <ErrorAlert error={families.error} />
        <LiveText>
          {families.loading ? t('common.loading') : families.data && (items.length === 0 ? t('myFamilies.none') : t('myFamilies.found', { count: items.length }))}
        </LiveText>
        {items.length > 0 && (
          <div className="utrecht-table-container dichtbij-table-container">
            <Table busy={families.loading}>
              <TableCaption className="dichtbij-visually-hidden">{t('myFamilies.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('myFamilies.family')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('myFamilies.children')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('myFamilies.coordinator')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('myFamilies.highestLevel')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('myFamilies.attentionHeading')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((family) => (
                  <TableRow key={family.id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={`/gezinnen/${family.id}`}>{family.name}</AppLink>
                    </TableHeaderCell>
                    <TableCell>{family.childNames.join(', ')}</TableCell>
                    <TableCell>
                      {family.coordinator ? (family.isCoordinator ? t('myFamilies.you', { name: family.coordinator.name }) : family.coordinator.name) : t('myFamilies.noPlan')}
                    </TableCell>
                    <TableCell>{family.highestLevel === null ? t('myFamilies.noSupport') : labels.level(family.highestLevel)}</TableCell>
                    <TableCell>
                      <AttentionBadges family={family} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
