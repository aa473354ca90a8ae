import { z } from 'zod';
import { PARTICIPANT_ROLES, PROGRAMME_STATUSES, PROJECT_GOAL_STATUSES } from '../../db/schema.js';
import { pageQuery, pagedSchema } from '../../platform/paging.js';

const day = z.iso.date();
const moment = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const idParams = z.strictObject({ id: z.uuid() });
export const organisationParams = z.strictObject({ id: z.uuid(), organisationId: z.uuid() });
export const created = z.object({ id: z.uuid() });

export const programmeStatus = z.enum(PROGRAMME_STATUSES).describe('preparing (in voorbereiding), running (lopend), completed (afgerond), stopped (gestopt)');
export const participantRole = z.enum(PARTICIPANT_ROLES).describe('lead (penvoerder), school, partner, funder (financier), knowledge-partner (kennispartner)');
const goalStatus = z.enum(PROJECT_GOAL_STATUSES);
const indicatorCodes = z
  .array(z.string().trim().regex(/^[A-Z0-9-]{2,20}$/))
  .max(20)
  .describe('Codes van standaardindicatoren (zoals NETWORK of LIT-START); de cijfers volgen uit de monitoring');
const reportEveryMonths = z.union([z.literal(1), z.literal(3), z.literal(6), z.literal(12)]).describe('Voortgangsrapportage per zoveel maanden (1, 3, 6 of 12), gelijk met het kalenderjaar');

const ref = z.object({ id: z.uuid(), name: z.string() });
const organisationRef = z.object({ id: z.uuid(), name: z.string(), kind: z.string() });
const areaRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

// ---- Programmes ----

export const programmesQuery = z.strictObject({
  query: z.string().trim().min(1).max(200).optional().describe('Zoek op naam'),
  status: programmeStatus.optional(),
  areaId: z.uuid().optional(),
  organisationId: z.uuid().optional().describe('Programma\'s waaraan deze organisatie deelneemt'),
  leadOrganisationId: z.uuid().optional(),
  ...pageQuery,
});

export const programmeSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  aim: z.string(),
  status: programmeStatus,
  startsOn: day,
  endsOn: day.nullable(),
  leadOrganisationId: z.uuid(),
  leadOrganisation: ref,
  areas: z.array(areaRef),
  projectCount: z.number().int(),
  organisationCount: z.number().int(),
});
export const programmePage = pagedSchema(programmeSummary);

const participantInput = z.strictObject({ organisationId: z.uuid(), role: participantRole });

export const newProgramme = z.strictObject({
  name: text(200),
  aim: text(4000),
  leadOrganisationId: z.uuid(),
  areaIds: z.array(z.uuid()).max(50).default([]),
  startsOn: day,
  endsOn: day.nullish(),
  status: programmeStatus.optional(),
  reportEveryMonths: reportEveryMonths.optional(),
  indicatorCodes: indicatorCodes.optional(),
  organisations: z.array(participantInput).max(200).optional().describe('Deelnemende organisaties met hun rol; de penvoerder doet altijd mee als lead'),
});

export const programmeChanges = z.strictObject({
  name: text(200).optional(),
  aim: text(4000).optional(),
  status: programmeStatus.optional(),
  startsOn: day.optional(),
  endsOn: day.nullish(),
  areaIds: z.array(z.uuid()).max(50).optional(),
  reportEveryMonths: reportEveryMonths.optional(),
  indicatorCodes: indicatorCodes.optional(),
});

export const participant = z.object({ organisationId: z.uuid(), role: participantRole });
export const participantChange = z.strictObject({ role: participantRole });

const projectSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  status: programmeStatus,
  organisation: organisationRef.nullable(),
  startsOn: day.nullable(),
  endsOn: day.nullable(),
  goalCount: z.number().int(),
});

export const programmeDetail = programmeSummary.extend({
  reportEveryMonths: z.number().int(),
  indicatorCodes: z.array(z.string()),
  organisations: z.array(organisationRef.extend({ role: participantRole, joinedOn: day })),
  projects: z.array(projectSummary),
  trainings: z.array(ref),
  groups: z.array(ref),
  canManage: z.boolean().describe('Mag de gebruiker dit programma beheren'),
  createdAt: moment,
  updatedAt: moment,
});

// ---- Projects and goals ----

const partnerInput = z.strictObject({ organisationId: z.uuid(), contribution: optionalText(500) });

export const newProject = z.strictObject({
  name: text(200),
  description: optionalText(4000),
  organisationId: z.uuid().nullish().describe('Waar het project loopt, bijvoorbeeld de school'),
  status: programmeStatus.optional(),
  startsOn: day.nullish(),
  endsOn: day.nullish(),
  indicatorCodes: indicatorCodes.optional(),
  partners: z.array(partnerInput).max(50).optional(),
});

export const projectChanges = z.strictObject({
  name: text(200).optional(),
  description: optionalText(4000),
  organisationId: z.uuid().nullish(),
  status: programmeStatus.optional(),
  startsOn: day.nullish(),
  endsOn: day.nullish(),
  indicatorCodes: indicatorCodes.optional(),
});

export const partnerChange = z.strictObject({ contribution: optionalText(500) });

export const projectGoal = z.object({
  id: z.uuid(),
  description: z.string(),
  target: z.string().nullable(),
  status: goalStatus,
  source: z
    .object({ answerId: z.uuid(), questionnaireId: z.uuid(), organisation: ref, question: z.string() })
    .nullable()
    .describe('Het antwoord van de school waaruit dit doel is gemaakt'),
  createdAt: moment,
  updatedAt: moment,
});

export const newGoal = z.strictObject({
  description: text(2000),
  target: optionalText(500),
  status: goalStatus.optional(),
  sourceAnswerId: z.uuid().nullish().describe('Een antwoord uit een vragenlijst van dit programma'),
});
export const goalChanges = z.strictObject({ description: text(2000).optional(), target: optionalText(500), status: goalStatus.optional() });

const reportView = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  project: ref.nullable(),
  periodStart: day,
  periodEnd: day,
  done: z.string(),
  learned: z.string(),
  nextSteps: z.string(),
  author: ref.nullable(),
  createdAt: moment,
  updatedAt: moment,
});
export const progressReport = reportView;

export const projectDetail = z.object({
  id: z.uuid(),
  programme: ref.extend({ leadOrganisationId: z.uuid() }),
  name: z.string(),
  description: z.string().nullable(),
  status: programmeStatus,
  organisation: organisationRef.nullable(),
  startsOn: day.nullable(),
  endsOn: day.nullable(),
  indicatorCodes: z.array(z.string()),
  partners: z.array(organisationRef.extend({ contribution: z.string().nullable() })),
  goals: z.array(projectGoal),
  reports: z.array(reportView).describe('Voortgangsrapportages, nieuwste eerst'),
  canManage: z.boolean(),
  canReport: z.boolean().describe('Mag de gebruiker over dit project rapporteren'),
});

// ---- Progress reports ----

export const reportsQuery = z.strictObject({
  projectId: z.uuid().optional(),
  level: z.enum(['programme', 'project', 'all']).default('all').describe('Alleen rapportages over het programma, alleen over projecten, of alles'),
  ...pageQuery,
});
export const reportPage = pagedSchema(reportView);

export const newReport = z.strictObject({
  projectId: z.uuid().nullish().describe('Leeg voor een rapportage over het hele programma'),
  periodStart: day,
  periodEnd: day,
  done: text(8000).describe('Wat is er gedaan'),
  learned: text(8000).describe('Wat is er geleerd'),
  nextSteps: text(8000).describe('Volgende stappen'),
});
export const reportChanges = z.strictObject({ done: text(8000).optional(), learned: text(8000).optional(), nextSteps: text(8000).optional() });

const reportDue = z.object({
  programme: ref,
  project: ref.nullable(),
  periodStart: day,
  periodEnd: day,
  dueOn: day,
  isOverdue: z.boolean(),
});

// ---- Overview (printable) ----

const indicatorHook = z
  .object({ code: z.string(), latest: z.null().describe('Nog leeg: de cijfers komen met de monitoring') })
  .describe('Gekoppelde indicator; de cijfers en resultaatafspraken volgen in een latere versie');

export const programmeOverview = z.object({
  generatedAt: moment,
  programme: programmeSummary.extend({ reportEveryMonths: z.number().int(), organisations: z.array(organisationRef.extend({ role: participantRole })) }),
  indicators: z.array(indicatorHook),
  resultAgreements: z.array(z.object({ id: z.uuid() })).describe('Resultaatafspraken: nog leeg, volgen in een latere versie'),
  figures: z.object({
    projects: z.object({ total: z.number().int(), byStatus: z.record(z.string(), z.number().int()) }),
    goals: z.object({ total: z.number().int(), byStatus: z.record(z.string(), z.number().int()) }),
    schools: z.number().int().describe('Deelnemende scholen'),
    questionnaires: z.object({ sent: z.number().int(), recipients: z.number().int(), submitted: z.number().int() }),
    trainings: z.array(z.object({ id: z.uuid(), name: z.string(), enrolled: z.number().int(), completed: z.number().int(), organisations: z.number().int() })),
    groups: z.array(z.object({ id: z.uuid(), name: z.string(), members: z.number().int(), posts: z.number().int() })),
  }),
  projects: z.array(
    projectSummary.extend({
      goals: z.object({ total: z.number().int(), achieved: z.number().int(), inProgress: z.number().int(), open: z.number().int() }),
      partners: z.array(ref),
      lastReport: z.object({ id: z.uuid(), periodStart: day, periodEnd: day, done: z.string(), nextSteps: z.string() }).nullable(),
      indicators: z.array(indicatorHook),
    }),
  ),
  latestProgrammeReport: reportView.nullable(),
  reportsDue: z.array(reportDue),
});

// ---- The programme lead's (and school's) home ----

export const myProgrammes = z.object({
  programmes: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      status: programmeStatus,
      startsOn: day,
      endsOn: day.nullable(),
      leadOrganisation: ref,
      myRole: z.enum(['lead', 'participant']).describe('lead: mijn organisatie is penvoerder en ik ben programmaleider'),
      projectCount: z.number().int(),
    }),
  ),
  openQuestionnaires: z
    .array(z.object({ id: z.uuid(), title: z.string(), programme: ref, sentAt: moment, closesOn: day.nullable(), recipients: z.number().int(), submitted: z.number().int() }))
    .describe('Verstuurde vragenlijsten van mijn programma\'s die nog openstaan'),
  questionnairesToAnswer: z
    .array(z.object({ id: z.uuid(), title: z.string(), programme: ref, closesOn: day.nullable(), organisation: ref, responseStatus: z.enum(['none', 'draft', 'submitted']) }))
    .describe('Vragenlijsten die mijn organisatie (nog) kan invullen'),
  reportsDue: z.array(reportDue).describe('Voortgangsrapportages over de laatst afgesloten periode die nog ontbreken'),
});

// ---- Questionnaires ----

const questionInput = z.strictObject({ text: text(1000), hint: optionalText(1000) });

export const newQuestionnaire = z.strictObject({
  title: text(200),
  introduction: optionalText(4000),
  closesOn: day.nullish().describe('Uiterste datum om te antwoorden'),
  questions: z.array(questionInput).min(1).max(50),
});
export const questionnaireChanges = z.strictObject({
  title: text(200).optional(),
  introduction: optionalText(4000),
  closesOn: day.nullish(),
  questions: z.array(questionInput).min(1).max(50).optional().describe('Vervangt alle vragen (alleen in een concept)'),
});
export const dispatch = z.strictObject({
  organisationIds: z.array(z.uuid()).min(1).max(500).optional().describe('Standaard: alle deelnemende scholen'),
  closesOn: day.nullish(),
});

const questionnaireStatus = z.enum(['draft', 'sent', 'closed']);
const question = z.object({ id: z.uuid(), position: z.number().int(), text: z.string(), hint: z.string().nullable() });
const responseStatus = z.enum(['none', 'draft', 'submitted']);

export const questionnaireSummary = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  title: z.string(),
  status: questionnaireStatus,
  sentAt: moment.nullable(),
  closesOn: day.nullable(),
  questionCount: z.number().int(),
  recipients: z.number().int(),
  submitted: z.number().int(),
});
export const questionnaireList = z.object({ items: z.array(questionnaireSummary) });

export const responseView = z.object({
  id: z.uuid().nullable(),
  questionnaireId: z.uuid(),
  organisation: ref,
  status: responseStatus,
  submittedAt: moment.nullable(),
  submittedBy: ref.nullable(),
  updatedAt: moment.nullable(),
  answers: z.array(z.object({ id: z.uuid(), questionId: z.uuid(), text: z.string() })),
});

export const questionnaireDetail = z.object({
  id: z.uuid(),
  programme: ref,
  title: z.string(),
  introduction: z.string().nullable(),
  status: questionnaireStatus,
  sentAt: moment.nullable(),
  closesOn: day.nullable(),
  questions: z.array(question),
  recipients: z
    .array(z.object({ organisation: organisationRef, responseStatus, submittedAt: moment.nullable() }))
    .describe('Voor de programmaleider: alle ontvangers; voor een school: alleen de eigen organisatie'),
  myResponses: z.array(responseView).describe('Antwoorden van mijn eigen organisatie(s) die deze vragenlijst kregen'),
  canManage: z.boolean(),
});

export const responseParams = z.strictObject({ id: z.uuid(), organisationId: z.uuid() });
export const responseInput = z.strictObject({
  answers: z.array(z.strictObject({ questionId: z.uuid(), text: z.string().trim().max(8000) })).max(50),
  submit: z.boolean().default(false).describe('true: het antwoord insturen (kan tot de sluiting nog worden bijgewerkt)'),
});

export const comparison = z.object({
  questionnaire: z.object({ id: z.uuid(), title: z.string(), status: questionnaireStatus, programme: ref }),
  recipients: z.array(z.object({ organisation: organisationRef, responseStatus, submittedAt: moment.nullable(), projectId: z.uuid().nullable() })),
  questions: z.array(
    question.extend({
      answers: z.array(z.object({ answerId: z.uuid(), organisation: ref, text: z.string() })).describe('Alleen ingestuurde antwoorden, per school'),
    }),
  ),
});
