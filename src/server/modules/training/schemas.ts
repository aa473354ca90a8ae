import { z } from 'zod';
import { SESSION_MODES } from '../../db/schema.js';
import { pageQuery, pagedSchema } from '../../platform/paging.js';

const day = z.iso.date();
const moment = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);
const ref = z.object({ id: z.uuid(), name: z.string() });
const organisationRef = z.object({ id: z.uuid(), name: z.string(), kind: z.string() });

export const idParams = z.strictObject({ id: z.uuid() });
export const enrolmentParams = z.strictObject({ id: z.uuid(), userId: z.uuid() });
export const created = z.object({ id: z.uuid() });
export const recorded = z.object({ recorded: z.number().int() });

export const trainingsQuery = z.strictObject({
  query: z.string().trim().min(1).max(200).optional().describe('Zoek op naam'),
  programmeId: z.uuid().optional(),
  mine: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('true: alleen scholing waarvoor ik ben ingeschreven'),
  ...pageQuery,
});

export const trainingSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  provider: z.string().nullable().describe('Wie de scholing geeft, bijvoorbeeld een hogeschool'),
  programme: ref.nullable(),
  organiserOrganisation: ref,
  isEnrolmentOpen: z.boolean(),
  moduleCount: z.number().int(),
  enrolmentCount: z.number().int(),
  nextSessionAt: moment.nullable(),
  isEnrolled: z.boolean(),
});
export const trainingPage = pagedSchema(trainingSummary);

const sessionMode = z.enum(SESSION_MODES).describe('online of op locatie');

export const trainingDetail = trainingSummary.extend({
  modules: z.array(
    z.object({
      id: z.uuid(),
      position: z.number().int(),
      title: z.string(),
      description: z.string().nullable(),
      sessions: z.array(
        z.object({
          id: z.uuid(),
          startsAt: moment,
          endsAt: moment,
          mode: sessionMode,
          location: z.string().nullable(),
          onlineUrl: z.string().nullable(),
          myAttendance: z.boolean().nullable().describe('Of ik aanwezig was (leeg: niet geregistreerd)'),
        }),
      ),
      myCompletedOn: day.nullable(),
    }),
  ),
  myEnrolment: z.object({ id: z.uuid(), organisationId: z.uuid().nullable(), enrolledAt: moment }).nullable(),
  canManage: z.boolean(),
});

const moduleInput = z.strictObject({ title: text(200), description: z.string().trim().max(4000).nullish() });

export const newTraining = z.strictObject({
  name: text(200),
  description: text(4000),
  provider: z.string().trim().min(1).max(200).nullish(),
  programmeId: z.uuid().nullish(),
  organiserOrganisationId: z.uuid().nullish().describe('Standaard: de penvoerder van het programma'),
  isEnrolmentOpen: z.boolean().optional(),
  modules: z.array(moduleInput).max(50).optional(),
});
export const trainingChanges = z.strictObject({
  name: text(200).optional(),
  description: text(4000).optional(),
  provider: z.string().trim().min(1).max(200).nullish(),
  isEnrolmentOpen: z.boolean().optional(),
});
export const newModule = moduleInput;

export const newSession = z.strictObject({
  startsAt: moment,
  endsAt: moment,
  mode: sessionMode,
  location: z.string().trim().min(1).max(300).nullish().describe('Verplicht op locatie'),
  onlineUrl: z.url().max(500).nullish(),
});

export const enrolmentInput = z
  .strictObject({ organisationId: z.uuid().nullish().describe('Voor welke van mijn organisaties ik deelneem; standaard de eerste') })
  .nullish()
  .describe('Mag leeg blijven');
export const enrolment = z.object({ id: z.uuid(), trainingId: z.uuid(), userId: z.uuid(), organisationId: z.uuid().nullable(), enrolledAt: moment });

export const enrolmentPage = pagedSchema(
  z.object({
    id: z.uuid(),
    professional: z.object({ id: z.uuid(), name: z.string(), jobFunction: z.string().nullable() }),
    organisation: organisationRef.nullable(),
    enrolledAt: moment,
    completedModules: z.array(z.object({ moduleId: z.uuid(), completedOn: day })),
    attendedSessionIds: z.array(z.uuid()),
    hasCompleted: z.boolean().describe('Alle modules afgerond'),
  }),
);

export const attendanceInput = z.strictObject({
  attendees: z.array(z.strictObject({ userId: z.uuid(), attended: z.boolean() })).min(1).max(1000),
});
export const completionsInput = z.strictObject({
  userIds: z.array(z.uuid()).min(1).max(1000),
  completedOn: day.nullish().describe('Standaard vandaag'),
});

export const completionQuery = z.strictObject({
  trainingId: z.uuid().optional(),
  programmeId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
});

const moduleCounts = z.array(z.object({ moduleId: z.uuid(), completed: z.number().int() }));
export const completionOverview = z.object({
  trainings: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      programme: ref.nullable(),
      modules: z.array(z.object({ id: z.uuid(), position: z.number().int(), title: z.string() })),
      totals: z.object({ enrolled: z.number().int(), completedAll: z.number().int(), organisations: z.number().int(), modules: moduleCounts }),
      organisations: z.array(
        z.object({
          organisation: organisationRef.nullable().describe('De organisatie waarvoor is ingeschreven; leeg: zonder organisatie'),
          enrolled: z.number().int(),
          completedAll: z.number().int().describe('Alle modules afgerond'),
          modules: moduleCounts,
        }),
      ),
    }),
  ),
});
