/**
 * Types of the case API (children, families, consents, family plans), as the server sends them.
 * The calls themselves live in the one client (`client.ts`).
 */

export const LIFE_DOMAINS = ['development', 'parenting', 'school', 'health', 'safety', 'money', 'housing'] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];
export const GOAL_STATUSES = ['open', 'in-progress', 'met', 'not-met', 'cancelled'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const LEGAL_GROUNDS = ['safety', 'meldcode'] as const;
export type LegalGround = (typeof LEGAL_GROUNDS)[number];
export const SUPPORT_LEVELS = [0, 1, 2, 3] as const;
export type ConsentGiver = 'parent' | 'young-person';
export const CONSENT_GIVERS: readonly ConsentGiver[] = ['parent', 'young-person'];
/** CBS reason for ending (01 according to plan ... 05 external cause). */
export const END_REASONS = ['01', '02', '03', '04', '05'] as const;
/** Referrer (CBS / iJw COD327); there is no 07. */
export const REFERRERS = ['01', '02', '03', '04', '05', '06', '08'] as const;

export interface CodedPlace { code: string; name: string }

export interface Child {
  id: string;
  familyId: string | null;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  expectedBirthDate: string | null;
  bsnMasked: string | null;
  municipality: CodedPlace;
  neighbourhood: CodedPlace | null;
  school: { id: string; name: string } | null;
}

export interface NewChild {
  bsn?: string | null;
  givenName: string;
  familyName: string;
  birthDate?: string | null;
  expectedBirthDate?: string | null;
  municipalityCode: string;
  schoolId?: string | null;
}

export interface NewGuardian {
  givenName: string;
  familyName: string;
  hasParentalAuthority: boolean;
  phone?: string | null;
  email?: string | null;
}

export interface NewFamily { name?: string | null; childIds: string[]; guardians: NewGuardian[] }

export interface Guardian {
  id: string;
  givenName: string;
  familyName: string;
  relation: string;
  hasParentalAuthority: boolean;
  phone: string | null;
  email: string | null;
}

export interface Consent {
  id: string;
  childId: string;
  givenBy: string[];
  organisationIds: string[];
  purpose: string;
  validFrom: string;
  validUntil: string | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  isValid: boolean;
}

export interface NewConsent {
  childId: string;
  givenBy: ConsentGiver[];
  organisationIds: string[];
  purpose: string;
  validFrom: string;
  validUntil?: string | null;
}

interface Person { id: string; name: string; email: string; phone: string | null; jobFunction: string | null }

export interface Coordinator extends Person { since: string }

export interface TeamMember extends Person {
  organisation: { id: string; name: string } | null;
  isCoordinator: boolean;
  reasons: string[];
  legalGround: string | null;
  since: string;
}

export interface Evaluation { id: string; score: number; note: string | null; evaluatedOn: string; evaluatedBy: string }

export interface Goal {
  id: string;
  childId: string | null;
  domain: string;
  description: string;
  status: string;
  evaluations: Evaluation[];
}

export interface LevelChange {
  id: string;
  fromLevel: number | null;
  toLevel: number;
  direction: 'start' | 'up' | 'down';
  requestedOn: string;
  effectiveOn: string | null;
  decision: string;
  decidedOn: string | null;
  decisionReason: string | null;
  reason: string | null;
}

export interface Episode {
  id: string;
  childId: string;
  level: number;
  status: string;
  provider: { id: string; name: string };
  kind: string | null;
  intensity: string | null;
  requestedOn: string;
  decidedOn: string | null;
  startedOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  referrer: string | null;
  formOfHelp: string | null;
  startedInCrisis: boolean;
  productCategory: string | null;
  satisfaction: number | null;
  continuation: string | null;
  levelChanges: LevelChange[];
}

export interface Plan {
  id: string;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  closeReason: string | null;
  coordinator: Coordinator | null;
  coordinatorHistory: { id: string; name: string; from: string; until: string | null }[];
  pendingHandover: { id: string; fromId: string; toId: string; note: string | null; requestedAt: string } | null;
  team: TeamMember[];
  goals: Goal[];
  episodes: Episode[];
}

export interface Family {
  id: string;
  name: string;
  createdAt: string;
  children: Child[];
  hiddenChildren: number;
  guardians: Guardian[];
  consents: Consent[];
  plan: Plan | null;
}

export interface TimelineEvent {
  id: number;
  at: string;
  kind: string;
  childId: string | null;
  planId: string | null;
  actorId: string | null;
  actorName: string | null;
  data: Record<string, unknown>;
}

export interface CaseloadItem {
  id: string;
  name: string;
  childNames: string[];
  planId: string | null;
  coordinator: { id: string; name: string } | null;
  isCoordinator: boolean;
  highestLevel: number | null;
  attention: { handoversToMe: number; decisionsPending: number; episodesNotStarted: number; goalsUnevaluated: number };
}

export interface NewTeamMember { professionalId: string; consentId?: string | null; legalGround?: LegalGround | null }

export interface NewEpisode {
  childId: string;
  level: number;
  providerOrganisationId: string;
  kind?: string | null;
  requestedOn?: string | null;
  startedOn?: string | null;
  referrer?: string | null;
}

export interface EpisodeChanges { startedOn?: string; endedOn?: string; endReason?: string }

export interface AccessRequest {
  id: string;
  childId: string;
  childName: string;
  familyId: string | null;
  planId: string;
  episodeId: string;
  fromLevel: number | null;
  toLevel: number;
  requestedOn: string;
  reason: string | null;
  providerName: string;
  requestedByName: string;
}
