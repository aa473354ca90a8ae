import { ButtonGroup, Heading2, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AccessRequest } from '../api/client';
import { RadioGroup } from '../components/ChoiceGroup';
import { Details } from '../components/Details';
import { ErrorAlert, LiveText, StatusMessage } from '../components/Feedback';
import { formatDate, useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { TextAreaField } from '../components/TextAreaField';
import { useAction } from '../components/useAction';
import { useLoad } from '../components/useLoad';

function DecisionForm({ request, onDone }: { request: AccessRequest; onDone: (approved: boolean) => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState('');
  const [reason, setReason] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const approved = decision === 'approve';
    // Without a choice `approved` is left out, so the server says the decision is required.
    const body = (decision ? { approved, reason } : { reason }) as { approved: boolean; reason: string };
    if ((await action.run(() => api.decideAccessRequest(request.id, body))).ok) onDone(approved);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <RadioGroup
        legend={t('accessRequests.decision')}
        name={`decision-${request.id}`}
        value={decision}
        options={[
          { value: 'approve', label: t('accessRequests.approve') },
          { value: 'reject', label: t('accessRequests.reject') },
        ]}
        onChange={setDecision}
        errorMessage={action.fieldErrors.approved}
      />
      <TextAreaField label={t('accessRequests.reason')} name="reason" value={reason} onChange={setReason} errorMessage={action.fieldErrors.reason} required />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('accessRequests.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}

/** The municipal access team's queue: requests for specialist care (level 3) waiting for a decision. */
export function AccessRequestsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const requests = useLoad((signal) => api.accessRequests(signal), []);
  const [message, setMessage] = useState('');
  const items = requests.data?.items ?? [];
  return (
    <>
      <p className="dichtbij-back">
        <AppLink to="/gezinnen">{t('myFamilies.back')}</AppLink>
      </p>
      <PageTitle title={t('accessRequests.title')} />
      <Paragraph lead>{t('accessRequests.intro')}</Paragraph>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={requests.error} />
      <LiveText>{requests.loading ? t('common.loading') : requests.data && (items.length === 0 ? t('accessRequests.none') : t('accessRequests.found', { count: items.length }))}</LiveText>
      {items.map((request) => (
        <section key={request.id} aria-labelledby={`request-${request.id}`} className="dichtbij-panel">
          <Heading2 id={`request-${request.id}`}>{t('accessRequests.requestFor', { name: request.childName })}</Heading2>
          <Details
            items={[
              { key: 'level', label: t('accessRequests.level'), value: request.fromLevel === null ? labels.level(request.toLevel) : `${labels.level(request.fromLevel)} → ${labels.level(request.toLevel)}` },
              { key: 'provider', label: t('accessRequests.provider'), value: request.providerName },
              { key: 'requestedOn', label: t('accessRequests.requestedOn'), value: formatDate(request.requestedOn) },
              { key: 'by', label: t('accessRequests.requestedBy'), value: request.requestedByName },
              { key: 'reason', label: t('accessRequests.requestReason'), value: request.reason },
              { key: 'family', label: t('accessRequests.family'), value: request.familyId && <AppLink to={`/gezinnen/${request.familyId}`}>{t('accessRequests.openFamily')}</AppLink> },
            ]}
          />
          <DecisionForm
            request={request}
            onDone={(approved) => {
              setMessage(t(approved ? 'accessRequests.approved' : 'accessRequests.rejected', { name: request.childName }));
              requests.reload();
            }}
          />
        </section>
      ))}
    </>
  );
}
