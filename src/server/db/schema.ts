import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type AreaKind = 'country' | 'province' | 'region' | 'municipality' | 'neighbourhood';
export const ORGANISATION_KINDS = [
  'school', 'childcare', 'ikc', 'gp-practice', 'jgz', 'neighbourhood-team', 'municipality', 'welfare',
  'youth-care-provider', 'province', 'certified-institution', 'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ROLES = ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'] as const;
export type Role = (typeof ROLES)[number];

export interface AreasTable {
  id: Generated<string>;
  kind: AreaKind;
  code: string;
  name: string;
  parent_id: string | null;
  created_at: CreatedAt;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  kind: OrganisationKind;
  area_id: string;
  agb_code: string | null;
  brin: string | null;
  kvk_number: string | null;
  street_address: string | null;
  postcode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  description: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  job_function: string | null;
  phone: string | null;
  themes: ColumnType<string[], string[] | undefined, string[]>;
  bio: string | null;
  is_active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  created_at: CreatedAt;
}

export interface RoleGrantsTable {
  id: Generated<string>;
  user_id: string;
  role: Role;
  organisation_id: string | null;
  area_id: string | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditEventsTable {
  seq: ColumnType<number, never, never>;
  id: Generated<string>;
  chain: number;
  at: Timestamp;
  actor_id: string | null;
  actor_roles: ColumnType<string[], string[] | undefined, never>;
  actor_organisation_ids: ColumnType<string[], string[] | undefined, never>;
  subject_id: string | null;
  resource: string;
  resource_id: string | null;
  action: string;
  outcome: 'allowed' | 'denied';
  context: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}

type DateString = ColumnType<string, string, string>;

export const LIFE_DOMAINS = ['development', 'parenting', 'school', 'health', 'safety', 'money', 'housing'] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];
export const GOAL_STATUSES = ['open', 'in-progress', 'met', 'not-met', 'cancelled'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type InvolvementReason = 'registered' | 'team-member' | 'coordinator' | 'referral';
export const LEGAL_GROUNDS = ['safety', 'meldcode'] as const;
export type LegalGround = (typeof LEGAL_GROUNDS)[number];
export type EpisodeStatus = 'awaiting-decision' | 'rejected' | 'planned' | 'active' | 'ended';
export type LevelDecision = 'not-needed' | 'pending' | 'approved' | 'rejected';

export interface FamiliesTable {
  id: Generated<string>;
  name: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ChildrenTable {
  id: Generated<string>;
  family_id: string | null;
  bsn_hash: string | null;
  bsn_encrypted: string | null;
  given_name: string;
  family_name: string;
  birth_date: DateString | null;
  expected_birth_date: DateString | null;
  municipality_id: string;
  neighbourhood_id: string | null;
  school_id: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface GuardiansTable {
  id: Generated<string>;
  family_id: string;
  given_name: string;
  family_name: string;
  relation: 'parent' | 'guardian' | 'foster-parent' | 'other';
  has_parental_authority: boolean;
  phone: string | null;
  email: string | null;
  created_at: CreatedAt;
}

export interface ConsentsTable {
  id: Generated<string>;
  child_id: string;
  given_by: string[];
  organisation_ids: string[];
  purpose: string;
  valid_from: DateString;
  valid_until: DateString | null;
  recorded_by: string;
  recorded_at: Timestamp;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
}

export interface PlansTable {
  id: Generated<string>;
  family_id: string;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  opened_at: Timestamp;
  opened_by: string;
  closed_at: Timestamp | null;
  closed_by: string | null;
  close_reason: string | null;
}

export interface CoordinatorsTable {
  id: Generated<string>;
  plan_id: string;
  professional_id: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface HandoversTable {
  id: Generated<string>;
  plan_id: string;
  from_professional_id: string;
  to_professional_id: string;
  note: string | null;
  requested_at: Timestamp;
  status: ColumnType<'pending' | 'accepted' | 'declined' | 'cancelled', 'pending' | undefined, 'pending' | 'accepted' | 'declined' | 'cancelled'>;
  resolved_at: Timestamp | null;
}

export interface InvolvementsTable {
  id: Generated<string>;
  child_id: string;
  professional_id: string;
  organisation_id: string | null;
  plan_id: string | null;
  reason: InvolvementReason;
  consent_id: string | null;
  legal_ground: LegalGround | null;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  end_reason: string | null;
}

export interface GoalsTable {
  id: Generated<string>;
  plan_id: string;
  child_id: string | null;
  domain: LifeDomain;
  description: string;
  status: GoalStatus;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GoalEvaluationsTable {
  id: Generated<string>;
  goal_id: string;
  score: number;
  note: string | null;
  evaluated_on: DateString;
  evaluated_by: string;
  created_at: Timestamp;
}

export interface EpisodesTable {
  id: Generated<string>;
  plan_id: string;
  child_id: string;
  level: number;
  provider_organisation_id: string;
  kind: string | null;
  intensity: string | null;
  status: EpisodeStatus;
  requested_on: DateString;
  decided_on: DateString | null;
  started_on: DateString | null;
  ended_on: DateString | null;
  end_reason: string | null;
  referrer: string | null;
  form_of_help: string | null;
  started_in_crisis: ColumnType<boolean, boolean | undefined, boolean>;
  product_category: string | null;
  satisfaction: number | null;
  continuation: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LevelChangesTable {
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  episode_id: string;
  child_id: string;
  from_level: number | null;
  to_level: number;
  direction: 'start' | 'up' | 'down';
  requested_on: DateString;
  effective_on: DateString | null;
  reason: string | null;
  decision: LevelDecision;
  decided_by: string | null;
  decided_on: DateString | null;
  decision_reason: string | null;
  requested_by: string;
  created_at: Timestamp;
}

export interface CaseEventsTable {
  id: ColumnType<number, never, never>;
  family_id: string | null;
  child_id: string | null;
  plan_id: string | null;
  at: Timestamp;
  kind: string;
  actor_id: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export const SIGNAL_DOMAINS = ['development', 'behaviour', 'home-situation', 'poverty', 'health', 'school-absence', 'safety'] as const;
export type SignalDomain = (typeof SIGNAL_DOMAINS)[number];

export interface SignalsTable {
  id: Generated<string>;
  bsn_hash: string;
  bsn_encrypted: string;
  domain: SignalDomain;
  note: string | null;
  professional_id: string;
  organisation_id: string;
  registered_at: Timestamp;
  active_until: DateString;
  closed_at: Timestamp | null;
  close_reason: string | null;
}

export interface MatchRulesTable {
  id: Generated<string>;
  area_id: string | null;
  priority: number;
  description: string;
  when_involved_kind: string | null;
  min_age: number | null;
  max_age: number | null;
  propose_kind: string;
  created_at: CreatedAt;
}

export interface SignalMatchesTable {
  id: Generated<string>;
  kind: 'child' | 'family';
  signal_id: string;
  other_signal_id: string;
  created_at: Timestamp;
  proposed_organisation_id: string | null;
  rule_id: string | null;
}

export interface CoordinationConfirmationsTable {
  match_id: string;
  professional_id: string;
  organisation_id: string;
  confirmed_at: Timestamp;
}

export interface OutboxTable {
  id: Generated<string>;
  channel: 'email' | 'letter';
  recipient: string;
  subject: string;
  body: string;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export const OUTCOMES = ['advice', 'light-support', 'ambulatory', 'specialist', 'special-education'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const ENTRY_POINTS = ['school-support-team', 'gp-practice', 'jgz', 'neighbourhood-team', 'parents', 'ikc'] as const;
export type EntryPoint = (typeof ENTRY_POINTS)[number];

export interface PathwaysTable {
  id: Generated<string>;
  name: string;
  description: string | null;
  area_id: string | null;
  entry_points: string[];
  outcomes: string[];
  is_active: ColumnType<boolean, boolean | undefined, boolean>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface PathwayStepsTable {
  id: Generated<string>;
  pathway_id: string;
  position: number;
  name: string;
  responsible_function: string | null;
  responsible_organisation_kind: string | null;
  deadline_working_days: number;
}

export interface SupportTeamsTable {
  id: Generated<string>;
  school_id: string;
  name: string;
  created_at: CreatedAt;
}

export interface SupportTeamMembersTable {
  team_id: string;
  professional_id: string;
  role: string;
}

export interface RequestsTable {
  id: Generated<string>;
  pathway_id: string;
  child_id: string | null;
  bsn_hash: string | null;
  entry_point: string;
  note: string | null;
  team_id: string | null;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  step_position: number;
  step_due_on: DateString | null;
  assigned_professional_id: string | null;
  created_by: string;
  created_organisation_id: string | null;
  received_at: Timestamp;
  first_contact_at: Timestamp | null;
  decided_at: Timestamp | null;
  support_started_on: DateString | null;
  outcome: Outcome | null;
  episode_id: string | null;
}

export interface RequestStepsTable {
  id: ColumnType<number, never, never>;
  request_id: string;
  position: number;
  started_at: Timestamp;
  due_on: DateString | null;
  completed_at: Timestamp | null;
  completed_by: string | null;
  note: string | null;
}

export interface TeamMeetingsTable {
  id: Generated<string>;
  team_id: string;
  scheduled_on: DateString;
  attendee_ids: ColumnType<string[], string[] | undefined, string[]>;
  notes: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface MeetingItemsTable {
  meeting_id: string;
  request_id: string;
  outcome: string | null;
  follow_up_on: DateString | null;
}

export interface Database {
  pathways: PathwaysTable;
  pathway_steps: PathwayStepsTable;
  support_teams: SupportTeamsTable;
  support_team_members: SupportTeamMembersTable;
  requests: RequestsTable;
  request_steps: RequestStepsTable;
  team_meetings: TeamMeetingsTable;
  meeting_items: MeetingItemsTable;
  signals: SignalsTable;
  match_rules: MatchRulesTable;
  signal_matches: SignalMatchesTable;
  coordination_confirmations: CoordinationConfirmationsTable;
  outbox: OutboxTable;
  families: FamiliesTable;
  children: ChildrenTable;
  guardians: GuardiansTable;
  consents: ConsentsTable;
  plans: PlansTable;
  coordinators: CoordinatorsTable;
  handovers: HandoversTable;
  involvements: InvolvementsTable;
  goals: GoalsTable;
  goal_evaluations: GoalEvaluationsTable;
  episodes: EpisodesTable;
  level_changes: LevelChangesTable;
  case_events: CaseEventsTable;
  areas: AreasTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  audit_chain_heads: AuditChainHeadsTable;
}

/** The newest hash of each audit chain (migration 0008); its row lock serialises the chain's writers. */
export interface AuditChainHeadsTable {
  chain: number;
  hash: string;
}

export type User = Selectable<UsersTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type Area = Selectable<AreasTable>;
export type AuditEvent = Selectable<AuditEventsTable>;

// ---- Programmes, learning network, training and notifications (migration 0004_programmes) ----

export const PROGRAMME_STATUSES = ['preparing', 'running', 'completed', 'stopped'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const PARTICIPANT_ROLES = ['lead', 'school', 'partner', 'funder', 'knowledge-partner'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const PROJECT_GOAL_STATUSES = ['open', 'in-progress', 'achieved', 'not-achieved', 'dropped'] as const;
export type ProjectGoalStatus = (typeof PROJECT_GOAL_STATUSES)[number];
export type QuestionnaireStatus = 'draft' | 'sent' | 'closed';
export const SESSION_MODES = ['online', 'on-location'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export interface ProgrammesTable {
  id: Generated<string>;
  name: string;
  aim: string;
  lead_organisation_id: string;
  status: ColumnType<ProgrammeStatus, ProgrammeStatus | undefined, ProgrammeStatus>;
  starts_on: DateString;
  ends_on: DateString | null;
  report_every_months: ColumnType<number, number | undefined, number>;
  indicator_codes: ColumnType<string[], string[] | undefined, string[]>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ProgrammeAreasTable {
  programme_id: string;
  area_id: string;
}

export interface ProgrammeOrganisationsTable {
  programme_id: string;
  organisation_id: string;
  role: ParticipantRole;
  joined_on: DateString;
}

export interface ProjectsTable {
  id: Generated<string>;
  programme_id: string;
  name: string;
  description: string | null;
  organisation_id: string | null;
  status: ColumnType<ProgrammeStatus, ProgrammeStatus | undefined, ProgrammeStatus>;
  starts_on: DateString | null;
  ends_on: DateString | null;
  indicator_codes: ColumnType<string[], string[] | undefined, string[]>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ProjectPartnersTable {
  project_id: string;
  organisation_id: string;
  contribution: string | null;
}

export interface QuestionnairesTable {
  id: Generated<string>;
  programme_id: string;
  title: string;
  introduction: string | null;
  status: ColumnType<QuestionnaireStatus, QuestionnaireStatus | undefined, QuestionnaireStatus>;
  closes_on: DateString | null;
  sent_at: Timestamp | null;
  sent_by: string | null;
  closed_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface QuestionnaireQuestionsTable {
  id: Generated<string>;
  questionnaire_id: string;
  position: number;
  text: string;
  hint: string | null;
}

export interface QuestionnaireRecipientsTable {
  questionnaire_id: string;
  organisation_id: string;
}

export interface QuestionnaireResponsesTable {
  id: Generated<string>;
  questionnaire_id: string;
  organisation_id: string;
  status: ColumnType<'draft' | 'submitted', 'draft' | 'submitted' | undefined, 'draft' | 'submitted'>;
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface QuestionnaireAnswersTable {
  id: Generated<string>;
  response_id: string;
  question_id: string;
  text: string;
}

export interface ProjectGoalsTable {
  id: Generated<string>;
  project_id: string;
  description: string;
  target: string | null;
  status: ColumnType<ProjectGoalStatus, ProjectGoalStatus | undefined, ProjectGoalStatus>;
  source_answer_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProgressReportsTable {
  id: Generated<string>;
  programme_id: string;
  project_id: string | null;
  period_start: DateString;
  period_end: DateString;
  done: string;
  learned: string;
  next_steps: string;
  author_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LearningGroupsTable {
  id: Generated<string>;
  name: string;
  description: string;
  theme: string | null;
  programme_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface GroupMembersTable {
  group_id: string;
  user_id: string;
  role: ColumnType<'member' | 'moderator', 'member' | 'moderator' | undefined, 'member' | 'moderator'>;
  joined_at: Timestamp;
}

export interface GroupPostsTable {
  id: Generated<string>;
  group_id: string;
  author_id: string;
  title: string | null;
  body: string;
  created_at: Timestamp;
  last_activity_at: Timestamp;
}

export interface PostRepliesTable {
  id: Generated<string>;
  post_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
}

export interface AttachmentsTable {
  id: Generated<string>;
  post_id: string | null;
  reply_id: string | null;
  position: ColumnType<number, number | undefined, number>;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  data: Buffer;
  uploaded_by: string;
  created_at: Timestamp;
}

export interface TrainingsTable {
  id: Generated<string>;
  name: string;
  description: string;
  provider: string | null;
  programme_id: string | null;
  organiser_organisation_id: string;
  is_enrolment_open: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface TrainingModulesTable {
  id: Generated<string>;
  training_id: string;
  position: number;
  title: string;
  description: string | null;
}

export interface TrainingSessionsTable {
  id: Generated<string>;
  module_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  mode: SessionMode;
  location: string | null;
  online_url: string | null;
  created_at: Timestamp;
}

export interface TrainingEnrolmentsTable {
  id: Generated<string>;
  training_id: string;
  user_id: string;
  organisation_id: string | null;
  enrolled_at: Timestamp;
}

export interface SessionAttendanceTable {
  session_id: string;
  user_id: string;
  attended: boolean;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface ModuleCompletionsTable {
  module_id: string;
  user_id: string;
  completed_on: DateString;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface NotificationsTable {
  id: Generated<string>;
  recipient_id: string;
  kind: string;
  data: ColumnType<Record<string, unknown>, string | undefined, never>;
  link: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

// Declaration merging: these tables join the Database interface above without editing it.
export interface Database {
  programmes: ProgrammesTable;
  programme_areas: ProgrammeAreasTable;
  programme_organisations: ProgrammeOrganisationsTable;
  projects: ProjectsTable;
  project_partners: ProjectPartnersTable;
  questionnaires: QuestionnairesTable;
  questionnaire_questions: QuestionnaireQuestionsTable;
  questionnaire_recipients: QuestionnaireRecipientsTable;
  questionnaire_responses: QuestionnaireResponsesTable;
  questionnaire_answers: QuestionnaireAnswersTable;
  project_goals: ProjectGoalsTable;
  progress_reports: ProgressReportsTable;
  learning_groups: LearningGroupsTable;
  group_members: GroupMembersTable;
  group_posts: GroupPostsTable;
  post_replies: PostRepliesTable;
  attachments: AttachmentsTable;
  trainings: TrainingsTable;
  training_modules: TrainingModulesTable;
  training_sessions: TrainingSessionsTable;
  training_enrolments: TrainingEnrolmentsTable;
  session_attendance: SessionAttendanceTable;
  module_completions: ModuleCompletionsTable;
  notifications: NotificationsTable;
}

// ---- Monitoring: imports, result agreements, indicator facts and values (migration 0006_monitoring) ----

export const POPULATION_AGE_BANDS = ['0-3', '4-11', '12-17', '18-22'] as const;
export type PopulationAgeBand = (typeof POPULATION_AGE_BANDS)[number];
export type ImportKind = 'population' | 'assessments' | 'published';

export interface ImportsTable {
  id: Generated<string>;
  kind: ImportKind;
  file_name: string | null;
  byte_size: number;
  row_count: ColumnType<number, number | undefined, number>;
  status: 'accepted' | 'refused';
  error_code: string | null;
  error_detail: string | null;
  imported_by: string | null;
  imported_at: Timestamp;
}

export interface PopulationTable {
  municipality_id: string;
  year: number;
  age_band: PopulationAgeBand;
  count: number;
  import_id: string;
}

export interface LiteracyAssessmentsTable {
  school_id: string;
  pupil_pseudonym: string;
  assessed_on: DateString;
  school_group: number;
  sufficient: boolean;
  import_id: string;
}

export interface PublishedFiguresTable {
  indicator_code: string;
  area_id: string;
  period: string;
  // numeric: pg returns a string.
  value: ColumnType<string, number | string, number | string>;
  source: string;
  import_id: string;
}

export interface ResultAgreementsTable {
  id: Generated<string>;
  indicator_code: string;
  area_id: string;
  programme_id: string | null;
  baseline_value: ColumnType<string, number | string, number | string>;
  baseline_on: DateString;
  target_value: ColumnType<string, number | string, number | string>;
  target_on: DateString;
  direction: 'higher' | 'lower';
  agreed_by: string;
  note: string | null;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MonitoringPeriodsTable {
  key: string;
  kind: 'month' | 'quarter' | 'year';
  year: number;
  starts_on: DateString;
  ends_on: DateString;
  /** Months, quarters or years since year 0 (migration 0007). */
  idx: number;
  last_day: DateString;
}

export interface MonitoringFactsTable {
  subject_kind: string;
  subject_id: string;
  indicator: string;
  part: string;
  per_subject: boolean;
  area_id: string;
  school_id: string | null;
  starts_on: DateString;
  ends_on: DateString | null;
  birth_on: DateString | null;
  split: ColumnType<string, string | undefined, string>;
  days: number | null;
}

export interface MonitoringValuesTable {
  indicator: string;
  unit_id: string;
  period: string;
  part: string;
  age_band: string;
  first_2000: boolean;
  split: string;
  days: number;
  n: number;
}

export interface MonitoringDirtyTable {
  subject_kind: string;
  subject_id: string;
}

export interface MonitoringStateTable {
  id: ColumnType<boolean, boolean | undefined, never>;
  as_of: DateString;
  refreshed_at: Timestamp;
}

export interface MonitoringCatalogTable {
  id: ColumnType<boolean, boolean | undefined, never>;
  version: string;
}

export interface Database {
  imports: ImportsTable;
  population: PopulationTable;
  literacy_assessments: LiteracyAssessmentsTable;
  published_figures: PublishedFiguresTable;
  result_agreements: ResultAgreementsTable;
  monitoring_periods: MonitoringPeriodsTable;
  monitoring_facts: MonitoringFactsTable;
  monitoring_values: MonitoringValuesTable;
  monitoring_dirty: MonitoringDirtyTable;
  monitoring_state: MonitoringStateTable;
  monitoring_catalog: MonitoringCatalogTable;
}
