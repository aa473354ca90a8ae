import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { api, type Family } from '../api/client';
import { ChildrenSection } from '../components/family/ChildrenSection';
import { ConsentsSection } from '../components/family/ConsentsSection';
import { CoordinatorCard } from '../components/family/CoordinatorCard';
import { EpisodesSection } from '../components/family/EpisodesSection';
import { GoalsSection } from '../components/family/GoalsSection';
import { GuardiansSection } from '../components/family/GuardiansSection';
import { PlanSection } from '../components/family/PlanSection';
import type { SectionProps } from '../components/family/shared';
import { TeamSection } from '../components/family/TeamSection';
import { TimelineSection } from '../components/family/TimelineSection';
import { useOrganisationNames } from '../components/family/useOrganisationNames';
import { ErrorAlert, Loading, StatusMessage } from '../components/Feedback';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { useSession, useUser } from '../components/session';
import { useLoad } from '../components/useLoad';

/** Links to the page's sections, so a keyboard user jumps instead of tabbing through every form. */
function OnThisPage({ family }: { family: Family }) {
  const { t } = useTranslation();
  const sections = [
    ['kinderen', t('family.children.title')],
    ['ouders', t('family.guardians.title')],
    ['gezinsplan', t('family.plan.title')],
    ...(family.plan ? [['team', t('family.team.title')], ['doelen', t('family.goals.title')], ['hulp', t('family.support.title')]] : []),
    ['toestemmingen', t('family.consents.title')],
    ['tijdlijn', t('family.timeline.title')],
    ['inzage', t('family.export.title')],
  ];
  return (
    <nav aria-label={t('family.onThisPage')} className="dichtbij-toc">
      <ul className="dichtbij-toc__list">
        {sections.map(([id, label]) => (
          <li key={id}>
            <Link href={`#${id}`}>{label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The family page: one family, one plan, one coordinator, and everything the reader may see of it. */
export function FamilyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useUser();
  const { can } = useSession();
  const location = useLocation();
  const arrivedWith = (location.state as { message?: string } | null)?.message;
  const [version, setVersion] = useState(0);
  const family = useLoad((signal) => api.family(id, signal), [id, version]);
  const organisationName = useOrganisationNames(family.data, me);

  if (family.error && (family.error.status === 404 || family.error.status === 403)) {
    return (
      <>
        <PageTitle title={t('family.notFound.title')} />
        <Paragraph>{family.error.problem.detail ?? t('family.notFound.body')}</Paragraph>
        <Paragraph>
          <AppLink to="/gezinnen">{t('myFamilies.back')}</AppLink>
        </Paragraph>
      </>
    );
  }

  const data = family.data;
  const props: SectionProps | null = data
    ? { family: data, plan: data.plan, me, canWrite: can('cases:write'), onChanged: () => setVersion((v) => v + 1), organisationName }
    : null;

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to="/gezinnen">{t('myFamilies.back')}</AppLink>
      </p>
      <PageTitle title={data?.name ?? t('family.title')} />
      <ErrorAlert error={family.error} />
      {family.loading && !data && <Loading />}
      {arrivedWith && <StatusMessage>{arrivedWith}</StatusMessage>}
      {props && data && (
        <>
          <CoordinatorCard plan={data.plan} />
          <OnThisPage family={data} />
          <ChildrenSection family={data} />
          <GuardiansSection family={data} />
          <PlanSection {...props} />
          {data.plan && (
            <>
              <TeamSection {...props} plan={data.plan} />
              <GoalsSection {...props} plan={data.plan} />
              <EpisodesSection {...props} plan={data.plan} />
            </>
          )}
          <ConsentsSection {...props} />
          <TimelineSection family={data} version={version} />
          <section aria-labelledby="family-export" id="inzage">
            <Heading2 id="family-export">{t('family.export.title')}</Heading2>
            <Paragraph>{t('family.export.intro')}</Paragraph>
            <Paragraph>
              <Link href={api.familyExportUrl(data.id, 'html')}>{t('family.export.html')}</Link>
            </Paragraph>
          </section>
        </>
      )}
    </>
  );
}
