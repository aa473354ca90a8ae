import type { Child, Family, Me, Plan } from '../../api/client';

/** What every section of the family page gets: the page's data, who reads it, and how to refresh after a write. */
export interface SectionProps {
  family: Family;
  plan: Plan | null;
  me: Me;
  canWrite: boolean;
  /** Reload the family (and its timeline) after a successful write. */
  onChanged: () => void;
  /** The name of an organisation a consent or team member mentions. */
  organisationName: (id: string) => string;
}

export const childName = (child: Pick<Child, 'givenName' | 'familyName'>) => `${child.givenName} ${child.familyName}`;

/** The open plan, when there is one: the place where team, goals and support can change. */
export const openPlan = (plan: Plan | null): Plan | null => (plan?.status === 'open' ? plan : null);

export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
