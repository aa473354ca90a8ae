import { Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/client';
import { Details } from '../Details';
import { formatDateTime, useLabels } from '../labels';

/** Eén aanspreekpunt: the family's coordinator, with how to reach them, at the top of every family screen. */
export function CoordinatorCard({ plan }: { plan: Plan | null }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const coordinator = plan?.coordinator;
  return (
    <section aria-labelledby="family-contact" className="dichtbij-contact">
      <Heading2 id="family-contact">{t('family.contact.title')}</Heading2>
      {coordinator ? (
        <>
          <Paragraph className="dichtbij-contact__name">
            <strong>{coordinator.name}</strong>
            {coordinator.jobFunction && <>, {labels.jobFunction(coordinator.jobFunction)}</>}
          </Paragraph>
          <Details
            items={[
              { key: 'role', label: t('family.contact.role'), value: t('family.contact.coordinatorSince', { date: formatDateTime(coordinator.since) }) },
              { key: 'phone', label: t('family.contact.phone'), value: coordinator.phone ? <Link href={`tel:${coordinator.phone.replace(/\s+/g, '')}`}>{coordinator.phone}</Link> : t('family.contact.noPhone') },
              { key: 'email', label: t('family.contact.email'), value: <Link href={`mailto:${coordinator.email}`}>{coordinator.email}</Link> },
            ]}
          />
        </>
      ) : (
        <Paragraph>{plan ? t('family.contact.none') : t('family.contact.noPlan')}</Paragraph>
      )}
    </section>
  );
}
