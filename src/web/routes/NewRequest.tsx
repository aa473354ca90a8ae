import '../components/work/work.css';
import { ButtonGroup, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { RadioGroup } from '../components/ChoiceGroup';
import { ErrorAlert } from '../components/Feedback';
import { formatDate } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { AppLink } from '../components/RouterLink';
import { SearchPicker } from '../components/SearchPicker';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { useAction } from '../components/useAction';
import { useLoad } from '../components/useLoad';
import { useWorkLabels } from '../components/work/labels';

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Nieuwe hulpvraag: a pathway, the child (one of mine, or by BSN), the entry point, a note and optionally the school's support team. */
export function NewRequestPage() {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const pathways = useLoad((signal) => api.pathways({}, signal), []);
  const teams = useLoad((signal) => api.supportTeams(signal), []);
  const [pathwayId, setPathwayId] = useState('');
  const [childBy, setChildBy] = useState<'child' | 'bsn'>('child');
  const [childId, setChildId] = useState(params.get('kind') ?? '');
  const [bsn, setBsn] = useState('');
  const [entryPoint, setEntryPoint] = useState('');
  const [note, setNote] = useState('');
  const [teamId, setTeamId] = useState('');
  const action = useAction();

  const active = (pathways.data?.items ?? []).filter((p) => p.isActive);
  const pathway = active.find((p) => p.id === pathwayId);
  const choosePathway = (id: string) => {
    setPathwayId(id);
    const entryPoints = active.find((p) => p.id === id)?.entryPoints ?? [];
    setEntryPoint((current) => (entryPoints.includes(current) ? current : entryPoints.length === 1 ? (entryPoints[0] ?? '') : ''));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      pathwayId,
      entryPoint,
      childId: childBy === 'child' ? orNull(childId) : null,
      bsn: childBy === 'bsn' ? orNull(bsn) : null,
      note: orNull(note),
      teamId: orNull(teamId),
    };
    const result = await action.run(() => api.startRequest(body));
    if (result.ok) navigate(`/hulpvragen/${result.value.id}`, { state: { message: t('newRequest.done', { date: formatDate(result.value.stepDueOn) }) } });
  };

  return (
    <>
      <p className="dichtbij-back">
        <AppLink to="/hulpvragen">{t('requests.back')}</AppLink>
      </p>
      <PageTitle title={t('newRequest.title')} />
      <Paragraph lead>{t('newRequest.intro')}</Paragraph>
      <ErrorAlert error={pathways.error} />
      <form onSubmit={onSubmit} noValidate className="dichtbij-form">
        <ErrorAlert error={action.error} />
        <SelectField
          label={t('newRequest.pathway')}
          name="pathwayId"
          value={pathwayId}
          emptyOption={t('newRequest.choosePathway')}
          options={active.map((p) => ({ value: p.id, label: p.area ? `${p.name} (${p.area.name})` : p.name }))}
          onChange={choosePathway}
          description={pathway ? t('newRequest.pathwaySteps', { count: pathway.steps.length, first: pathway.steps[0]?.name ?? '' }) : undefined}
          errorMessage={action.fieldErrors.pathwayId}
          required
        />
        <RadioGroup
          legend={t('newRequest.childBy')}
          name="childBy"
          value={childBy}
          options={[
            { value: 'child', label: t('newRequest.childByChoice') },
            { value: 'bsn', label: t('newRequest.childByBsn') },
          ]}
          onChange={(value) => setChildBy(value === 'bsn' ? 'bsn' : 'child')}
        />
        {childBy === 'child' ? (
          <SearchPicker
            name="childId"
            searchLabel={t('newRequest.searchChild')}
            selectLabel={t('newRequest.child')}
            description={t('newRequest.searchChildHint')}
            emptyOption={t('newRequest.chooseChild')}
            searchEmpty
            load={async (query, signal) =>
              (await api.children({ query, pageSize: 50 }, signal)).items.map((c) => ({
                value: c.id,
                label: c.birthDate ? `${c.givenName} ${c.familyName} (${formatDate(c.birthDate)})` : `${c.givenName} ${c.familyName}`,
              }))
            }
            value={childId}
            onChange={setChildId}
            errorMessage={action.fieldErrors.childId}
          />
        ) : (
          <TextField label={t('newRequest.bsn')} description={t('newRequest.bsnHint')} name="bsn" autoComplete="off" value={bsn} onChange={setBsn} errorMessage={action.fieldErrors.bsn ?? action.fieldErrors.childId} required />
        )}
        {pathway ? (
          <RadioGroup
            legend={t('newRequest.entryPoint')}
            description={t('newRequest.entryPointHint', { pathway: pathway.name })}
            name="entryPoint"
            value={entryPoint}
            options={pathway.entryPoints.map((e) => ({ value: e, label: work.entryPoint(e) }))}
            onChange={setEntryPoint}
            errorMessage={action.fieldErrors.entryPoint}
          />
        ) : (
          <Paragraph className="dichtbij-secondary">{action.fieldErrors.entryPoint ?? t('newRequest.entryPointFirst')}</Paragraph>
        )}
        <TextAreaField label={t('newRequest.note')} description={t('newRequest.noteHint')} name="note" value={note} onChange={setNote} errorMessage={action.fieldErrors.note} rows={4} />
        {(teams.data?.items.length ?? 0) > 0 && (
          <SelectField
            label={t('newRequest.team')}
            description={t('newRequest.teamHint')}
            name="teamId"
            value={teamId}
            emptyOption={t('newRequest.noTeam')}
            options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
            onChange={setTeamId}
            errorMessage={action.fieldErrors.teamId}
          />
        )}
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
            {action.busy ? t('common.saving') : t('newRequest.submit')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
    </>
  );
}
