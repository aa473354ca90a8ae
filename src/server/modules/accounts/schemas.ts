import { z } from 'zod';
import { ROLES } from '../../db/schema.js';
import { pageQuery, pagedSchema } from '../../platform/paging.js';

export const role = z.enum(ROLES);
const email = z.string().trim().max(254).pipe(z.email());
const name = z.string().trim().min(1).max(200);
// Long passphrases welcome; 12 characters is the floor (NCSC, NIST SP 800-63B).
const newPassword = z.string().min(12).max(256);

export const signInBody = z.strictObject({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(256) });

export const me = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(role),
  organisationIds: z.array(z.uuid()),
  jobFunction: z.string().nullable(),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.string() })),
  permissions: z.array(z.string()),
});

export const session = z.object({
  csrfToken: z.string().describe('Meesturen als X-CSRF-Token bij schrijvende verzoeken met de sessiecookie'),
  expiresAt: z.iso.datetime({ offset: true }).describe('Uiterlijk einde van de sessie'),
  user: me,
});

export const signedIn = session;

export const apiTokenBody = z.strictObject({ name: z.string().trim().min(1).max(100) });
export const apiTokenCreated = z.object({ id: z.uuid(), name: z.string(), token: z.string().describe('Eenmalig getoond; bewaar het veilig') });
export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});
export const apiTokenList = z.object({ items: z.array(apiToken) });

export const idParams = z.strictObject({ id: z.uuid() });

const roleGrant = z.strictObject({ role, organisationId: z.uuid().nullish(), areaId: z.uuid().nullish() });

export const userView = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  jobFunction: z.string().nullable(),
  isActive: z.boolean(),
  roles: z.array(z.object({ role, organisationId: z.uuid().nullable(), areaId: z.uuid().nullable() })),
  organisationIds: z.array(z.uuid()),
});
export const userPage = pagedSchema(userView);

export const usersQuery = z.strictObject({ query: z.string().trim().min(1).max(200).optional(), ...pageQuery });

export const newUserBody = z.strictObject({
  email,
  name,
  jobFunction: z.string().trim().min(1).max(100).nullish(),
  phone: z.string().trim().max(40).nullish(),
  organisationId: z.uuid(),
  roles: z.array(roleGrant).min(1).max(10),
  password: newPassword,
});

export const userChangesBody = z.strictObject({
  name: name.optional(),
  jobFunction: z.string().trim().min(1).max(100).nullish(),
  phone: z.string().trim().max(40).nullish(),
  isActive: z.boolean().optional(),
  roles: z.array(roleGrant).min(1).max(10).optional(),
  password: newPassword.optional(),
});
