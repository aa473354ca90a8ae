import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from './RouterLink';

interface TaskCardProps {
  title: string;
  body: string;
  /** Where the card leads; without it the card is a note (e.g. "coming soon"). */
  to?: string;
}

/** A card on the home page: a heading (a link when there is somewhere to go) and a short text. */
export function TaskCard({ title, body, to }: TaskCardProps) {
  return (
    <li className={`dichtbij-card${to ? ' dichtbij-card--link' : ' dichtbij-card--note'}`}>
      <Heading2 className="dichtbij-card__heading">{to ? <AppLink to={to}>{title}</AppLink> : title}</Heading2>
      <Paragraph>{body}</Paragraph>
    </li>
  );
}
