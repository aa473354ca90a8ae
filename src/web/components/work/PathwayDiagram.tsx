import { useTranslation } from 'react-i18next';
import type { Pathway } from '../../api/client';
import { useWorkLabels } from './labels';
import { useResponsible } from './RequestSteps';

/**
 * The pathway as a picture made of plain HTML: an ordered list of steps drawn as boxes with arrows between
 * them (the arrows are CSS only), ending in the outcomes. A screen reader hears an ordered list.
 */
export function PathwayDiagram({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation();
  const work = useWorkLabels();
  const responsible = useResponsible();
  return (
    <ol className="dichtbij-flow" aria-label={t('pathways.diagramLabel', { name: pathway.name })}>
      <li className="dichtbij-flow__box dichtbij-flow__box--entry">
        <span className="dichtbij-flow__kicker">{t('pathways.entry')}</span>
        <span className="dichtbij-flow__name">{pathway.entryPoints.map((e) => work.entryPoint(e)).join(', ')}</span>
      </li>
      {pathway.steps.map((step) => (
        <li key={step.position} className="dichtbij-flow__box">
          <span className="dichtbij-flow__kicker">{t('pathways.stepNumber', { position: step.position })}</span>
          <span className="dichtbij-flow__name">{step.name}</span>
          <span className="dichtbij-flow__meta">{responsible(step)}</span>
          <span className="dichtbij-flow__meta">{t('pathways.deadline', { count: step.deadlineWorkingDays })}</span>
        </li>
      ))}
      <li className="dichtbij-flow__box dichtbij-flow__box--outcomes">
        <span className="dichtbij-flow__kicker">{t('pathways.outcomesKicker')}</span>
        <ul className="dichtbij-flow__outcomes">
          {pathway.outcomes.map((o) => (
            <li key={o}>{work.outcome(o)}</li>
          ))}
        </ul>
      </li>
    </ol>
  );
}
