import { expect } from 'vitest';
import type { Role } from '../../src/server/db/schema.js';
import { type Permission, isAllowed } from '../../src/server/platform/policy.js';
import type { TestApp } from './app.js';

const NIL = '00000000-0000-4000-8000-000000000000';
const ACCOUNTS: [Role, string][] = [
  ['platform-admin', 'beheerder@dichtbij.example'],
  ['professional', 'poh.gieten@dichtbij.example'],
  ['policy-officer', 'beleid.hoogeveen@dichtbij.example'],
  ['programme-lead', 'penvoerder.drenthe@dichtbij.example'],
];

/**
 * Role x endpoint: anonymous callers get 401; a role without the route's permission (per the policy table)
 * gets 403 before anything else; a role with it gets past the access check. `:id` in paths becomes a nil id.
 */
export async function checkPermissionMatrix(t: TestApp, routes: [string, string, Permission][]) {
  const clients = await Promise.all(ACCOUNTS.map(async ([role, email]) => ({ role, client: await t.signIn(email) })));
  for (const [method, path, permission] of routes) {
    const url = path.replaceAll(':id', NIL);
    const payload = method === 'GET' || method === 'DELETE' ? undefined : {};
    const anonymous = await t.request({ method: method as 'GET', url, payload });
    expect(anonymous.statusCode, `anonymous ${method} ${url}`).toBe(401);
    for (const { role, client } of clients) {
      const r = await client.request({ method: method as 'GET', url, payload });
      const refused = r.statusCode === 403 && r.json().code === 'forbidden';
      expect(refused, `${role} ${method} ${url}: ${r.statusCode}`).toBe(!isAllowed([role], permission));
      expect(r.statusCode, `${role} ${method} ${url}`).not.toBe(401);
    }
  }
}
