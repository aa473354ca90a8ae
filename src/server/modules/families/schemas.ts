import { z } from 'zod';
import { pageQuery, pagedSchema } from '../../platform/paging.js';
import { planView } from '../plans/schemas.js';

const name = z.string().trim().min(1).max(100);
const day = z.iso.date();
export const idParams = z.strictObject({ id: z.uuid() });
export const created = z.object({ id: z.uuid() });

export const newChild = z.strictObject({
  bsn: z.string().trim().regex(/^\d{9}$/).nullish().describe('Burgerservicenummer (9 cijfers, elfproef); leeg voor een ongeboren kind'),
  givenName: name,
  familyName: name,
  birthDate: day.nullish(),
  expectedBirthDate: day.nullish().describe('Voor een ongeboren kind (eerste 2000 dagen)'),
  municipalityCode: z.string().trim().regex(/^(GM)?\d{4}$/i).describe('CBS-gemeentecode, bijvoorbeeld GM0118'),
  neighbourhoodCode: z.string().trim().max(20).nullish(),
  schoolId: z.uuid().nullish(),
});

const place = z.object({ code: z.string(), name: z.string() });
export const child = z.object({
  id: z.uuid(),
  familyId: z.uuid().nullable(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: day.nullable(),
  expectedBirthDate: day.nullable(),
  bsnMasked: z.string().nullable().describe('Gemaskeerd; het volledige BSN via /children/{id}/bsn (wordt gelogd)'),
  municipality: place,
  neighbourhood: place.nullable(),
  school: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});

export const childrenQuery = z.strictObject({
  bsn: z.string().trim().regex(/^\d{9}$/).optional(),
  query: z.string().trim().min(1).max(100).optional().describe('Zoek op naam'),
  ...pageQuery,
});
export const childPage = pagedSchema(child);
export const bsn = z.object({ bsn: z.string().nullable() });

export const newFamily = z.strictObject({
  name: z.string().trim().min(1).max(200).nullish(),
  childIds: z.array(z.uuid()).min(1).max(20),
  guardians: z
    .array(
      z.strictObject({
        givenName: name,
        familyName: name,
        hasParentalAuthority: z.boolean(),
        relation: z.enum(['parent', 'guardian', 'foster-parent', 'other']).optional(),
        phone: z.string().trim().max(40).nullish(),
        email: z.string().trim().max(254).pipe(z.email()).nullish(),
      }),
    )
    .max(10),
});

export const consent = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  givenBy: z.array(z.string()),
  organisationIds: z.array(z.uuid()),
  purpose: z.string(),
  validFrom: day,
  validUntil: day.nullable(),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
  withdrawalReason: z.string().nullable(),
  isValid: z.boolean(),
});

export const family = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  children: z.array(child),
  hiddenChildren: z.number().int().describe('Kinderen in dit gezin waarbij u niet betrokken bent'),
  guardians: z.array(
    z.object({
      id: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      relation: z.string(),
      hasParentalAuthority: z.boolean(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  consents: z.array(consent),
  plan: planView.nullable(),
});

export const timelineEvent = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  kind: z.string(),
  childId: z.uuid().nullable(),
  planId: z.uuid().nullable(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export const timelineList = z.object({ items: z.array(timelineEvent) });

export const exportQuery = z.strictObject({ format: z.enum(['json', 'html']).default('json') });
