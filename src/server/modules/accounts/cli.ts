import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { ROLES } from '../../db/schema.js';
import { appendAuditEvents } from '../../platform/audit.js';
import { hashPassword } from './passwords.js';
import * as repo from './repo.js';

const CliUser = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: 'ongeldig e-mailadres' })),
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().min(1),
  role: z.array(z.enum(ROLES, { error: `rol moet een van ${ROLES.join(', ')} zijn` })).min(1),
  area: z.string().trim().optional(),
  jobFunction: z.string().trim().max(100).optional(),
  password: z.string().min(12, { error: 'het wachtwoord moet minimaal 12 tekens hebben' }).max(256),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `dichtbij user create`: how an installation gets its first administrator. Audited as a system action. */
export async function createUserFromCli(db: Db, input: Record<string, unknown>) {
  const parsed = CliUser.safeParse(input);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'invoer'}: ${i.message}`).join('; '));
  const u = parsed.data;
  const organisation = await db
    .selectFrom('organisations')
    .select('id')
    .where((eb) => (UUID.test(u.organisation) ? eb('id', '=', u.organisation) : eb('name', '=', u.organisation)))
    .executeTakeFirst();
  if (!organisation) throw new Error(`organisatie '${u.organisation}' bestaat niet`);
  let areaId: string | null = null;
  if (u.area) {
    const area = await db.selectFrom('areas').select('id').where((eb) => (UUID.test(u.area!) ? eb('id', '=', u.area!) : eb('code', '=', u.area!))).executeTakeFirst();
    if (!area) throw new Error(`gebied '${u.area}' bestaat niet`);
    areaId = area.id;
  }
  if (u.role.includes('policy-officer') && !areaId) throw new Error('de rol policy-officer heeft een gebied nodig (--area)');
  if (await repo.findUserByEmail(db, u.email)) throw new Error(`er bestaat al een gebruiker met e-mailadres ${u.email}`);
  const passwordHash = await hashPassword(u.password);
  return db.transaction().execute(async (tx) => {
    const created = await repo.insertUser(tx, { email: u.email, name: u.name, jobFunction: u.jobFunction ?? null, passwordHash, phone: null });
    await repo.addMembership(tx, created.id, organisation.id);
    await repo.replaceGrants(
      tx,
      created.id,
      u.role.map((role) => ({
        role,
        organisationId: role === 'organisation-admin' || role === 'programme-lead' ? organisation.id : null,
        areaId: role === 'policy-officer' ? areaId : null,
      })),
    );
    await appendAuditEvents(tx, new Date(), null, [{
      subjectId: created.id,
      resource: 'user',
      resourceId: created.id,
      action: 'create',
      outcome: 'allowed',
      context: { via: 'cli', roles: u.role },
    }]);
    return { id: created.id, email: u.email };
  });
}
