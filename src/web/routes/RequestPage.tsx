import '../components/work/work.css';
import {
  ButtonGroup, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton, StatusBadge, Table, TableBody, TableCaption, TableCell,
  TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { api, type Pathway, type SupportRequestDetail } from '../api/client';
import { RadioGroup } from '../components/ChoiceGroup';
import { Details } from '../components/Details';
import { Disclosure } from '../components/Disclosure';
import { ErrorAlert, Loading, StatusMessage } from '../components/Feedback';
import { formatDate, formatDateTime } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { SearchPicker } from '../components/SearchPicker';
import { useUser } from '../components/session';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { useAction } from '../components/useAction';
import { useLoad } from '../components/useLoad';
import { OverdueBadge } from '../components/work/DueDate';
import { inboxChanged } from '../components/work/InboxNavItem';
import { useWorkLabels } from '../components/work/labels';
import { RequestSteps } from '../components/work/RequestSteps';
import { useRefocus } from '../components/work/useRefocus';

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
/** Outcomes that start support with a provider; light support defaults to the professional's own organisation. */
const WITH_PROVIDER = ['light-support', 'ambulatory', 'specialist'];
const PROVIDER_REQUIRED = ['ambulatory', 'specialist'];

interface FormProps {
  request: SupportRequestDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
}

function Buttons({ busy, submit, onCancel }: { busy: boolean; submit: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <ButtonGroup>
      <PrimaryActionButton type="submit" busy={busy} aria-disabled={busy || undefined}>
        {submit}
      </PrimaryActionButton>
      <SecondaryActionButton type="button" onClick={onCancel}>
        {t('common.cancel')}
      </SecondaryActionButton>
    </ButtonGroup>
  );
}

function FirstContactForm({ request, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(() => api.recordFirstContact(request.id, orNull(note)));
    if (result.ok) onDone(t(result.value.involved ? 'requestPage.contactRecordedInvolved' : 'requestPage.contactRecorded'));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <TextAreaField label={t('requestPage.contactNote')} description={t('requestPage.noteHint')} name="note" value={note} onChange={setNote} errorMessage={action.fieldErrors.note} rows={4} />
      <Buttons busy={action.busy} submit={t('requestPage.contactSubmit')} onCancel={onCancel} />
    </form>
  );
}

function CompleteStepForm({ request, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await action.run(() => api.completeStep(request.id, orNull(note)))).ok) onDone(t('requestPage.stepCompleted', { step: request.step.name }));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <Paragraph>{t('requestPage.completeStepIntro', { step: request.step.name })}</Paragraph>
      <TextAreaField label={t('requestPage.stepNote')} description={t('requestPage.noteHint')} name="note" value={note} onChange={setNote} errorMessage={action.fieldErrors.note} />
      <Buttons busy={action.busy} submit={t('requestPage.completeStepSubmit')} onCancel={onCancel} />
    </form>
  );
}

function OutcomeForm({ request, pathway, onDone, onCancel }: FormProps & { pathway: Pathway }) {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const [outcome, setOutcome] = useState('');
  const [providerId, setProviderId] = useState('');
  const [startedOn, setStartedOn] = useState('');
  const [note, setNote] = useState('');
  const action = useAction();
  const withProvider = WITH_PROVIDER.includes(outcome);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      outcome,
      providerOrganisationId: withProvider ? orNull(providerId) : null,
      startedOn: withProvider && outcome !== 'specialist' ? orNull(startedOn) : null,
      note: orNull(note),
    };
    const result = await action.run(() => api.recordOutcome(request.id, body));
    if (result.ok) onDone(t(result.value.episodeId ? 'requestPage.outcomeRecordedWithSupport' : 'requestPage.outcomeRecorded', { outcome: work.outcome(result.value.outcome) }));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <RadioGroup
        legend={t('requestPage.outcome')}
        name="outcome"
        value={outcome}
        options={pathway.outcomes.map((o) => ({ value: o, label: work.outcome(o) }))}
        onChange={setOutcome}
        errorMessage={action.fieldErrors.outcome}
      />
      {withProvider && <Paragraph>{t(outcome === 'specialist' ? 'requestPage.specialistHint' : 'requestPage.supportHint')}</Paragraph>}
      {withProvider && (
        <SearchPicker
          name="providerOrganisationId"
          searchLabel={t('requestPage.searchProvider')}
          selectLabel={PROVIDER_REQUIRED.includes(outcome) ? t('requestPage.provider') : t('requestPage.providerOptional')}
          description={PROVIDER_REQUIRED.includes(outcome) ? t('picker.searchHint') : t('requestPage.providerOwnHint')}
          emptyOption={t('requestPage.chooseProvider')}
          load={async (query, signal) => (await api.organisations({ query, pageSize: 20 }, signal)).items.map((o) => ({ value: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }))}
          value={providerId}
          onChange={setProviderId}
          errorMessage={action.fieldErrors.providerOrganisationId}
        />
      )}
      {withProvider && outcome !== 'specialist' && (
        <div className="dichtbij-form__grid">
          <TextField label={t('requestPage.startedOn')} description={t('requestPage.startedOnHint')} name="startedOn" type="date" value={startedOn} onChange={setStartedOn} errorMessage={action.fieldErrors.startedOn} />
        </div>
      )}
      <TextAreaField label={t('requestPage.outcomeNote')} description={t('requestPage.noteHint')} name="note" value={note} onChange={setNote} errorMessage={action.fieldErrors.note} />
      <Buttons busy={action.busy} submit={t('requestPage.outcomeSubmit')} onCancel={onCancel} />
    </form>
  );
}

/** The name of a professional from the directory (the request itself only carries ids). */
function useProfessionalName(professionalId: string | null) {
  const me = useUser();
  const found = useLoad(
    (signal) => (professionalId && professionalId !== me.id ? api.professional(professionalId, signal).then((p) => p.name, () => null) : Promise.resolve(null)),
    [professionalId],
  );
  if (!professionalId) return null;
  return professionalId === me.id ? me.name : (found.data ?? null);
}

function History({ request, pathway }: { request: SupportRequestDetail; pathway: Pathway }) {
  const { t } = useTranslation();
  const stepName = (position: number) => pathway.steps.find((s) => s.position === position)?.name ?? t('requestPage.stepNumber', { position });
  return (
    <div className="utrecht-table-container dichtbij-table-container">
      <Table>
        <TableCaption className="dichtbij-visually-hidden">{t('requestPage.historyCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('requestPage.step')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('requestPage.startedAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('requestPage.dueOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('requestPage.completed')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('requestPage.note')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {request.history.map((record, index) => (
            <TableRow key={index}>
              <TableHeaderCell scope="row">{stepName(record.position)}</TableHeaderCell>
              <TableCell>{formatDateTime(record.startedAt)}</TableCell>
              <TableCell>{record.dueOn ? formatDate(record.dueOn) : '—'}</TableCell>
              <TableCell>{record.completedAt ? formatDateTime(record.completedAt) : t('requestPage.notYet')}</TableCell>
              <TableCell>{record.note ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** One request: its pathway and steps, its times, its history, and what the professional can do next. */
export function RequestPage() {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const { id = '' } = useParams();
  const location = useLocation();
  const arrivedWith = (location.state as { message?: string } | null)?.message;
  const request = useLoad((signal) => api.supportRequest(id, signal), [id]);
  const pathwayId = request.data?.pathway.id;
  const pathway = useLoad((signal) => (pathwayId ? api.pathway(pathwayId, signal) : Promise.resolve(undefined)), [pathwayId]);
  const [message, setMessage] = useState('');
  const createdBy = useProfessionalName(request.data?.createdBy ?? null);
  const assigned = useProfessionalName(request.data?.assignedProfessionalId ?? null);
  const stepsHeading = useRef<HTMLHeadingElement>(null);
  const refocus = useRefocus(request.data);

  if (request.error && (request.error.status === 404 || request.error.status === 403)) {
    return (
      <>
        <PageTitle title={t('requestPage.notFound')} />
        <Paragraph>{request.error.problem.detail ?? t('requestPage.notFoundBody')}</Paragraph>
        <Paragraph>
          <AppLink to="/hulpvragen">{t('requests.back')}</AppLink>
        </Paragraph>
      </>
    );
  }

  const data = request.data;
  const steps = pathway.data;
  const isOpen = data?.status === 'open';
  const currentStepDone = data ? data.history.some((h) => h.position === data.step.position && h.completedAt) : false;
  const done = (text: string) => {
    setMessage(text);
    // The form's button may be gone after the reload (contact recorded, request closed): focus goes to the steps.
    refocus(() => stepsHeading.current);
    request.reload();
    inboxChanged();
  };
  const notYet = t('requestPage.notYet');

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to="/hulpvragen">{t('requests.back')}</AppLink>
      </p>
      <PageTitle title={data ? t('requestPage.title', { pathway: data.pathway.name }) : t('requestPage.loadingTitle')} />
      <ErrorAlert error={request.error ?? pathway.error} />
      {request.loading && !data && <Loading />}
      {arrivedWith && !message && <StatusMessage>{arrivedWith}</StatusMessage>}
      <StatusMessage>{message}</StatusMessage>
      {data && (
        <>
          <Paragraph className="dichtbij-request-status">
            {isOpen ? <StatusBadge status="active">{t('requestPage.statusOpen')}</StatusBadge> : <StatusBadge status="neutral">{t('requestPage.statusClosed')}</StatusBadge>}
            {data.isOverdue && <> <OverdueBadge /></>}
          </Paragraph>
          <Details
            items={[
              { key: 'child', label: t('requests.child'), value: data.childName ?? (data.childId ? t('requests.childHidden') : t('requests.childByBsn')) },
              { key: 'pathway', label: t('requestPage.pathway'), value: <AppLink to={`/zorgpaden/${data.pathway.id}`}>{data.pathway.name}</AppLink> },
              { key: 'entryPoint', label: t('requestPage.entryPoint'), value: work.entryPoint(data.entryPoint) },
              { key: 'createdBy', label: t('requestPage.createdBy'), value: createdBy },
              { key: 'assigned', label: t('requestPage.assigned'), value: assigned ?? t('requestPage.notAssigned') },
              { key: 'outcome', label: t('requestPage.outcome'), value: data.outcome ? work.outcome(data.outcome) : null },
              { key: 'note', label: t('requestPage.requestNote'), value: data.note },
            ]}
          />
          <section aria-labelledby="request-times">
            <Heading2 id="request-times">{t('requestPage.times')}</Heading2>
            <Details
              items={[
                { key: 'received', label: t('requestPage.receivedAt'), value: formatDateTime(data.receivedAt) },
                { key: 'contact', label: t('requestPage.firstContactAt'), value: data.firstContactAt ? formatDateTime(data.firstContactAt) : notYet },
                { key: 'decided', label: t('requestPage.decidedAt'), value: data.decidedAt ? formatDateTime(data.decidedAt) : notYet },
                { key: 'started', label: t('requestPage.supportStartedOn'), value: data.supportStartedOn ? formatDate(data.supportStartedOn) : !isOpen && !data.episodeId ? t('requestPage.noSupport') : notYet },
              ]}
            />
          </section>
          <section aria-labelledby="request-steps">
            <Heading2 id="request-steps" ref={stepsHeading} tabIndex={-1}>
              {t('requestPage.steps')}
            </Heading2>
            {steps ? <RequestSteps request={data} pathway={steps} /> : <Loading />}
          </section>
          {isOpen && steps && (
            <section aria-labelledby="request-actions">
              <Heading2 id="request-actions">{t('requestPage.actions')}</Heading2>
              <div className="dichtbij-actions">
                {!data.firstContactAt && (
                  <Disclosure label={t('requestPage.recordContact')}>
                    {(close) => <FirstContactForm request={data} onCancel={close} onDone={(text) => { close(); done(text); }} />}
                  </Disclosure>
                )}
                {!currentStepDone && (
                  <Disclosure label={t('requestPage.completeStep')}>
                    {(close) => <CompleteStepForm request={data} onCancel={close} onDone={(text) => { close(); done(text); }} />}
                  </Disclosure>
                )}
                <Disclosure label={t('requestPage.recordOutcome')}>
                  {(close) => <OutcomeForm request={data} pathway={steps} onCancel={close} onDone={(text) => { close(); done(text); }} />}
                </Disclosure>
              </div>
            </section>
          )}
          {steps && (
            <section aria-labelledby="request-history">
              <Heading2 id="request-history">{t('requestPage.history')}</Heading2>
              <History request={data} pathway={steps} />
            </section>
          )}
        </>
      )}
    </>
  );
}
