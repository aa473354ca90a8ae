import { StatusBadge } from '@utrecht/component-library-react';
import type { ProgrammeStatus, ProjectGoalStatus, ResponseStatus } from '../../api/client';
import { useProgrammeLabels } from './labels';

const PROGRAMME_BADGE: Record<ProgrammeStatus, string> = { preparing: 'neutral', running: 'active', completed: 'safe', stopped: 'inactive' };
const GOAL_BADGE: Record<ProjectGoalStatus, string> = { open: 'neutral', 'in-progress': 'active', achieved: 'safe' };
const RESPONSE_BADGE: Record<ResponseStatus, string> = { none: 'neutral', draft: 'inactive', submitted: 'safe' };

/** The status of a programme or project, always in words. */
export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatus }) {
  const labels = useProgrammeLabels();
  return <StatusBadge status={PROGRAMME_BADGE[status]}>{labels.status(status)}</StatusBadge>;
}

export function GoalStatusBadge({ status }: { status: ProjectGoalStatus }) {
  const labels = useProgrammeLabels();
  return <StatusBadge status={GOAL_BADGE[status]}>{labels.goalStatus(status)}</StatusBadge>;
}

export function ResponseStatusBadge({ status }: { status: ResponseStatus }) {
  const labels = useProgrammeLabels();
  return <StatusBadge status={RESPONSE_BADGE[status]}>{labels.responseStatus(status)}</StatusBadge>;
}
