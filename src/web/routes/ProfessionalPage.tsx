import { Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../api/client';
import { BackToDirectory } from '../components/BackLink';
import { Details } from '../components/Details';
import { ErrorAlert, Loading } from '../components/Feedback';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { ThemeList } from '../components/ThemeList';
import { useLabels } from '../components/labels';
import { useLoad } from '../components/useLoad';

export function ProfessionalPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { id = '' } = useParams();
  const { data: professional, error, loading } = useLoad((signal) => api.professional(id, signal), [id]);

  return (
    <>
      <BackToDirectory />
      <PageTitle title={professional?.name ?? t('professional.title')} />
      <ErrorAlert error={error} />
      {loading && !professional && <Loading />}
      {professional && (
        <>
          {professional.jobFunction && <Paragraph lead>{labels.jobFunction(professional.jobFunction)}</Paragraph>}
          <section aria-labelledby="professional-reach">
            <Heading2 id="professional-reach">{t('professional.reach')}</Heading2>
            <Details
              items={[
                { key: 'email', label: t('professional.email'), value: <Link href={`mailto:${professional.email}`}>{professional.email}</Link> },
                {
                  key: 'phone',
                  label: t('professional.phone'),
                  value: professional.phone ? <Link href={`tel:${professional.phone.replace(/\s+/g, '')}`}>{professional.phone}</Link> : t('professional.noPhone'),
                },
              ]}
            />
          </section>
          <section aria-labelledby="professional-organisations">
            <Heading2 id="professional-organisations">{t('professional.organisations')}</Heading2>
            <UnorderedList>
              {professional.organisations.map((organisation) => (
                <UnorderedListItem key={organisation.id}>
                  <AppLink to={`/netwerk/organisaties/${organisation.id}`}>{organisation.name}</AppLink> ({labels.organisationKind(organisation.kind)})
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </section>
          <section aria-labelledby="professional-themes">
            <Heading2 id="professional-themes">{t('professional.themes')}</Heading2>
            {professional.themes.length > 0 ? (
              <ThemeList themes={professional.themes} label={t('professional.themes')} />
            ) : (
              <Paragraph>{t('professional.noThemes')}</Paragraph>
            )}
          </section>
          {professional.bio && (
            <section aria-labelledby="professional-bio">
              <Heading2 id="professional-bio">{t('professional.bio')}</Heading2>
              <Paragraph>{professional.bio}</Paragraph>
            </section>
          )}
        </>
      )}
    </>
  );
}
