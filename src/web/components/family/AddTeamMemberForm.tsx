import { ButtonGroup, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Family, type LegalGround, type Plan } from '../../api/client';
import { RadioGroup } from '../ChoiceGroup';
import { ErrorAlert } from '../Feedback';
import { formatDate } from '../labels';
import { ProfessionalPicker } from '../ProfessionalPicker';
import { SelectField } from '../SelectField';
import { useAction } from '../useAction';
import { childName } from './shared';

type Ground = 'consent' | LegalGround;

interface AddTeamMemberFormProps {
  family: Family;
  plan: Plan;
  organisationName: (id: string) => string;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Adds a professional to the team. Someone from another organisation needs a valid consent that covers
 * their organisation, or a recorded legal ground; the server checks and answers 409 with the reason.
 */
export function AddTeamMemberForm({ family, plan, organisationName, onDone, onCancel }: AddTeamMemberFormProps) {
  const { t } = useTranslation();
  const [professionalId, setProfessionalId] = useState('');
  const [ground, setGround] = useState<Ground>('consent');
  const [consentId, setConsentId] = useState('');
  const action = useAction();
  const validConsents = family.consents.filter((c) => c.isValid);
  const childOf = (id: string) => family.children.find((c) => c.id === id);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = ground === 'consent' ? { professionalId, consentId: consentId || null } : { professionalId, legalGround: ground };
    if ((await action.run(() => api.addTeamMember(plan.id, body))).ok) onDone();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <ProfessionalPicker name="professionalId" label={t('family.team.professional')} value={professionalId} onChange={setProfessionalId} errorMessage={action.fieldErrors.professionalId} />
      <RadioGroup
        legend={t('family.team.ground')}
        name="ground"
        value={ground}
        description={t('family.team.groundHint')}
        options={[
          { value: 'consent', label: t('family.team.groundConsent') },
          { value: 'safety', label: t('family.team.groundSafety') },
          { value: 'meldcode', label: t('family.team.groundMeldcode') },
        ]}
        onChange={(v) => setGround(v as Ground)}
        errorMessage={action.fieldErrors.legalGround}
      />
      {ground === 'consent' && (
        <SelectField
          label={t('family.team.consent')}
          name="consentId"
          value={consentId}
          emptyOption={validConsents.length ? t('family.team.anyConsent') : t('family.team.noConsents')}
          options={validConsents.map((c) => {
            const child = childOf(c.childId);
            const organisations = c.organisationIds.map(organisationName).join(', ');
            return { value: c.id, label: `${child ? childName(child) : ''}: ${organisations} (${t('family.consents.from', { date: formatDate(c.validFrom) })})` };
          })}
          onChange={setConsentId}
          errorMessage={action.fieldErrors.consentId}
        />
      )}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('family.team.submit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
