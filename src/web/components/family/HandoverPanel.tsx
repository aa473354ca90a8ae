import { Alert, ButtonGroup, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Me, type Plan } from '../../api/client';
import { Disclosure } from '../Disclosure';
import { ErrorAlert } from '../Feedback';
import { SelectField } from '../SelectField';
import { TextAreaField } from '../TextAreaField';
import { useAction } from '../useAction';
import { orNull } from './shared';

function HandoverForm({ plan, me, onDone, onCancel }: { plan: Plan; me: Me; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const action = useAction();
  const candidates = plan.team.filter((m) => m.id !== me.id);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run(() => api.requestHandover(plan.id, to, orNull(note)))).ok) onDone();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      {candidates.length === 0 && <Paragraph>{t('family.handover.noCandidates')}</Paragraph>}
      <SelectField
        label={t('family.handover.to')}
        name="toProfessionalId"
        value={to}
        emptyOption={t('family.handover.chooseMember')}
        options={candidates.map((m) => ({ value: m.id, label: m.organisation ? `${m.name} (${m.organisation.name})` : m.name }))}
        onChange={setTo}
        errorMessage={action.fieldErrors.toProfessionalId}
        required
      />
      <TextAreaField label={t('family.handover.note')} name="note" value={note} onChange={setNote} errorMessage={action.fieldErrors.note} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('family.handover.submit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

interface HandoverPanelProps {
  plan: Plan;
  me: Me;
  canWrite: boolean;
  onDone: (message: string) => void;
}

/** Regie overdragen: the coordinator proposes, the receiver accepts or declines; until then nothing changes. */
export function HandoverPanel({ plan, me, canWrite, onDone }: HandoverPanelProps) {
  const { t } = useTranslation();
  const action = useAction();
  const pending = plan.pendingHandover;
  const nameOf = (id: string) => plan.team.find((m) => m.id === id)?.name ?? t('family.handover.someone');
  const isCoordinator = plan.coordinator?.id === me.id;

  if (pending && pending.toId === me.id) {
    const resolve = async (accept: boolean) => {
      const result = await action.run(() => (accept ? api.acceptHandover(pending.id) : api.refuseHandover(pending.id)));
      if (result.ok) onDone(accept ? t('family.handover.accepted') : t('family.handover.declined'));
    };
    return (
      <div className="dichtbij-handover">
        <Heading3>{t('family.handover.title')}</Heading3>
        <Alert type="warning">
          <Paragraph>{t('family.handover.toYou', { name: nameOf(pending.fromId) })}</Paragraph>
          {pending.note && <Paragraph>{t('family.handover.noteSays', { note: pending.note })}</Paragraph>}
        </Alert>
        <ErrorAlert error={action.error} />
        {canWrite && (
          <ButtonGroup>
            <PrimaryActionButton type="button" busy={action.busy} onClick={() => void resolve(true)}>
              {t('family.handover.accept')}
            </PrimaryActionButton>
            <SecondaryActionButton type="button" onClick={() => void resolve(false)}>
              {t('family.handover.decline')}
            </SecondaryActionButton>
          </ButtonGroup>
        )}
      </div>
    );
  }
  if (pending) {
    return (
      <div className="dichtbij-handover">
        <Heading3>{t('family.handover.title')}</Heading3>
        <Paragraph>{t('family.handover.waiting', { from: nameOf(pending.fromId), to: nameOf(pending.toId) })}</Paragraph>
      </div>
    );
  }
  if (!isCoordinator || !canWrite) return null;
  return (
    <div className="dichtbij-handover">
      <Heading3>{t('family.handover.title')}</Heading3>
      <Paragraph>{t('family.handover.intro')}</Paragraph>
      <Disclosure label={t('family.handover.start')}>
        {(close) => (
          <HandoverForm
            plan={plan}
            me={me}
            onCancel={close}
            onDone={() => {
              close();
              onDone(t('family.handover.requested'));
            }}
          />
        )}
      </Disclosure>
    </div>
  );
}
