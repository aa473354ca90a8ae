import { ButtonGroup, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmesApi } from '../../api/client';
import { ErrorAlert } from '../Feedback';
import { TextAreaField } from '../TextAreaField';
import { TextField } from '../TextField';
import { useAction } from '../useAction';
import { GoalForm } from './ReportForm';

interface MakeGoalProps {
  programmeId: string;
  answerId: string;
  answerText: string;
  organisation: { id: string; name: string };
  projectId: string | null;
  onDone: (projectId: string) => void;
  onCancel: () => void;
}

/**
 * "Maak projectdoel": a goal for the school's project made from its answer (sourceAnswerId). A school without a
 * project gets one first (POST /programmes/{id}/projects), then the goal.
 */
export function MakeGoal({ programmeId, answerId, answerText, organisation, projectId, onDone, onCancel }: MakeGoalProps) {
  const { t } = useTranslation();
  const [projectName, setProjectName] = useState(() => t('programmes.comparison.defaultProjectName', { organisation: organisation.name }));
  const [description, setDescription] = useState(answerText);
  const action = useAction();

  if (projectId) {
    return <GoalForm projectId={projectId} sourceAnswerId={answerId} initialDescription={answerText} onDone={() => onDone(projectId)} onCancel={onCancel} />;
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(async () => {
      const project = await programmesApi.createProject(programmeId, { name: projectName, organisationId: organisation.id, status: 'preparing' });
      await programmesApi.addProjectGoal(project.id, { description, sourceAnswerId: answerId });
      return project.id;
    });
    if (result.ok) onDone(result.value);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="dichtbij-form">
      <Paragraph>{t('programmes.comparison.noProjectYet', { organisation: organisation.name })}</Paragraph>
      <ErrorAlert error={action.error} />
      <TextField label={t('programmes.comparison.projectName')} name="projectName" value={projectName} onChange={setProjectName} errorMessage={action.fieldErrors.name} required />
      <TextAreaField label={t('programmes.goals.description')} name="description" value={description} onChange={setDescription} errorMessage={action.fieldErrors.description} required />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={action.busy} aria-disabled={action.busy || undefined}>
          {t('programmes.comparison.createProjectAndGoal')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

