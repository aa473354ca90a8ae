import '../components/work/work.css';
import { ButtonGroup, Heading2, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { api } from '../api/client';
import { Details } from '../components/Details';
import { ErrorAlert, LiveText, Loading, StatusMessage } from '../components/Feedback';
import { today } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { AppButtonLink, AppLink } from '../components/RouterLink';
import { useSession } from '../components/session';
import { TextField } from '../components/TextField';
import { useLoad } from '../components/useLoad';
import { useUrlFilters } from '../components/useUrlFilters';
import { FlowChart } from '../components/work/FlowChart';
import { useWorkLabels } from '../components/work/labels';
import { PathwayDiagram } from '../components/work/PathwayDiagram';

const PERIOD = ['van', 'tot'] as const;

/** The flow picture for a period (in the URL; this year by default). */
function FlowSection({ pathwayId }: { pathwayId: string }) {
  const { t } = useTranslation();
  const filters = useUrlFilters(PERIOD);
  const year = today().slice(0, 4);
  const from = filters.applied.van || `${year}-01-01`;
  const to = filters.applied.tot || `${year}-12-31`;
  const flow = useLoad((signal) => api.pathwayFlow(pathwayId, { from, to }, signal), [pathwayId, from, to]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    filters.apply();
  };
  return (
    <section aria-labelledby="pathway-flow">
      <Heading2 id="pathway-flow">{t('pathways.flow.title')}</Heading2>
      <Paragraph>{t('pathways.flow.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="dichtbij-period" aria-label={t('pathways.flow.period')}>
        <div className="dichtbij-form__grid">
          <TextField label={t('pathways.flow.from')} name="van" type="date" value={filters.draft.van || from} onChange={(v) => filters.setField('van', v)} errorMessage={flow.error?.fieldErrors.from} />
          <TextField label={t('pathways.flow.to')} name="tot" type="date" value={filters.draft.tot || to} onChange={(v) => filters.setField('tot', v)} errorMessage={flow.error?.fieldErrors.to} />
        </div>
        <ButtonGroup>
          <PrimaryActionButton type="submit">{t('pathways.flow.show')}</PrimaryActionButton>
        </ButtonGroup>
      </form>
      <ErrorAlert error={flow.error} />
      <LiveText>{flow.loading ? t('common.loading') : ''}</LiveText>
      {flow.data && (
        <>
          <FlowChart flow={flow.data} />
          <Paragraph className="dichtbij-secondary">{t(flow.data.disclosureControlled ? 'pathways.flow.controlled' : 'pathways.flow.exact')}</Paragraph>
        </>
      )}
    </section>
  );
}

/** One pathway: its steps as a picture, and how requests flowed through it. */
export function PathwayPage() {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const { can } = useSession();
  const { id = '' } = useParams();
  const location = useLocation();
  const arrivedWith = (location.state as { message?: string } | null)?.message;
  const pathway = useLoad((signal) => api.pathway(id, signal), [id]);
  const data = pathway.data;

  if (pathway.error?.status === 404) {
    return (
      <>
        <PageTitle title={t('pathways.notFound')} />
        <Paragraph>
          <AppLink to="/zorgpaden">{t('pathways.back')}</AppLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to="/zorgpaden">{t('pathways.back')}</AppLink>
      </p>
      <PageTitle title={data?.name ?? t('pathways.title')} />
      <ErrorAlert error={pathway.error} />
      {pathway.loading && !data && <Loading />}
      {arrivedWith && <StatusMessage>{arrivedWith}</StatusMessage>}
      {data && (
        <>
          {data.description && <Paragraph lead>{data.description}</Paragraph>}
          <Details
            items={[
              { key: 'area', label: t('pathways.area'), value: data.area?.name ?? t('pathways.everywhere') },
              { key: 'entryPoints', label: t('pathways.entryPoints'), value: data.entryPoints.map((e) => work.entryPoint(e)).join(', ') },
              { key: 'status', label: t('pathways.status'), value: data.isActive ? t('pathways.active') : t('pathways.inactive') },
            ]}
          />
          {can('pathways:manage') && (
            <ButtonGroup className="dichtbij-page-actions">
              <AppButtonLink to={`/zorgpaden/${data.id}/bewerken`}>{t('pathways.edit')}</AppButtonLink>
            </ButtonGroup>
          )}
          <section aria-labelledby="pathway-steps">
            <Heading2 id="pathway-steps">{t('pathways.stepsTitle')}</Heading2>
            <Paragraph>{t('pathways.stepsIntro')}</Paragraph>
            <PathwayDiagram pathway={data} />
          </section>
          {can('aggregates:read') && <FlowSection pathwayId={data.id} />}
        </>
      )}
    </>
  );
}
