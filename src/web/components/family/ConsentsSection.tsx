import { ButtonGroup, Heading2, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton, StatusBadge } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Consent } from '../../api/client';
import { Details } from '../Details';
import { Disclosure } from '../Disclosure';
import { ErrorAlert } from '../Feedback';
import { formatDate, formatDateTime, today, useLabels } from '../labels';
import { TextAreaField } from '../TextAreaField';
import { useAction } from '../useAction';
import { ConsentForm } from './ConsentForm';
import { useSectionMessage } from './SectionFeedback';
import { childName, type SectionProps } from './shared';

function WithdrawForm({ consent, onDone, onCancel }: { consent: Consent; onDone: (ended: number) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(() => api.withdrawConsent(consent.id, reason));
    if (result.ok) onDone(result.value.endedInvolvements);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <Paragraph>{t('family.consents.withdrawWarning')}</Paragraph>
      <TextAreaField label={t('family.consents.withdrawReason')} name="reason" value={reason} onChange={setReason} errorMessage={action.fieldErrors.reason} required />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('family.consents.withdrawSubmit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

function consentState(consent: Consent): 'valid' | 'withdrawn' | 'expired' | 'future' {
  if (consent.withdrawnAt) return 'withdrawn';
  if (consent.isValid) return 'valid';
  return consent.validFrom > today() ? 'future' : 'expired';
}

/** Toestemmingen: per child, who may see the file, for what, how long; record and withdraw. */
export function ConsentsSection({ family, canWrite, onChanged, organisationName }: SectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const feedback = useSectionMessage();
  const done = (message: string) => {
    feedback.setMessage(message);
    onChanged();
  };
  return (
    <section aria-labelledby="family-consents" id="toestemmingen">
      <Heading2 id="family-consents">{t('family.consents.title')}</Heading2>
      <Paragraph>{t('family.consents.intro')}</Paragraph>
      {feedback.view}
      {family.children.map((child) => {
        const consents = family.consents.filter((c) => c.childId === child.id);
        return (
          <div key={child.id} className="dichtbij-domain">
            <Heading3>{childName(child)}</Heading3>
            {consents.length === 0 ? (
              <Paragraph>{t('family.consents.none')}</Paragraph>
            ) : (
              <ul className="dichtbij-item-list">
                {consents.map((consent) => {
                  const state = consentState(consent);
                  const organisations = consent.organisationIds.map(organisationName).join(', ');
                  return (
                    <li key={consent.id} className="dichtbij-item">
                      <Paragraph className="dichtbij-item__title">{organisations}</Paragraph>
                      <Paragraph className="dichtbij-item__meta">
                        <StatusBadge status={state === 'valid' ? 'safe' : 'neutral'}>{t(`family.consents.states.${state}`)}</StatusBadge>
                      </Paragraph>
                      <Details
                        items={[
                          { key: 'givenBy', label: t('family.consents.givenBy'), value: consent.givenBy.map(labels.consentGiver).join(', ') },
                          { key: 'purpose', label: t('family.consents.purpose'), value: consent.purpose },
                          { key: 'valid', label: t('family.consents.validity'), value: consent.validUntil ? t('family.consents.fromUntil', { from: formatDate(consent.validFrom), until: formatDate(consent.validUntil) }) : t('family.consents.from', { date: formatDate(consent.validFrom) }) },
                          { key: 'withdrawn', label: t('family.consents.withdrawnAt'), value: consent.withdrawnAt ? `${formatDateTime(consent.withdrawnAt)}: ${consent.withdrawalReason ?? ''}` : '' },
                        ]}
                      />
                      {canWrite && !consent.withdrawnAt && (
                        <div className="dichtbij-actions">
                          <Disclosure label={t('family.consents.withdraw')} ariaLabel={t('family.consents.withdrawLabel', { organisations })}>
                            {(close) => (
                              <WithdrawForm
                                consent={consent}
                                onCancel={close}
                                onDone={(ended) => {
                                  close();
                                  done(t('family.consents.withdrawn', { count: ended }));
                                }}
                              />
                            )}
                          </Disclosure>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        );
      })}
      {canWrite && (
        <div className="dichtbij-actions">
          <Disclosure label={t('family.consents.record')}>
            {(close) => <ConsentForm family={family} onCancel={close} onDone={() => { close(); done(t('family.consents.recorded')); }} />}
          </Disclosure>
        </div>
      )}
    </section>
  );
}
