import { z } from 'zod';
import { ENTRY_POINTS, OUTCOMES, ORGANISATION_KINDS } from '../../db/schema.js';

const day = z.iso.date();
const moment = z.iso.datetime({ offset: true });
export const idParams = z.strictObject({ id: z.uuid() });
export const meetingItemParams = z.strictObject({ id: z.uuid(), requestId: z.uuid() });
export const created = z.object({ id: z.uuid() });
const outcome = z.enum(OUTCOMES).describe('advice: advies/genormaliseerd; light-support: niveau 1; ambulatory: niveau 2; specialist: niveau 3 (besluit toegang); special-education: speciaal onderwijs');

const step = z.object({
  position: z.number().int(),
  name: z.string(),
  responsibleFunction: z.string().nullable(),
  responsibleOrganisationKind: z.string().nullable(),
  deadlineWorkingDays: z.number().int(),
});
export const pathway = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  area: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  entryPoints: z.array(z.string()),
  outcomes: z.array(z.string()),
  isActive: z.boolean(),
  steps: z.array(step),
});
export const pathwayList = z.object({ items: z.array(pathway) });
export const pathwaysQuery = z.strictObject({ areaId: z.uuid().optional() });

export const pathwayInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullish(),
  areaId: z.uuid().nullish(),
  entryPoints: z.array(z.enum(ENTRY_POINTS)).min(1),
  outcomes: z.array(outcome).min(1).describe('Minstens één uitkomst'),
  isActive: z.boolean().optional(),
  steps: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(200),
        responsibleFunction: z.string().trim().min(1).max(100).nullish(),
        responsibleOrganisationKind: z.enum(ORGANISATION_KINDS).nullish(),
        deadlineWorkingDays: z.number().int().min(0).max(250),
      }),
    )
    .min(1)
    .max(20),
});

export const newRequest = z.strictObject({
  childId: z.uuid().nullish(),
  bsn: z.string().trim().regex(/^\d{9}$/).nullish(),
  pathwayId: z.uuid(),
  entryPoint: z.enum(ENTRY_POINTS),
  note: z.string().trim().max(2000).nullish(),
  teamId: z.uuid().nullish().describe('Het ondersteuningsteam van de school, als de vraag daar binnenkomt'),
});
export const requestCreated = z.object({ id: z.uuid(), stepDueOn: day });
export const requestsQuery = z.strictObject({ status: z.enum(['open', 'closed']).optional(), teamId: z.uuid().optional() });

const requestView = z.object({
  id: z.uuid(),
  pathway: z.object({ id: z.uuid(), name: z.string() }),
  childId: z.uuid().nullable(),
  childName: z.string().nullable().describe('Alleen als u bij het kind betrokken bent'),
  entryPoint: z.string(),
  note: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  step: z.object({ position: z.number().int(), name: z.string(), dueOn: day.nullable() }),
  isOverdue: z.boolean(),
  assignedProfessionalId: z.uuid().nullable(),
  createdBy: z.uuid(),
  receivedAt: moment,
  firstContactAt: moment.nullable(),
  decidedAt: moment.nullable(),
  supportStartedOn: day.nullable(),
  outcome: z.string().nullable(),
  episodeId: z.uuid().nullable(),
  teamId: z.uuid().nullable(),
});
export const requestList = z.object({ items: z.array(requestView) });
export const requestDetail = requestView.extend({
  history: z.array(z.object({ position: z.number().int(), startedAt: moment, dueOn: day.nullable(), completedAt: moment.nullable(), note: z.string().nullable() })),
});
export const noteBody = z.strictObject({ note: z.string().trim().max(2000).nullish() });
export const contactRecorded = z.object({ id: z.uuid(), involved: z.boolean() });
export const outcomeBody = z.strictObject({
  outcome,
  providerOrganisationId: z.uuid().nullish().describe('Aanbieder van de hulp; voor niveau 1 standaard uw eigen organisatie'),
  startedOn: day.nullish(),
  note: z.string().trim().max(2000).nullish(),
});
export const outcomeRecorded = z.object({ id: z.uuid(), outcome: z.string(), episodeId: z.uuid().nullable() });

const count = z.object({ value: z.number().int().nullable(), suppressed: z.boolean() });
export const flowQuery = z.strictObject({ from: day, to: day });
export const flow = z.object({
  pathway: z.object({ id: z.uuid(), name: z.string() }),
  from: day,
  to: day,
  disclosureControlled: z.boolean().describe('Afgerond op vijftallen, 0 tot 7 geheim (regel van het CBS)'),
  received: count,
  open: z.array(z.object({ position: z.number().int(), name: z.string(), count })),
  outcomes: z.array(z.object({ outcome: z.string(), count })),
});

export const teamList = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), school: z.object({ id: z.uuid(), name: z.string() }), myRole: z.string() })) });
export const board = z.object({
  id: z.uuid(),
  name: z.string(),
  school: z.object({ id: z.uuid(), name: z.string() }),
  members: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string(), phone: z.string().nullable(), role: z.string() })),
  queue: z.array(requestView),
  meetings: z.array(z.object({
    id: z.uuid(),
    scheduledOn: day,
    attendeeIds: z.array(z.uuid()),
    notes: z.string().nullable(),
    items: z.array(z.object({ requestId: z.uuid(), outcome: z.string().nullable(), followUpOn: day.nullable() })),
  })),
});
export const newMeeting = z.strictObject({
  scheduledOn: day,
  attendeeIds: z.array(z.uuid()).max(30),
  requestIds: z.array(z.uuid()).max(50),
  notes: z.string().trim().max(4000).nullish(),
});
export const meetingItemBody = z.strictObject({ outcome: z.string().trim().min(1).max(2000), followUpOn: day.nullish() });

export const waitingQuery = z.strictObject({ providerOrganisationId: z.uuid() });
export const waitingList = z.object({
  items: z.array(z.object({
    episodeId: z.uuid(),
    childName: z.string().nullable(),
    level: z.number().int(),
    status: z.string(),
    kind: z.string().nullable(),
    requestedOn: day,
    decidedOn: day.nullable(),
    daysWaiting: z.number().int(),
    coordinator: z.object({ id: z.uuid(), name: z.string(), email: z.string(), phone: z.string().nullable() }).nullable(),
  })),
});
