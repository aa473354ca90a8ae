import { Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../api/client';
import { BackToDirectory } from '../components/BackLink';
import { Details } from '../components/Details';
import { ErrorAlert, Loading } from '../components/Feedback';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { useLabels } from '../components/labels';
import { useLoad } from '../components/useLoad';

export function OrganisationPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { id = '' } = useParams();
  const { data: organisation, error, loading } = useLoad((signal) => api.organisation(id, signal), [id]);

  return (
    <>
      <BackToDirectory />
      <PageTitle title={organisation?.name ?? t('organisation.title')} />
      <ErrorAlert error={error} />
      {loading && !organisation && <Loading />}
      {organisation && (
        <>
          {organisation.description && <Paragraph lead>{organisation.description}</Paragraph>}
          <section aria-labelledby="organisation-details">
            <Heading2 id="organisation-details">{t('organisation.details')}</Heading2>
            <Details
              items={[
                { key: 'kind', label: t('organisation.kind'), value: labels.organisationKind(organisation.kind) },
                { key: 'municipality', label: t('organisation.municipality'), value: organisation.municipality?.name },
                { key: 'neighbourhood', label: t('organisation.neighbourhood'), value: organisation.neighbourhood?.name },
                { key: 'city', label: t('organisation.city'), value: organisation.city },
              ]}
            />
          </section>
          <section aria-labelledby="organisation-identifiers">
            <Heading2 id="organisation-identifiers">{t('organisation.identifiers')}</Heading2>
            <Details
              empty={t('organisation.notRegistered')}
              items={[
                { key: 'agb', label: t('organisation.agbCode'), value: organisation.agbCode },
                { key: 'brin', label: t('organisation.brin'), value: organisation.brin },
                { key: 'kvk', label: t('organisation.kvkNumber'), value: organisation.kvkNumber },
              ]}
            />
          </section>
          <section aria-labelledby="organisation-contact">
            <Heading2 id="organisation-contact">{t('organisation.contact')}</Heading2>
            <Details
              items={[
                {
                  key: 'address',
                  label: t('organisation.address'),
                  value: [organisation.streetAddress, [organisation.postcode, organisation.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
                },
                { key: 'phone', label: t('organisation.phone'), value: organisation.phone && <Link href={`tel:${organisation.phone.replace(/\s+/g, '')}`}>{organisation.phone}</Link> },
                { key: 'email', label: t('organisation.email'), value: organisation.email && <Link href={`mailto:${organisation.email}`}>{organisation.email}</Link> },
                { key: 'website', label: t('organisation.website'), value: organisation.website && <Link href={/^https?:\/\//i.test(organisation.website) ? organisation.website : `https://${organisation.website}`} external>{organisation.website}</Link> },
              ]}
            />
          </section>
          <section aria-labelledby="organisation-professionals">
            <Heading2 id="organisation-professionals">{t('organisation.professionals')}</Heading2>
            {organisation.professionals.length === 0 ? (
              <Paragraph>{t('organisation.noProfessionals')}</Paragraph>
            ) : (
              <UnorderedList>
                {organisation.professionals.map((professional) => (
                  <UnorderedListItem key={professional.id}>
                    <AppLink to={`/netwerk/professionals/${professional.id}`}>{professional.name}</AppLink>
                    {professional.jobFunction && <>, {labels.jobFunction(professional.jobFunction)}</>}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </section>
        </>
      )}
    </>
  );
}
