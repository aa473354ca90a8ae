import '../components/work/work.css';
import { ButtonGroup, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorAlert, LiveText } from '../components/Feedback';
import { PageTitle } from '../components/PageTitle';
import { AppButtonLink, AppLink } from '../components/RouterLink';
import { useSession } from '../components/session';
import { useLoad } from '../components/useLoad';
import { useWorkLabels } from '../components/work/labels';

/** Zorgpaden: the agreed routes a request takes, per area. */
export function PathwaysPage() {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const { can } = useSession();
  const pathways = useLoad((signal) => api.pathways({}, signal), []);
  const items = pathways.data?.items ?? [];
  return (
    <>
      <PageTitle title={t('pathways.title')} />
      <Paragraph lead>{t('pathways.intro')}</Paragraph>
      {can('pathways:manage') && (
        <ButtonGroup className="dichtbij-page-actions">
          <AppButtonLink to="/zorgpaden/nieuw" primary>
            {t('pathways.new')}
          </AppButtonLink>
        </ButtonGroup>
      )}
      <ErrorAlert error={pathways.error} />
      <LiveText>{pathways.loading ? t('common.loading') : pathways.data && (items.length === 0 ? t('pathways.none') : t('pathways.found', { count: items.length }))}</LiveText>
      {items.length > 0 && (
        <ul className="dichtbij-result-list">
          {items.map((pathway) => (
            <li key={pathway.id} className="dichtbij-result">
              <AppLink to={`/zorgpaden/${pathway.id}`} className="dichtbij-result__title">
                {pathway.name}
              </AppLink>
              {!pathway.isActive && (
                <>
                  {' '}
                  <StatusBadge status="inactive">{t('pathways.inactive')}</StatusBadge>
                </>
              )}
              <Paragraph className="dichtbij-result__meta">
                {[pathway.area?.name ?? t('pathways.everywhere'), t('pathways.stepCount', { count: pathway.steps.length }), t('pathways.entryPointsList', { list: pathway.entryPoints.map((e) => work.entryPoint(e)).join(', ') })].join(' · ')}
              </Paragraph>
              {pathway.description && <Paragraph>{pathway.description}</Paragraph>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
