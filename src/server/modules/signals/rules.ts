import { addDays } from '../../platform/dates.js';

/** The Jeugdwet's limits for the referral index: at most two years, and never past the 23rd birthday. */
export function latestActiveUntil(registeredOn: string, birthDate: string | null): string {
  const twoYears = addDays(`${Number(registeredOn.slice(0, 4)) + 2}${registeredOn.slice(4)}`, 0);
  if (!birthDate) return twoYears;
  const dayBefore23rd = addDays(`${Number(birthDate.slice(0, 4)) + 23}${birthDate.slice(4)}`, -1);
  return dayBefore23rd < twoYears ? dayBefore23rd : twoYears;
}

export interface MatchRule {
  id: string;
  priority: number;
  whenInvolvedKind: string | null;
  minAge: number | null;
  maxAge: number | null;
  proposeKind: string;
}

/**
 * The first rule (by priority) whose conditions hold proposes the organisation of its kind among the matched
 * ones; without a fitting rule, the organisation that signalled first.
 */
export function proposeCoordinator(
  rules: MatchRule[],
  matched: { organisationId: string; kind: string; signalledAt: Date }[],
  childAge: number | null,
): { organisationId: string; ruleId: string | null } {
  const kinds = new Set(matched.map((m) => m.kind));
  for (const rule of [...rules].sort((a, b) => a.priority - b.priority)) {
    if (rule.whenInvolvedKind && !kinds.has(rule.whenInvolvedKind)) continue;
    if (rule.minAge !== null && (childAge === null || childAge < rule.minAge)) continue;
    if (rule.maxAge !== null && (childAge === null || childAge > rule.maxAge)) continue;
    const proposed = matched.find((m) => m.kind === rule.proposeKind);
    if (proposed) return { organisationId: proposed.organisationId, ruleId: rule.id };
  }
  const first = [...matched].sort((a, b) => a.signalledAt.getTime() - b.signalledAt.getTime())[0]!;
  return { organisationId: first.organisationId, ruleId: null };
}
