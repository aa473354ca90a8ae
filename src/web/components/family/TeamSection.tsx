import {
  Heading2, Paragraph, SecondaryActionButton, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { api, type Plan, type TeamMember } from '../../api/client';
import { Disclosure } from '../Disclosure';
import { ErrorAlert } from '../Feedback';
import { formatDateTime, useLabels } from '../labels';
import { AppLink } from '../RouterLink';
import { useAction } from '../useAction';
import { AddTeamMemberForm } from './AddTeamMemberForm';
import { useSectionMessage } from './SectionFeedback';
import type { SectionProps } from './shared';

function Grounds({ member }: { member: TeamMember }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const parts = member.reasons.map((r) => t(`family.team.reasons.${r}` as never, { defaultValue: r }) as string);
  if (member.legalGround) parts.push(t('family.team.legalGround', { ground: labels.legalGround(member.legalGround) }));
  return <>{parts.join(', ')}</>;
}

export function TeamSection({ family, plan, me, canWrite, onChanged, organisationName }: SectionProps & { plan: Plan }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const feedback = useSectionMessage();
  const removal = useAction();
  const isOpen = plan.status === 'open';

  const remove = async (member: TeamMember) => {
    if (!window.confirm(t('family.team.confirmRemove', { name: member.name }))) return;
    if ((await removal.run(() => api.removeTeamMember(plan.id, member.id))).ok) {
      feedback.setMessage(t('family.team.removed', { name: member.name }));
      onChanged();
    }
  };

  return (
    <section aria-labelledby="family-team" id="team">
      <Heading2 id="family-team">{t('family.team.title')}</Heading2>
      {feedback.view}
      <ErrorAlert error={removal.error} />
      {plan.team.length === 0 ? (
        <Paragraph>{t('family.team.none')}</Paragraph>
      ) : (
        <div className="utrecht-table-container dichtbij-table-container">
          <Table>
            <TableCaption className="dichtbij-visually-hidden">{t('family.team.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('family.team.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('family.team.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('family.team.grounds')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('family.team.since')}</TableHeaderCell>
                {canWrite && isOpen && <TableHeaderCell scope="col">{t('family.team.actions')}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.team.map((member) => (
                <TableRow key={member.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/netwerk/professionals/${member.id}`}>{member.name}</AppLink>
                    <span className="dichtbij-secondary">
                      {[labels.jobFunction(member.jobFunction), member.isCoordinator ? t('family.team.coordinator') : '', member.id === me.id ? t('family.team.you') : '']
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </TableHeaderCell>
                  <TableCell>{member.organisation?.name ?? '–'}</TableCell>
                  <TableCell>
                    <Grounds member={member} />
                  </TableCell>
                  <TableCell>{formatDateTime(member.since)}</TableCell>
                  {canWrite && isOpen && (
                    <TableCell>
                      {!member.isCoordinator && (
                        <SecondaryActionButton type="button" aria-label={t('family.team.removeLabel', { name: member.name })} onClick={() => void remove(member)}>
                          {t('family.team.remove')}
                        </SecondaryActionButton>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {canWrite && isOpen && (
        <div className="dichtbij-actions">
          <Disclosure label={t('family.team.add')}>
            {(close) => (
              <AddTeamMemberForm
                family={family}
                plan={plan}
                organisationName={organisationName}
                onCancel={close}
                onDone={() => {
                  close();
                  feedback.setMessage(t('family.team.added'));
                  onChanged();
                }}
              />
            )}
          </Disclosure>
        </div>
      )}
    </section>
  );
}
