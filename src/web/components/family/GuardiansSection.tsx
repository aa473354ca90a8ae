import { Heading2, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../labels';
import type { SectionProps } from './shared';

export function GuardiansSection({ family }: Pick<SectionProps, 'family'>) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section aria-labelledby="family-guardians" id="ouders">
      <Heading2 id="family-guardians">{t('family.guardians.title')}</Heading2>
      {family.guardians.length === 0 ? (
        <Paragraph>{t('family.guardians.none')}</Paragraph>
      ) : (
        <div className="utrecht-table-container dichtbij-table-container">
          <Table>
            <TableCaption className="dichtbij-visually-hidden">{t('family.guardians.title')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('family.guardians.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('family.guardians.relation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('family.guardians.authority')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('family.guardians.phone')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('family.guardians.email')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {family.guardians.map((g) => (
                <TableRow key={g.id}>
                  <TableHeaderCell scope="row">{`${g.givenName} ${g.familyName}`}</TableHeaderCell>
                  <TableCell>{labels.relation(g.relation)}</TableCell>
                  <TableCell>{g.hasParentalAuthority ? t('common.yes') : t('common.no')}</TableCell>
                  <TableCell>{g.phone ? <Link href={`tel:${g.phone.replace(/\s+/g, '')}`}>{g.phone}</Link> : '–'}</TableCell>
                  <TableCell>{g.email ? <Link href={`mailto:${g.email}`}>{g.email}</Link> : '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
