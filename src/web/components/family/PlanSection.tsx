import { ButtonGroup, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { RadioGroup } from '../ChoiceGroup';
import { Details } from '../Details';
import { Disclosure } from '../Disclosure';
import { ErrorAlert } from '../Feedback';
import { formatDateTime } from '../labels';
import { ProfessionalPicker } from '../ProfessionalPicker';
import { TextAreaField } from '../TextAreaField';
import { useAction } from '../useAction';
import { HandoverPanel } from './HandoverPanel';
import { useSectionMessage } from './SectionFeedback';
import type { SectionProps } from './shared';

/** Opens the family's one plan with one coordinator: the user themself or a professional from the directory. */
function OpenPlanForm({ family, me, onOpened }: Pick<SectionProps, 'family' | 'me'> & { onOpened: () => void }) {
  const { t } = useTranslation();
  const [who, setWho] = useState<'me' | 'other'>('me');
  const [coordinatorId, setCoordinatorId] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(() => api.openPlan(family.id, who === 'me' ? me.id : coordinatorId));
    if (result.ok) onOpened();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <RadioGroup
        legend={t('family.plan.whoCoordinates')}
        name="coordinatorChoice"
        value={who}
        options={[
          { value: 'me', label: t('family.plan.coordinatorMe', { name: me.name }) },
          { value: 'other', label: t('family.plan.coordinatorOther') },
        ]}
        onChange={(v) => setWho(v as 'me' | 'other')}
      />
      {who === 'other' && (
        <ProfessionalPicker name="coordinatorId" label={t('family.plan.coordinator')} value={coordinatorId} onChange={setCoordinatorId} errorMessage={action.fieldErrors.coordinatorId} />
      )}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('family.plan.open')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}

function ClosePlanForm({ planId, onDone, onCancel }: { planId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run(() => api.closePlan(planId, reason))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <Paragraph>{t('family.plan.closeWarning')}</Paragraph>
      <TextAreaField label={t('family.plan.closeReason')} name="reason" value={reason} onChange={setReason} errorMessage={action.fieldErrors.reason} required />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('family.plan.closeSubmit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

/** Gezinsplan: open one when there is none; its state, the hand-over of coordination, and closing it. */
export function PlanSection(props: SectionProps) {
  const { family, plan, me, canWrite, onChanged } = props;
  const { t } = useTranslation();
  const feedback = useSectionMessage();
  const done = (message: string) => {
    feedback.setMessage(message);
    onChanged();
  };
  const isOpen = plan?.status === 'open';

  return (
    <section aria-labelledby="family-plan" id="gezinsplan">
      <Heading2 id="family-plan">{t('family.plan.title')}</Heading2>
      {feedback.view}
      {!isOpen && (
        <>
          {plan && (
            <Details
              items={[
                { key: 'status', label: t('family.plan.status'), value: t('family.plan.closed') },
                { key: 'closedAt', label: t('family.plan.closedAt'), value: formatDateTime(plan.closedAt) },
                { key: 'closeReason', label: t('family.plan.closeReason'), value: plan.closeReason },
              ]}
            />
          )}
          <Paragraph>{plan ? t('family.plan.noOpenPlan') : t('family.plan.none')}</Paragraph>
          {canWrite && <OpenPlanForm family={family} me={me} onOpened={() => done(t('family.plan.opened'))} />}
        </>
      )}
      {plan && isOpen && (
        <>
          <Details
            items={[
              { key: 'status', label: t('family.plan.status'), value: t('family.plan.isOpen') },
              { key: 'openedAt', label: t('family.plan.openedAt'), value: formatDateTime(plan.openedAt) },
              {
                key: 'history',
                label: t('family.plan.history'),
                value: plan.coordinatorHistory.length > 1 ? plan.coordinatorHistory.map((c) => c.name).join(' → ') : '',
              },
            ]}
          />
          <HandoverPanel plan={plan} me={me} canWrite={canWrite} onDone={done} />
          {canWrite && (
            <div className="dichtbij-actions">
              <Disclosure label={t('family.plan.close')}>
                {(close) => (
                  <ClosePlanForm
                    planId={plan.id}
                    onCancel={close}
                    onDone={() => {
                      close();
                      done(t('family.plan.closedMessage'));
                    }}
                  />
                )}
              </Disclosure>
            </div>
          )}
        </>
      )}
    </section>
  );
}
