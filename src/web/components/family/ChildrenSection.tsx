import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError, type Child } from '../../api/client';
import { Details } from '../Details';
import { ErrorAlert } from '../Feedback';
import { formatDate } from '../labels';
import { toApiError } from '../useLoad';
import { childName, type SectionProps } from './shared';

/** The masked BSN, and a button that asks the server for the full one (an audited act). */
function Bsn({ child }: { child: Child }) {
  const { t } = useTranslation();
  const [bsn, setBsn] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (!child.bsnMasked) return <>{t('family.children.noBsn')}</>;
  const reveal = async () => {
    setError(null);
    try {
      setBsn((await api.revealBsn(child.id)).bsn);
    } catch (caught) {
      setError(toApiError(caught));
    }
  };
  return (
    <span className="dichtbij-bsn">
      <span aria-live="polite">{bsn ?? child.bsnMasked}</span>{' '}
      <Button
        appearance="subtle-button"
        aria-label={bsn ? t('family.children.hideBsnLabel', { name: childName(child) }) : t('family.children.showBsnLabel', { name: childName(child) })}
        onClick={() => (bsn ? setBsn(null) : void reveal())}
      >
        {bsn ? t('family.children.hideBsn') : t('family.children.showBsn')}
      </Button>
      <ErrorAlert error={error} />
    </span>
  );
}

export function ChildrenSection({ family }: Pick<SectionProps, 'family'>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="family-children" id="kinderen">
      <Heading2 id="family-children">{t('family.children.title')}</Heading2>
      {family.children.map((child) => (
        <article key={child.id} className="dichtbij-card dichtbij-child" aria-labelledby={`child-${child.id}`}>
          <Heading3 id={`child-${child.id}`} className="dichtbij-card__heading">{childName(child)}</Heading3>
          <Details
            items={[
              child.birthDate
                ? { key: 'birth', label: t('family.children.birthDate'), value: formatDate(child.birthDate) }
                : { key: 'expected', label: t('family.children.expectedBirthDate'), value: t('family.children.unborn', { date: formatDate(child.expectedBirthDate) }) },
              { key: 'bsn', label: t('family.children.bsn'), value: <Bsn child={child} /> },
              { key: 'municipality', label: t('family.children.municipality'), value: [child.neighbourhood?.name, child.municipality.name].filter(Boolean).join(', ') },
              { key: 'school', label: t('family.children.school'), value: child.school?.name ?? t('family.children.noSchool') },
            ]}
          />
        </article>
      ))}
      {family.hiddenChildren > 0 && <Paragraph>{t('family.children.hidden', { count: family.hiddenChildren })}</Paragraph>}
    </section>
  );
}
