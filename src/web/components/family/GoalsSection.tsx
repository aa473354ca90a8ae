import { Heading2, Heading3, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { LIFE_DOMAINS, type Goal, type Plan } from '../../api/client';
import { Disclosure } from '../Disclosure';
import { formatDate, useLabels } from '../labels';
import { AddGoalForm, EvaluateGoalForm, GoalStatusForm } from './GoalForms';
import { useSectionMessage } from './SectionFeedback';
import { childName, type SectionProps } from './shared';

const STATUS_BADGE: Record<string, 'safe' | 'danger' | 'neutral' | 'active'> = { met: 'safe', 'not-met': 'danger', 'in-progress': 'active' };
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function GoalItem({ goal, family, canWrite, done }: { goal: Goal; family: SectionProps['family']; canWrite: boolean; done: (message: string) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const child = family.children.find((c) => c.id === goal.childId);
  return (
    <li className="dichtbij-item">
      <Paragraph className="dichtbij-item__title">“{goal.description}”</Paragraph>
      <Paragraph className="dichtbij-item__meta">
        <StatusBadge status={STATUS_BADGE[goal.status] ?? 'neutral'}>{labels.goalStatus(goal.status)}</StatusBadge>{' '}
        {child ? t('family.goals.forChild', { name: childName(child) }) : t('family.goals.forFamily')}
      </Paragraph>
      {goal.evaluations.length === 0 ? (
        <Paragraph className="dichtbij-secondary">{t('family.goals.notEvaluated')}</Paragraph>
      ) : (
        <ul className="dichtbij-plain-list dichtbij-evaluations" aria-label={t('family.goals.evaluations')}>
          {goal.evaluations.map((e) => (
            <li key={e.id}>
              {t('family.goals.evaluation', { date: formatDate(e.evaluatedOn), score: e.score, by: e.evaluatedBy })}
              {e.note && <>: {e.note}</>}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <div className="dichtbij-actions">
          <Disclosure label={t('family.goals.evaluate')} ariaLabel={t('family.goals.evaluateLabel', { goal: short(goal.description) })}>
            {(close) => <EvaluateGoalForm goal={goal} onCancel={close} onDone={() => { close(); done(t('family.goals.evaluated')); }} />}
          </Disclosure>
          <Disclosure label={t('family.goals.changeStatus')} ariaLabel={t('family.goals.changeStatusLabel', { goal: short(goal.description) })}>
            {(close) => <GoalStatusForm goal={goal} onCancel={close} onDone={() => { close(); done(t('family.goals.statusChanged')); }} />}
          </Disclosure>
        </div>
      )}
    </li>
  );
}

/** Doelen: per life domain, in the family's own words, with status and evaluations. */
export function GoalsSection({ family, plan, canWrite, onChanged }: SectionProps & { plan: Plan }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const feedback = useSectionMessage();
  const writable = canWrite && plan.status === 'open';
  const done = (message: string) => {
    feedback.setMessage(message);
    onChanged();
  };
  const domains = [...LIFE_DOMAINS, ...new Set(plan.goals.map((g) => g.domain).filter((d) => !(LIFE_DOMAINS as readonly string[]).includes(d)))];

  return (
    <section aria-labelledby="family-goals" id="doelen">
      <Heading2 id="family-goals">{t('family.goals.title')}</Heading2>
      {feedback.view}
      {plan.goals.length === 0 && <Paragraph>{t('family.goals.none')}</Paragraph>}
      {domains.map((domain) => {
        const goals = plan.goals.filter((g) => g.domain === domain);
        if (goals.length === 0) return null;
        return (
          <div key={domain} className="dichtbij-domain">
            <Heading3>{labels.lifeDomain(domain)}</Heading3>
            <ul className="dichtbij-item-list">
              {goals.map((goal) => (
                <GoalItem key={goal.id} goal={goal} family={family} canWrite={writable} done={done} />
              ))}
            </ul>
          </div>
        );
      })}
      {writable && (
        <div className="dichtbij-actions">
          <Disclosure label={t('family.goals.add')}>
            {(close) => <AddGoalForm family={family} planId={plan.id} onCancel={close} onDone={() => { close(); done(t('family.goals.added')); }} />}
          </Disclosure>
        </div>
      )}
    </section>
  );
}
