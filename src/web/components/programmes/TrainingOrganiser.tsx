import {
  ButtonGroup, Fieldset, FieldsetLegend, Heading2, Heading3, Paragraph, PrimaryActionButton, Table, TableBody, TableCaption, TableCell, TableHeader,
  TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmesApi, type TrainingDetail, type TrainingEnrolment } from '../../api/client';
import { CheckboxField } from '../CheckboxField';
import { ErrorAlert, Loading, StatusMessage } from '../Feedback';
import { formatDateTime, today } from '../labels';
import { Pagination } from '../Pagination';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { useAction } from '../useAction';
import { useLoad } from '../useLoad';

function EnrolmentTable({ training, enrolments }: { training: TrainingDetail; enrolments: TrainingEnrolment[] }) {
  const { t } = useTranslation();
  return (
    <div className="utrecht-table-container dichtbij-table-container">
      <Table>
        <TableCaption className="dichtbij-visually-hidden">{t('training.enrolments')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('training.professional')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('training.organisation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('training.enrolledAt')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="dichtbij-numeric">{t('training.modulesDone')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="dichtbij-numeric">{t('training.sessionsAttended')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('training.completedAll')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {enrolments.map((e) => (
            <TableRow key={e.id}>
              <TableHeaderCell scope="row">{e.professional.name}</TableHeaderCell>
              <TableCell>{e.organisation?.name ?? ''}</TableCell>
              <TableCell>{formatDateTime(e.enrolledAt)}</TableCell>
              <TableCell className="dichtbij-numeric">
                {e.completedModules.length} / {training.modules.length}
              </TableCell>
              <TableCell className="dichtbij-numeric">{e.attendedSessionIds.length}</TableCell>
              <TableCell>{e.hasCompleted ? t('common.yes') : t('common.no')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function AttendanceForm({ training, enrolments, onDone }: { training: TrainingDetail; enrolments: TrainingEnrolment[]; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const sessions = training.modules.flatMap((m) => m.sessions.map((s) => ({ ...s, module: m.title })));
  const [sessionId, setSessionId] = useState('');
  const [present, setPresent] = useState<Record<string, boolean>>({});
  const action = useAction();
  const choose = (id: string) => {
    setSessionId(id);
    setPresent(Object.fromEntries(enrolments.map((e) => [e.professional.id, e.attendedSessionIds.includes(id)])));
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const attendees = enrolments.map((e) => ({ userId: e.professional.id, attended: present[e.professional.id] ?? false }));
    const result = await action.run(() => programmesApi.recordAttendance(sessionId, attendees));
    if (result.ok) onDone(t('training.attendanceSaved', { count: result.value.recorded }));
  };
  if (sessions.length === 0) return <Paragraph>{t('training.noSessions')}</Paragraph>;
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <SelectField
        label={t('training.session')}
        name="sessionId"
        value={sessionId}
        emptyOption={t('training.chooseSession')}
        options={sessions.map((s) => ({ value: s.id, label: `${s.module}: ${formatDateTime(s.startsAt)}` }))}
        onChange={choose}
        required
      />
      {sessionId && (
        <Fieldset>
          <FieldsetLegend>{t('training.present')}</FieldsetLegend>
          {enrolments.map((e) => (
            <CheckboxField key={e.id} label={e.professional.name} checked={present[e.professional.id] ?? false} onChange={(v) => setPresent((p) => ({ ...p, [e.professional.id]: v }))} />
          ))}
        </Fieldset>
      )}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('training.saveAttendance')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}

function CompletionForm({ training, enrolments, onDone }: { training: TrainingDetail; enrolments: TrainingEnrolment[]; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [moduleId, setModuleId] = useState('');
  const [completedOn, setCompletedOn] = useState(today);
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const action = useAction();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const userIds = Object.entries(chosen).filter(([, v]) => v).map(([k]) => k);
    const result = await action.run(() => programmesApi.recordCompletions(moduleId, { userIds, completedOn }));
    if (result.ok) {
      setChosen({});
      onDone(t('training.completionsSaved', { count: result.value.recorded }));
    }
  };
  const notYet = enrolments.filter((e) => !e.completedModules.some((c) => c.moduleId === moduleId));
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <ErrorAlert error={action.error} />
      <SelectField
        label={t('training.module')}
        name="moduleId"
        value={moduleId}
        emptyOption={t('training.chooseModule')}
        options={training.modules.map((m) => ({ value: m.id, label: `${m.position}. ${m.title}` }))}
        onChange={setModuleId}
        required
      />
      {moduleId && (
        <Fieldset>
          <FieldsetLegend>{t('training.whoCompleted')}</FieldsetLegend>
          {notYet.length === 0 && <Paragraph>{t('training.everyoneCompleted')}</Paragraph>}
          {notYet.map((e) => (
            <CheckboxField key={e.id} label={e.professional.name} checked={chosen[e.professional.id] ?? false} onChange={(v) => setChosen((c) => ({ ...c, [e.professional.id]: v }))} />
          ))}
        </Fieldset>
      )}
      <TextField type="date" label={t('training.completedOn')} name="completedOn" value={completedOn} onChange={setCompletedOn} errorMessage={action.fieldErrors.completedOn} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('training.saveCompletions')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}

/** For the organiser: who enrolled, attendance per session and completion per module. */
export function TrainingOrganiser({ training, onChanged }: { training: TrainingDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [page, setPage] = useState(1);
  const enrolments = useLoad((signal) => programmesApi.enrolments(training.id, { page, pageSize: 100 }, signal), [training.id, page]);
  const done = (text: string) => {
    setMessage(text);
    enrolments.reload();
    onChanged();
  };
  const items = enrolments.data?.items ?? [];
  return (
    <section aria-labelledby="training-organiser" className="dichtbij-panel">
      <Heading2 id="training-organiser">{t('training.organiser')}</Heading2>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert error={enrolments.error} />
      {enrolments.loading && !enrolments.data && <Loading />}
      {enrolments.data && (
        <>
          <Heading3>{t('training.enrolmentsCount', { count: enrolments.data.total })}</Heading3>
          {items.length > 0 && <EnrolmentTable training={training} enrolments={items} />}
          <Pagination page={enrolments.data.page} pageSize={enrolments.data.pageSize} total={enrolments.data.total} onPage={setPage} />
          {items.length > 0 && (
            <>
              <Heading3>{t('training.attendance')}</Heading3>
              <AttendanceForm training={training} enrolments={items} onDone={done} />
              <Heading3>{t('training.completions')}</Heading3>
              <CompletionForm training={training} enrolments={items} onDone={done} />
            </>
          )}
        </>
      )}
    </section>
  );
}
