import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { api, type Family, type TimelineEvent } from '../../api/client';
import { ErrorAlert, LiveText } from '../Feedback';
import { formatDateTime, useLabels } from '../labels';
import { useLoad } from '../useLoad';
import { childName } from './shared';

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** A short, personal-data-free addition to an event's label, from what the server recorded with it. */
function useDetail() {
  const { t } = useTranslation();
  const labels = useLabels();
  return (event: TimelineEvent): string => {
    const d = event.data;
    switch (event.kind) {
      case 'plan-opened':
        return text(d.coordinatorName) && t('family.timeline.coordinator', { name: text(d.coordinatorName) });
      case 'team-member-added':
        return text(d.professionalName);
      case 'goal-added':
        return labels.lifeDomain(text(d.domain));
      case 'goal-updated':
        return labels.goalStatus(text(d.status));
      case 'goal-evaluated':
        return t('family.timeline.score', { score: text(d.score) });
      case 'episode-requested':
      case 'episode-started':
      case 'episode-ended':
        return labels.level(typeof d.level === 'number' ? d.level : null);
      case 'scaled-up':
      case 'scaled-down':
      case 'scale-up-requested':
        return t('family.timeline.fromTo', { from: text(d.from), to: text(d.to) });
      case 'plan-closed':
      case 'consent-withdrawn':
      case 'access-approved':
      case 'access-rejected':
        return text(d.reason);
      default:
        return '';
    }
  };
}

/** Tijdlijn: what happened in this family, newest first. */
export function TimelineSection({ family, version }: { family: Family; version: number }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const detail = useDetail();
  const timeline = useLoad((signal) => api.familyTimeline(family.id, signal), [family.id, version]);
  const events = [...(timeline.data?.items ?? [])].reverse();
  const childOf = (id: string | null) => family.children.find((c) => c.id === id);

  return (
    <section aria-labelledby="family-timeline" id="tijdlijn">
      <Heading2 id="family-timeline">{t('family.timeline.title')}</Heading2>
      <ErrorAlert error={timeline.error} />
      {timeline.loading && !timeline.data && <LiveText>{t('common.loading')}</LiveText>}
      {timeline.data && events.length === 0 && <Paragraph>{t('family.timeline.none')}</Paragraph>}
      {events.length > 0 && (
        <ol className="dichtbij-timeline">
          {events.map((event) => {
            const child = childOf(event.childId);
            const extra = detail(event);
            return (
              <li key={event.id} className="dichtbij-timeline__event">
                <time dateTime={event.at} className="dichtbij-timeline__time">{formatDateTime(event.at)}</time>
                <span className="dichtbij-timeline__what">
                  <strong>{labels.timelineKind(event.kind)}</strong>
                  {child && <> · {childName(child)}</>}
                  {extra && <> · {extra}</>}
                </span>
                {event.actorName && <span className="dichtbij-secondary">{t('family.timeline.by', { name: event.actorName })}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
