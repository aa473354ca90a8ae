import { z } from 'zod';
import { ORGANISATION_KINDS } from '../../db/schema.js';
import { pageQuery, pagedSchema } from '../../platform/paging.js';

const text = z.string().trim().min(1).max(200);

export const idParams = z.strictObject({ id: z.uuid() });

export const areaKind = z.enum(['country', 'province', 'region', 'municipality', 'neighbourhood']);
export const organisationKind = z.enum(ORGANISATION_KINDS);

export const areasQuery = z.strictObject({
  kind: areaKind.optional(),
  parentId: z.uuid().optional(),
  query: text.optional().describe('Zoek op naam of code'),
  ...pageQuery,
});

export const area = z.object({ id: z.uuid(), kind: areaKind, code: z.string(), name: z.string(), parentId: z.uuid().nullable() });

const place = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const organisationsQuery = z.strictObject({
  query: text.optional().describe('Zoek op naam'),
  kind: organisationKind.optional(),
  municipalityId: z.uuid().optional(),
  areaId: z.uuid().optional(),
  ...pageQuery,
});

export const organisationSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: organisationKind,
  city: z.string().nullable(),
  municipality: place.nullable(),
  neighbourhood: place.nullable(),
});

export const organisation = organisationSummary.extend({
  agbCode: z.string().nullable(),
  brin: z.string().nullable(),
  kvkNumber: z.string().nullable(),
  streetAddress: z.string().nullable(),
  postcode: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  professionals: z.array(z.object({ id: z.uuid(), name: z.string(), jobFunction: z.string().nullable() })),
});

export const professionalsQuery = z.strictObject({
  query: text.optional().describe('Zoek op naam'),
  organisationId: z.uuid().optional(),
  organisationKind: organisationKind.optional(),
  municipalityId: z.uuid().optional(),
  theme: z.string().trim().min(1).max(100).optional(),
  ...pageQuery,
});

export const professionalSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  jobFunction: z.string().nullable(),
  themes: z.array(z.string()),
  email: z.string(),
  phone: z.string().nullable(),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string(), kind: organisationKind })),
});

export const professional = professionalSummary.extend({ bio: z.string().nullable() });

export const areaPage = pagedSchema(area);
export const organisationPage = pagedSchema(organisationSummary);
export const professionalPage = pagedSchema(professionalSummary);
export const themeList = z.object({ items: z.array(z.object({ key: z.string() })) });
