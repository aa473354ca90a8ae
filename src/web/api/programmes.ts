/**
 * Types and calls of the programmes, learning network, training and notifications API, as the server sends
 * them (`src/server/modules/{programmes,learning,training,notifications}/schemas.ts`). Re-exported by `client.ts`.
 */

import { request } from './client';
import type { Paged, PageQuery } from './types';

interface Ref { id: string; name: string }
interface OrgRef { id: string; name: string; kind: string }
interface AreaRef { id: string; code: string; name: string }
interface CreatedId { id: string }

// ---- Programmes ----

export type ProgrammeStatus = 'preparing' | 'running' | 'completed' | 'stopped';
export const PROGRAMME_STATUSES: readonly ProgrammeStatus[] = ['preparing', 'running', 'completed', 'stopped'];
export type ParticipantRole = 'lead' | 'school' | 'partner' | 'funder' | 'knowledge-partner';
export type ProjectGoalStatus = 'open' | 'in-progress' | 'achieved';

export interface ProgrammeSummary {
  id: string;
  name: string;
  aim: string;
  status: ProgrammeStatus;
  startsOn: string;
  endsOn: string | null;
  leadOrganisationId: string;
  leadOrganisation: Ref;
  areas: AreaRef[];
  projectCount: number;
  organisationCount: number;
}

export interface ProjectSummary {
  id: string;
  name: string;
  status: ProgrammeStatus;
  organisation: OrgRef | null;
  startsOn: string | null;
  endsOn: string | null;
  goalCount: number;
}

export interface ProgrammeDetail extends ProgrammeSummary {
  reportEveryMonths: number;
  indicatorCodes: string[];
  organisations: (OrgRef & { role: ParticipantRole; joinedOn: string })[];
  projects: ProjectSummary[];
  trainings: Ref[];
  groups: Ref[];
  canManage: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectGoal {
  id: string;
  description: string;
  target: string | null;
  status: ProjectGoalStatus;
  source: { answerId: string; questionnaireId: string; organisation: Ref; question: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProgressReport {
  id: string;
  programmeId: string;
  project: Ref | null;
  periodStart: string;
  periodEnd: string;
  done: string;
  learned: string;
  nextSteps: string;
  author: Ref | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectDetail {
  id: string;
  programme: Ref & { leadOrganisationId: string };
  name: string;
  description: string | null;
  status: ProgrammeStatus;
  organisation: OrgRef | null;
  startsOn: string | null;
  endsOn: string | null;
  indicatorCodes: string[];
  partners: (OrgRef & { contribution: string | null })[];
  goals: ProjectGoal[];
  reports: ProgressReport[];
  canManage: boolean;
  canReport: boolean;
}

export interface NewProject {
  name: string;
  description?: string | null;
  organisationId?: string | null;
  status?: ProgrammeStatus;
  startsOn?: string | null;
}

export interface NewProjectGoal { description: string; target?: string | null; status?: ProjectGoalStatus; sourceAnswerId?: string | null }

export interface NewProgressReport { projectId?: string | null; periodStart: string; periodEnd: string; done: string; learned: string; nextSteps: string }

export interface ReportDue { programme: Ref; project: Ref | null; periodStart: string; periodEnd: string; dueOn: string; isOverdue: boolean }

interface IndicatorHook { code: string; latest: null }

export interface ProgrammeOverview {
  generatedAt: string;
  programme: ProgrammeSummary & { reportEveryMonths: number; organisations: (OrgRef & { role: ParticipantRole })[] };
  indicators: IndicatorHook[];
  resultAgreements: { id: string }[];
  figures: {
    projects: { total: number; byStatus: Record<string, number> };
    goals: { total: number; byStatus: Record<string, number> };
    schools: number;
    questionnaires: { sent: number; recipients: number; submitted: number };
    trainings: { id: string; name: string; enrolled: number; completed: number; organisations: number }[];
    groups: { id: string; name: string; members: number; posts: number }[];
  };
  projects: (ProjectSummary & {
    goals: { total: number; achieved: number; inProgress: number; open: number };
    partners: Ref[];
    lastReport: { id: string; periodStart: string; periodEnd: string; done: string; nextSteps: string } | null;
    indicators: IndicatorHook[];
  })[];
  latestProgrammeReport: ProgressReport | null;
  reportsDue: ReportDue[];
}

export type ResponseStatus = 'none' | 'draft' | 'submitted';

export interface MyProgrammes {
  programmes: {
    id: string;
    name: string;
    status: ProgrammeStatus;
    startsOn: string;
    endsOn: string | null;
    leadOrganisation: Ref;
    myRole: 'lead' | 'participant';
    projectCount: number;
  }[];
  openQuestionnaires: { id: string; title: string; programme: Ref; sentAt: string; closesOn: string | null; recipients: number; submitted: number }[];
  questionnairesToAnswer: { id: string; title: string; programme: Ref; closesOn: string | null; organisation: Ref; responseStatus: ResponseStatus }[];
  reportsDue: ReportDue[];
}

// ---- Questionnaires ----

export type QuestionnaireStatus = 'draft' | 'sent' | 'closed';

export interface Question { id: string; position: number; text: string; hint: string | null }

export interface QuestionnaireSummary {
  id: string;
  programmeId: string;
  title: string;
  status: QuestionnaireStatus;
  sentAt: string | null;
  closesOn: string | null;
  questionCount: number;
  recipients: number;
  submitted: number;
}

export interface QuestionnaireResponse {
  id: string | null;
  questionnaireId: string;
  organisation: Ref;
  status: ResponseStatus;
  submittedAt: string | null;
  submittedBy: Ref | null;
  updatedAt: string | null;
  answers: { id: string; questionId: string; text: string }[];
}

export interface QuestionnaireDetail {
  id: string;
  programme: Ref;
  title: string;
  introduction: string | null;
  status: QuestionnaireStatus;
  sentAt: string | null;
  closesOn: string | null;
  questions: Question[];
  recipients: { organisation: OrgRef; responseStatus: ResponseStatus; submittedAt: string | null }[];
  myResponses: QuestionnaireResponse[];
  canManage: boolean;
}

export interface QuestionnaireComparison {
  questionnaire: { id: string; title: string; status: QuestionnaireStatus; programme: Ref };
  recipients: { organisation: OrgRef; responseStatus: ResponseStatus; submittedAt: string | null; projectId: string | null }[];
  questions: (Question & { answers: { answerId: string; organisation: Ref; text: string }[] })[];
}

// ---- Learning network ----

export interface LearningGroup {
  id: string;
  name: string;
  description: string;
  theme: string | null;
  programme: Ref | null;
  memberCount: number;
  postCount: number;
  lastActivityAt: string | null;
  isMember: boolean;
}

export interface LearningGroupDetail extends LearningGroup {
  myRole: 'member' | 'moderator' | null;
  canManage: boolean;
  createdAt: string;
}

export interface GroupMember {
  /** The professional's id in the network directory. */
  id: string;
  name: string;
  jobFunction: string | null;
  isActive: boolean;
  role: 'member' | 'moderator';
  joinedAt: string;
  organisations: OrgRef[];
}

export interface Attachment { id: string; fileName: string; contentType: string; sizeBytes: number }
export interface NewAttachment { fileName: string; contentType: string; dataBase64: string }

export interface PostAuthor { id: string; name: string; jobFunction: string | null; organisations: Ref[] }

export interface GroupPost {
  id: string;
  groupId: string;
  title: string | null;
  body: string;
  author: PostAuthor;
  createdAt: string;
  lastActivityAt: string;
  replyCount: number;
  attachments: Attachment[];
}

export interface PostReply { id: string; postId: string; body: string; author: PostAuthor; createdAt: string; attachments: Attachment[] }

export interface GroupPostDetail extends GroupPost { groupName: string; replies: PostReply[] }

// ---- Training ----

export interface TrainingSummary {
  id: string;
  name: string;
  description: string;
  provider: string | null;
  programme: Ref | null;
  organiserOrganisation: Ref;
  isEnrolmentOpen: boolean;
  moduleCount: number;
  enrolmentCount: number;
  nextSessionAt: string | null;
  isEnrolled: boolean;
}

export interface TrainingSession {
  id: string;
  startsAt: string;
  endsAt: string;
  mode: 'online' | 'on-location';
  location: string | null;
  onlineUrl: string | null;
  myAttendance: boolean | null;
}

export interface TrainingModule {
  id: string;
  position: number;
  title: string;
  description: string | null;
  sessions: TrainingSession[];
  myCompletedOn: string | null;
}

export interface TrainingDetail extends TrainingSummary {
  modules: TrainingModule[];
  myEnrolment: { id: string; organisationId: string | null; enrolledAt: string } | null;
  canManage: boolean;
}

export interface TrainingEnrolment {
  id: string;
  professional: { id: string; name: string; jobFunction: string | null };
  organisation: OrgRef | null;
  enrolledAt: string;
  completedModules: { moduleId: string; completedOn: string }[];
  attendedSessionIds: string[];
  hasCompleted: boolean;
}

type ModuleCounts = { moduleId: string; completed: number }[];
export interface CompletionOverview {
  trainings: {
    id: string;
    name: string;
    programme: Ref | null;
    modules: { id: string; position: number; title: string }[];
    totals: { enrolled: number; completedAll: number; organisations: number; modules: ModuleCounts };
    organisations: { organisation: OrgRef | null; enrolled: number; completedAll: number; modules: ModuleCounts }[];
  }[];
}

// ---- Notifications ----

export interface AppNotification {
  id: string;
  kind: 'group-post' | 'post-reply' | 'questionnaire-sent' | 'questionnaire-submitted' | (string & {});
  data: Record<string, unknown>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export type NotificationPage = Paged<AppNotification> & { unreadCount: number };

// ---- Calls ----

const id = (value: string) => encodeURIComponent(value);

export const programmesApi = {
  // Programmes and projects
  programmes: (query: { query?: string; status?: ProgrammeStatus | '' } & PageQuery, signal?: AbortSignal) =>
    request<Paged<ProgrammeSummary>>('GET', '/programmes', { query, signal }),
  programme: (programmeId: string, signal?: AbortSignal) => request<ProgrammeDetail>('GET', `/programmes/${id(programmeId)}`, { signal }),
  programmeOverview: (programmeId: string, signal?: AbortSignal) =>
    request<ProgrammeOverview>('GET', `/programmes/${id(programmeId)}/overview`, { signal }),
  myProgrammes: (signal?: AbortSignal) => request<MyProgrammes>('GET', '/my-programmes', { signal }),
  project: (projectId: string, signal?: AbortSignal) => request<ProjectDetail>('GET', `/projects/${id(projectId)}`, { signal }),
  createProject: (programmeId: string, body: NewProject) => request<CreatedId>('POST', `/programmes/${id(programmeId)}/projects`, { body }),
  addProjectGoal: (projectId: string, body: NewProjectGoal) => request<CreatedId>('POST', `/projects/${id(projectId)}/goals`, { body }),
  progressReports: (programmeId: string, query: { projectId?: string; level?: 'programme' | 'project' | 'all' } & PageQuery, signal?: AbortSignal) =>
    request<Paged<ProgressReport>>('GET', `/programmes/${id(programmeId)}/progress-reports`, { query, signal }),
  createProgressReport: (programmeId: string, body: NewProgressReport) =>
    request<ProgressReport>('POST', `/programmes/${id(programmeId)}/progress-reports`, { body }),

  // Questionnaires
  questionnaires: (programmeId: string, signal?: AbortSignal) =>
    request<{ items: QuestionnaireSummary[] }>('GET', `/programmes/${id(programmeId)}/questionnaires`, { signal }),
  questionnaire: (questionnaireId: string, signal?: AbortSignal) => request<QuestionnaireDetail>('GET', `/questionnaires/${id(questionnaireId)}`, { signal }),
  dispatchQuestionnaire: (questionnaireId: string, body: { closesOn?: string | null } = {}) =>
    request<QuestionnaireDetail>('POST', `/questionnaires/${id(questionnaireId)}/dispatch`, { body }),
  closeQuestionnaire: (questionnaireId: string) => request<QuestionnaireDetail>('POST', `/questionnaires/${id(questionnaireId)}/closure`),
  questionnaireComparison: (questionnaireId: string, signal?: AbortSignal) =>
    request<QuestionnaireComparison>('GET', `/questionnaires/${id(questionnaireId)}/comparison`, { signal }),
  saveResponse: (questionnaireId: string, organisationId: string, body: { answers: { questionId: string; text: string }[]; submit?: boolean }) =>
    request<QuestionnaireResponse>('PUT', `/questionnaires/${id(questionnaireId)}/responses/${id(organisationId)}`, { body }),

  // Learning network
  groups: (query: { query?: string; theme?: string; mine?: 'true' } & PageQuery, signal?: AbortSignal) =>
    request<Paged<LearningGroup>>('GET', '/groups', { query, signal }),
  group: (groupId: string, signal?: AbortSignal) => request<LearningGroupDetail>('GET', `/groups/${id(groupId)}`, { signal }),
  groupMembers: (groupId: string, query: PageQuery, signal?: AbortSignal) =>
    request<Paged<GroupMember>>('GET', `/groups/${id(groupId)}/members`, { query, signal }),
  /** Joins the group oneself (no body). */
  joinGroup: (groupId: string) => request<{ groupId: string; userId: string; role: string; joinedAt: string }>('POST', `/groups/${id(groupId)}/members`),
  groupPosts: (groupId: string, query: PageQuery, signal?: AbortSignal) => request<Paged<GroupPost>>('GET', `/groups/${id(groupId)}/posts`, { query, signal }),
  createPost: (groupId: string, body: { title?: string | null; body: string; attachments?: NewAttachment[] }) =>
    request<GroupPostDetail>('POST', `/groups/${id(groupId)}/posts`, { body }),
  post: (postId: string, signal?: AbortSignal) => request<GroupPostDetail>('GET', `/group-posts/${id(postId)}`, { signal }),
  createReply: (postId: string, body: { body: string; attachments?: NewAttachment[] }) =>
    request<PostReply>('POST', `/group-posts/${id(postId)}/replies`, { body }),
  /** Where an attachment is downloaded (a plain link: the session cookie goes along). */
  attachmentUrl: (attachmentId: string) => `/api/v1/attachments/${id(attachmentId)}`,

  // Training
  trainings: (query: { query?: string; programmeId?: string; mine?: 'true' } & PageQuery, signal?: AbortSignal) =>
    request<Paged<TrainingSummary>>('GET', '/trainings', { query, signal }),
  training: (trainingId: string, signal?: AbortSignal) => request<TrainingDetail>('GET', `/trainings/${id(trainingId)}`, { signal }),
  /** Enrols oneself (no body: the first of one's organisations); a second time is 409. */
  enrol: (trainingId: string) => request<{ id: string }>('POST', `/trainings/${id(trainingId)}/enrolments`),
  enrolments: (trainingId: string, query: PageQuery, signal?: AbortSignal) =>
    request<Paged<TrainingEnrolment>>('GET', `/trainings/${id(trainingId)}/enrolments`, { query, signal }),
  recordAttendance: (sessionId: string, attendees: { userId: string; attended: boolean }[]) =>
    request<{ recorded: number }>('PUT', `/training-sessions/${id(sessionId)}/attendance`, { body: { attendees } }),
  recordCompletions: (moduleId: string, body: { userIds: string[]; completedOn?: string | null }) =>
    request<{ recorded: number }>('POST', `/training-modules/${id(moduleId)}/completions`, { body }),
  trainingCompletions: (query: { trainingId?: string; programmeId?: string }, signal?: AbortSignal) =>
    request<CompletionOverview>('GET', '/training-completions', { query, signal }),

  // Notifications
  notifications: (query: { unread?: 'true' } & PageQuery, signal?: AbortSignal) => request<NotificationPage>('GET', '/notifications', { query, signal }),
  readNotification: (notificationId: string) => request<AppNotification>('POST', `/notifications/${id(notificationId)}/read`),
  readAllNotifications: () => request<{ marked: number }>('POST', '/notifications/all-read'),
};
