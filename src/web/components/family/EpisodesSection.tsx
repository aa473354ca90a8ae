import { Heading2, Heading3, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Episode, LevelChange, Plan } from '../../api/client';
import { Details } from '../Details';
import { Disclosure } from '../Disclosure';
import { formatDate, useLabels } from '../labels';
import { AddEpisodeForm, ChangeLevelForm, EndEpisodeForm, StartEpisodeForm } from './EpisodeForms';
import { useSectionMessage } from './SectionFeedback';
import { childName, type SectionProps } from './shared';

const STATUS_BADGE: Record<string, string> = { active: 'safe', planned: 'active', 'awaiting-decision': 'danger', rejected: 'neutral', ended: 'neutral' };

function ChangeLine({ change }: { change: LevelChange }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const what =
    change.direction === 'start'
      ? t('family.support.changeStart', { level: labels.level(change.toLevel) })
      : t(change.direction === 'up' ? 'family.support.changeUp' : 'family.support.changeDown', { from: change.fromLevel, to: change.toLevel });
  const decision = change.decision === 'not-needed' ? '' : ` · ${labels.decision(change.decision)}${change.decidedOn ? ` (${formatDate(change.decidedOn)})` : ''}`;
  return (
    <li>
      {formatDate(change.requestedOn)}: {what}
      {decision}
      {change.decisionReason && <>: {change.decisionReason}</>}
    </li>
  );
}

function EpisodeItem({ episode, writable, done }: { episode: Episode; writable: boolean; done: (message: string) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const pending = episode.levelChanges.some((c) => c.decision === 'pending');
  const running = episode.status === 'active' || episode.status === 'planned';
  const name = `${labels.level(episode.level)}, ${episode.provider.name}`;
  return (
    <li className="dichtbij-item">
      <Paragraph className="dichtbij-item__title">{name}</Paragraph>
      <Paragraph className="dichtbij-item__meta">
        <StatusBadge status={STATUS_BADGE[episode.status] ?? 'neutral'}>{labels.episodeStatus(episode.status)}</StatusBadge>
        {pending && <strong className="dichtbij-waiting"> {t('family.support.waitingForDecision')}</strong>}
      </Paragraph>
      <Details
        items={[
          { key: 'kind', label: t('family.support.kind'), value: episode.kind },
          { key: 'referrer', label: t('family.support.referrer'), value: labels.referrer(episode.referrer) },
          { key: 'requested', label: t('family.support.requestedOn'), value: formatDate(episode.requestedOn) },
          { key: 'decided', label: t('family.support.decidedOn'), value: formatDate(episode.decidedOn) },
          { key: 'started', label: t('family.support.startedOn'), value: formatDate(episode.startedOn) },
          { key: 'ended', label: t('family.support.endedOn'), value: episode.endedOn ? `${formatDate(episode.endedOn)} (${labels.endReason(episode.endReason)})` : '' },
        ]}
      />
      {episode.levelChanges.length > 0 && (
        <ul className="dichtbij-plain-list dichtbij-evaluations" aria-label={t('family.support.history')}>
          {episode.levelChanges.map((c) => (
            <ChangeLine key={c.id} change={c} />
          ))}
        </ul>
      )}
      {writable && running && (
        <div className="dichtbij-actions">
          {episode.status === 'planned' && (
            <Disclosure label={t('family.support.start')} ariaLabel={t('family.support.startLabel', { name })}>
              {(close) => <StartEpisodeForm episode={episode} onCancel={close} onDone={() => { close(); done(t('family.support.started')); }} />}
            </Disclosure>
          )}
          {!pending && (
            <Disclosure label={t('family.support.changeLevel')} ariaLabel={t('family.support.changeLevelLabel', { name })}>
              {(close) => <ChangeLevelForm episode={episode} onCancel={close} onDone={() => { close(); done(t('family.support.levelChanged')); }} />}
            </Disclosure>
          )}
          {episode.status === 'active' && (
            <Disclosure label={t('family.support.end')} ariaLabel={t('family.support.endLabel', { name })}>
              {(close) => <EndEpisodeForm episode={episode} onCancel={close} onDone={() => { close(); done(t('family.support.ended')); }} />}
            </Disclosure>
          )}
        </div>
      )}
    </li>
  );
}

/** Hulp (inzet) per child: level 0-3, status, dates, provider, and the steps up and down. */
export function EpisodesSection({ family, plan, canWrite, onChanged }: SectionProps & { plan: Plan }) {
  const { t } = useTranslation();
  const feedback = useSectionMessage();
  const writable = canWrite && plan.status === 'open';
  const done = (message: string) => {
    feedback.setMessage(message);
    onChanged();
  };
  return (
    <section aria-labelledby="family-support" id="hulp">
      <Heading2 id="family-support">{t('family.support.title')}</Heading2>
      {feedback.view}
      {family.children.map((child) => {
        const episodes = plan.episodes.filter((e) => e.childId === child.id);
        return (
          <div key={child.id} className="dichtbij-domain">
            <Heading3>{childName(child)}</Heading3>
            {episodes.length === 0 ? (
              <Paragraph>{t('family.support.none')}</Paragraph>
            ) : (
              <ul className="dichtbij-item-list">
                {episodes.map((e) => (
                  <EpisodeItem key={e.id} episode={e} writable={writable} done={done} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
      {writable && (
        <div className="dichtbij-actions">
          <Disclosure label={t('family.support.add')}>
            {(close) => <AddEpisodeForm family={family} planId={plan.id} onCancel={close} onDone={() => { close(); done(t('family.support.added')); }} />}
          </Disclosure>
        </div>
      )}
    </section>
  );
}
