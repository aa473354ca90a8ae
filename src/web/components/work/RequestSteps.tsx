import { useTranslation } from 'react-i18next';
import type { Pathway, PathwayStep, SupportRequestDetail } from '../../api/client';
import { formatDateTime, useLabels } from '../labels';
import { DueDate } from './DueDate';
import { useWorkLabels } from './labels';

/** Who does a step: a job function, an organisation type, or both. */
export function useResponsible() {
  const { t } = useTranslation();
  const labels = useLabels();
  return (step: Pick<PathwayStep, 'responsibleFunction' | 'responsibleOrganisationKind'>) => {
    const who = [labels.jobFunction(step.responsibleFunction), step.responsibleOrganisationKind ? t('pathways.atOrganisationKind', { kind: labels.organisationKind(step.responsibleOrganisationKind) }) : '']
      .filter(Boolean)
      .join(' ');
    return who || t('pathways.nobody');
  };
}

type StepState = 'done' | 'current' | 'todo' | 'skipped';

/** The request's pathway as a vertical list of steps: what is done, which step it is at (and by when), what is still to come. */
export function RequestSteps({ request, pathway }: { request: SupportRequestDetail; pathway: Pathway }) {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const responsible = useResponsible();
  const isOpen = request.status === 'open';
  const stateOf = (step: PathwayStep): StepState => {
    const records = request.history.filter((h) => h.position === step.position);
    if (records.some((h) => h.completedAt)) return 'done';
    if (isOpen && request.step.position === step.position) return 'current';
    return isOpen ? 'todo' : 'skipped';
  };
  const allDone = isOpen && pathway.steps.every((step) => stateOf(step) === 'done');

  return (
    <ol className="dichtbij-steps">
      {pathway.steps.map((step) => {
        const state = stateOf(step);
        const completed = request.history.filter((h) => h.position === step.position && h.completedAt).at(-1);
        return (
          <li key={step.position} className={`dichtbij-steps__step dichtbij-steps__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="dichtbij-steps__state">
              <span aria-hidden="true" className="dichtbij-steps__mark">{state === 'done' ? '✓' : state === 'current' ? '▶' : ''}</span>
              {t(`requestPage.stepStates.${state}`)}
            </span>
            <span className="dichtbij-steps__name">{step.name}</span>
            <span className="dichtbij-steps__meta">
              {responsible(step)} · {t('pathways.deadline', { count: step.deadlineWorkingDays })}
            </span>
            {state === 'current' && (
              <span className="dichtbij-steps__meta">
                {t('requestPage.dueOn')}: <DueDate dueOn={request.step.dueOn} isOverdue={request.isOverdue} />
              </span>
            )}
            {completed?.completedAt && <span className="dichtbij-steps__meta">{t('requestPage.completedAt', { date: formatDateTime(completed.completedAt) })}</span>}
          </li>
        );
      })}
      <li className={`dichtbij-steps__step dichtbij-steps__step--outcome dichtbij-steps__step--${request.outcome ? 'done' : allDone ? 'current' : 'todo'}`} aria-current={allDone ? 'step' : undefined}>
        <span className="dichtbij-steps__state">
          <span aria-hidden="true" className="dichtbij-steps__mark">{request.outcome ? '✓' : allDone ? '▶' : ''}</span>
          {t('requestPage.outcomeStep')}
        </span>
        <span className="dichtbij-steps__name">
          {request.outcome ? work.outcome(request.outcome) : t('requestPage.outcomeChoice', { outcomes: pathway.outcomes.map((o) => work.outcome(o)).join(', ') })}
        </span>
        {allDone && (
          <span className="dichtbij-steps__meta">
            {t('requestPage.dueOn')}: <DueDate dueOn={request.step.dueOn} isOverdue={request.isOverdue} />
          </span>
        )}
      </li>
    </ol>
  );
}
