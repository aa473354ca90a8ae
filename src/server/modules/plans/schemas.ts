import { z } from 'zod';
import { LEGAL_GROUNDS, LIFE_DOMAINS, GOAL_STATUSES } from '../../db/schema.js';

const day = z.iso.date();
const moment = z.iso.datetime({ offset: true });
export const idParams = z.strictObject({ id: z.uuid() });
export const teamMemberParams = z.strictObject({ id: z.uuid(), professionalId: z.uuid() });
export const created = z.object({ id: z.uuid() });
const level = z.number().int().min(0).max(3).describe('0 basis, 1 lichte ondersteuning dichtbij, 2 ambulante jeugdhulp, 3 specialistische jeugdhulp');
const text = (max: number) => z.string().trim().min(1).max(max);

export const newPlan = z.strictObject({ familyId: z.uuid(), coordinatorId: z.uuid() });
export const closePlan = z.strictObject({ reason: text(1000) });
export const newTeamMember = z.strictObject({
  professionalId: z.uuid(),
  consentId: z.uuid().nullish(),
  legalGround: z.enum(LEGAL_GROUNDS).nullish().describe('Delen zonder toestemming alleen op wettelijke grond: veiligheid of Meldcode'),
});
export const teamMemberAdded = z.object({ id: z.uuid(), childIds: z.array(z.uuid()) });
export const newHandover = z.strictObject({ toProfessionalId: z.uuid(), note: z.string().trim().max(1000).nullish() });
export const handoverResolved = z.object({ id: z.uuid(), status: z.enum(['accepted', 'declined']) });
export const newGoal = z.strictObject({ domain: z.enum(LIFE_DOMAINS), description: text(2000).describe('In de woorden van het gezin'), childId: z.uuid().nullish() });
export const goalChanges = z.strictObject({ status: z.enum(GOAL_STATUSES).optional(), description: text(2000).optional() });
export const newEvaluation = z.strictObject({ score: z.number().int().min(1).max(10), note: z.string().trim().max(2000).nullish(), evaluatedOn: day });

const referrer = z.enum(['01', '02', '03', '04', '05', '06', '08']).describe('Verwijzer (CBS/iJw COD327): 01 gemeente, 02 huisarts, 03 jeugdarts, 04 GI, 05 medisch specialist, 06 geen, 08 rechter/OM');
const formOfHelp = z.enum(['01', '02', '03', '04', '11', '12', '13', '14']).describe('Hulpvorm (CBS)');
const endReason = z.enum(['01', '02', '03', '04', '05']).describe('Reden beëindiging (CBS)');

export const newEpisode = z.strictObject({
  childId: z.uuid(),
  level,
  providerOrganisationId: z.uuid(),
  kind: z.string().trim().max(200).nullish(),
  intensity: z.string().trim().max(200).nullish(),
  requestedOn: day.nullish(),
  decidedOn: day.nullish(),
  startedOn: day.nullish(),
  referrer: referrer.nullish(),
  formOfHelp: formOfHelp.nullish(),
  startedInCrisis: z.boolean().optional(),
  productCategory: z.string().trim().regex(/^\d{2}$/).nullish().describe('iJw productcategorie (JZ020), bijvoorbeeld 45'),
});
export const episodeCreated = z.object({ id: z.uuid(), status: z.string() });
export const episodeChanges = z.strictObject({
  startedOn: day.optional(),
  endedOn: day.optional(),
  endReason: endReason.optional(),
  satisfaction: z.number().int().min(1).max(10).optional(),
  continuation: z.enum(['01', '02', '03', '04']).optional(),
  intensity: z.string().trim().max(200).nullish(),
  kind: z.string().trim().max(200).nullish(),
  formOfHelp: formOfHelp.nullish(),
  referrer: referrer.nullish(),
});
export const newLevelChange = z.strictObject({ toLevel: level, on: day.nullish(), reason: z.string().trim().max(1000).nullish() });
export const levelChangeCreated = z.object({ id: z.uuid(), decision: z.string() });
export const decision = z.strictObject({ approved: z.boolean(), reason: text(1000), decidedOn: day.nullish() });
export const decisionMade = z.object({ id: z.uuid(), decision: z.enum(['approved', 'rejected']) });

const person = { id: z.uuid(), name: z.string(), email: z.string(), phone: z.string().nullable(), jobFunction: z.string().nullable() };

export const planView = z.object({
  id: z.uuid(),
  status: z.enum(['open', 'closed']),
  openedAt: moment,
  closedAt: moment.nullable(),
  closeReason: z.string().nullable(),
  coordinator: z.object({ ...person, since: moment }).nullable().describe('Eén aanspreekpunt voor het gezin'),
  coordinatorHistory: z.array(z.object({ id: z.uuid(), name: z.string(), from: moment, until: moment.nullable() })),
  pendingHandover: z.object({ id: z.uuid(), fromId: z.uuid(), toId: z.uuid(), note: z.string().nullable(), requestedAt: moment }).nullable(),
  team: z.array(
    z.object({
      ...person,
      organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      isCoordinator: z.boolean(),
      reasons: z.array(z.string()),
      legalGround: z.string().nullable(),
      since: moment,
    }),
  ),
  goals: z.array(
    z.object({
      id: z.uuid(),
      childId: z.uuid().nullable(),
      domain: z.string(),
      description: z.string(),
      status: z.string(),
      evaluations: z.array(z.object({ id: z.uuid(), score: z.number().int(), note: z.string().nullable(), evaluatedOn: day, evaluatedBy: z.string() })),
    }),
  ),
  episodes: z.array(
    z.object({
      id: z.uuid(),
      childId: z.uuid(),
      level: z.number().int(),
      status: z.string(),
      provider: z.object({ id: z.uuid(), name: z.string() }),
      kind: z.string().nullable(),
      intensity: z.string().nullable(),
      requestedOn: day,
      decidedOn: day.nullable(),
      startedOn: day.nullable(),
      endedOn: day.nullable(),
      endReason: z.string().nullable(),
      referrer: z.string().nullable(),
      formOfHelp: z.string().nullable(),
      startedInCrisis: z.boolean(),
      productCategory: z.string().nullable(),
      satisfaction: z.number().int().nullable(),
      continuation: z.string().nullable(),
      levelChanges: z.array(
        z.object({
          id: z.uuid(),
          fromLevel: z.number().int().nullable(),
          toLevel: z.number().int(),
          direction: z.enum(['start', 'up', 'down']),
          requestedOn: day,
          effectiveOn: day.nullable(),
          decision: z.string(),
          decidedOn: day.nullable(),
          decisionReason: z.string().nullable(),
          reason: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const planWithFamily = planView.extend({ familyId: z.uuid() });

export const caseload = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      childNames: z.array(z.string()),
      planId: z.uuid().nullable(),
      coordinator: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      isCoordinator: z.boolean(),
      highestLevel: z.number().int().nullable(),
      attention: z.object({ handoversToMe: z.number().int(), decisionsPending: z.number().int(), episodesNotStarted: z.number().int(), goalsUnevaluated: z.number().int() }),
    }),
  ),
});

export const accessRequests = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      childId: z.uuid(),
      childName: z.string(),
      familyId: z.uuid().nullable(),
      planId: z.uuid(),
      episodeId: z.uuid(),
      fromLevel: z.number().int().nullable(),
      toLevel: z.number().int(),
      requestedOn: day,
      reason: z.string().nullable(),
      providerName: z.string(),
      requestedByName: z.string(),
    }),
  ),
});
