import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, ORGANISATION_KINDS, type Area } from '../api/client';
import { ErrorAlert, LiveText } from '../components/Feedback';
import { PageTitle } from '../components/PageTitle';
import { Pagination } from '../components/Pagination';
import { AppLink } from '../components/RouterLink';
import { SearchForm } from '../components/SearchForm';
import { type Option, SelectField } from '../components/SelectField';
import { Tabs } from '../components/Tabs';
import { ThemeList } from '../components/ThemeList';
import { TextField } from '../components/TextField';
import { useLabels } from '../components/labels';
import { useLoad } from '../components/useLoad';
import { useUrlFilters } from '../components/useUrlFilters';

type DirectoryTab = 'organisations' | 'professionals';

interface Choices {
  municipalities: Option[];
  themes: Option[];
  kinds: Option[];
}

function useChoices(): Choices {
  const labels = useLabels();
  const municipalities = useLoad((signal) => api.areas({ kind: 'municipality', pageSize: 100 }, signal), []);
  const themes = useLoad((signal) => api.themes(signal), []);
  return {
    municipalities: (municipalities.data?.items ?? []).map((area: Area) => ({ value: area.id, label: area.name })),
    themes: (themes.data?.items ?? []).map((theme) => ({ value: theme.key, label: labels.theme(theme.key) })),
    kinds: ORGANISATION_KINDS.map((kind) => ({ value: kind, label: labels.organisationKind(kind) })),
  };
}

const ORGANISATION_FILTERS = ['query', 'kind', 'municipalityId'] as const;

function OrganisationSearch({ choices }: { choices: Choices }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const filters = useUrlFilters(ORGANISATION_FILTERS);
  const { query, kind, municipalityId } = filters.applied;
  const result = useLoad(
    (signal) => api.organisations({ query, kind, municipalityId, page: filters.page }, signal),
    [query, kind, municipalityId, filters.page],
  );
  return (
    <>
      <SearchForm heading={t('directory.searchOrganisations')} onSearch={filters.apply} onClear={filters.clear}>
        <TextField label={t('directory.query')} name="query" type="search" value={filters.draft.query} onChange={(v) => filters.setField('query', v)} />
        <SelectField
          label={t('directory.organisationKind')}
          name="kind"
          value={filters.draft.kind}
          onChange={(v) => filters.setField('kind', v)}
          emptyOption={t('directory.anyOrganisationKind')}
          options={choices.kinds}
        />
        <SelectField
          label={t('directory.municipality')}
          name="municipalityId"
          value={filters.draft.municipalityId}
          onChange={(v) => filters.setField('municipalityId', v)}
          emptyOption={t('directory.anyMunicipality')}
          options={choices.municipalities}
        />
      </SearchForm>
      <section aria-labelledby="organisation-results" className="dichtbij-results">
        <Heading2 id="organisation-results">{t('directory.results')}</Heading2>
        <ErrorAlert error={result.error} />
        <LiveText>
          {result.loading ? t('common.loading') : result.data && (result.data.total === 0 ? t('directory.noResults') : t('directory.organisationsFound', { count: result.data.total }))}
        </LiveText>
        {result.data && result.data.items.length > 0 && (
          <ul className="dichtbij-result-list" aria-busy={result.loading}>
            {result.data.items.map((organisation) => (
              <li key={organisation.id} className="dichtbij-result">
                <AppLink to={`/netwerk/organisaties/${organisation.id}`} className="dichtbij-result__title">
                  {organisation.name}
                </AppLink>
                <Paragraph className="dichtbij-result__meta">
                  {[labels.organisationKind(organisation.kind), organisation.neighbourhood?.name, organisation.municipality?.name ?? organisation.city]
                    .filter(Boolean)
                    .join(' · ')}
                </Paragraph>
              </li>
            ))}
          </ul>
        )}
        {result.data && <Pagination page={result.data.page} pageSize={result.data.pageSize} total={result.data.total} onPage={filters.setPage} />}
      </section>
    </>
  );
}

const PROFESSIONAL_FILTERS = ['query', 'organisationKind', 'municipalityId', 'theme'] as const;

function ProfessionalSearch({ choices }: { choices: Choices }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const filters = useUrlFilters(PROFESSIONAL_FILTERS);
  const { query, organisationKind, municipalityId, theme } = filters.applied;
  const result = useLoad(
    (signal) => api.professionals({ query, organisationKind, municipalityId, theme, page: filters.page }, signal),
    [query, organisationKind, municipalityId, theme, filters.page],
  );
  return (
    <>
      <SearchForm heading={t('directory.searchProfessionals')} onSearch={filters.apply} onClear={filters.clear}>
        <TextField label={t('directory.query')} name="query" type="search" value={filters.draft.query} onChange={(v) => filters.setField('query', v)} />
        <SelectField
          label={t('directory.organisationKind')}
          name="organisationKind"
          value={filters.draft.organisationKind}
          onChange={(v) => filters.setField('organisationKind', v)}
          emptyOption={t('directory.anyOrganisationKind')}
          options={choices.kinds}
        />
        <SelectField
          label={t('directory.municipality')}
          name="municipalityId"
          value={filters.draft.municipalityId}
          onChange={(v) => filters.setField('municipalityId', v)}
          emptyOption={t('directory.anyMunicipality')}
          options={choices.municipalities}
        />
        <SelectField
          label={t('directory.theme')}
          name="theme"
          value={filters.draft.theme}
          onChange={(v) => filters.setField('theme', v)}
          emptyOption={t('directory.anyTheme')}
          options={choices.themes}
        />
      </SearchForm>
      <section aria-labelledby="professional-results" className="dichtbij-results">
        <Heading2 id="professional-results">{t('directory.results')}</Heading2>
        <ErrorAlert error={result.error} />
        <LiveText>
          {result.loading ? t('common.loading') : result.data && (result.data.total === 0 ? t('directory.noResults') : t('directory.professionalsFound', { count: result.data.total }))}
        </LiveText>
        {result.data && result.data.items.length > 0 && (
          <ul className="dichtbij-result-list" aria-busy={result.loading}>
            {result.data.items.map((professional) => (
              <li key={professional.id} className="dichtbij-result">
                <AppLink to={`/netwerk/professionals/${professional.id}`} className="dichtbij-result__title">
                  {professional.name}
                </AppLink>
                <Paragraph className="dichtbij-result__meta">
                  {[labels.jobFunction(professional.jobFunction), professional.organisations.map((o) => o.name).join(', ')].filter(Boolean).join(' · ')}
                </Paragraph>
                {professional.themes.length > 0 && <ThemeList themes={professional.themes} label={t('professional.themes')} />}
              </li>
            ))}
          </ul>
        )}
        {result.data && <Pagination page={result.data.page} pageSize={result.data.pageSize} total={result.data.total} onPage={filters.setPage} />}
      </section>
    </>
  );
}

export function DirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: DirectoryTab = params.get('tab') === 'professionals' ? 'professionals' : 'organisations';
  const choices = useChoices();
  return (
    <>
      <PageTitle title={t('directory.title')} />
      <Paragraph lead>{t('directory.intro')}</Paragraph>
      <Tabs<DirectoryTab>
        label={t('directory.tabs')}
        tabs={[
          { key: 'organisations', label: t('directory.organisations') },
          { key: 'professionals', label: t('directory.professionals') },
        ]}
        selected={tab}
        onSelect={(key) => setParams(key === 'professionals' ? { tab: key } : {})}
      >
        {tab === 'organisations' ? <OrganisationSearch choices={choices} /> : <ProfessionalSearch choices={choices} />}
      </Tabs>
    </>
  );
}
