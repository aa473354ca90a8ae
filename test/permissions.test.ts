import { afterAll, beforeAll, describe, it } from 'vitest';
import { type TestApp, createTestApp } from './helpers/app.js';
import { checkPermissionMatrix } from './helpers/permissions.js';

/** Role x endpoint for the foundation, case, signal and pathway routes (the other modules test their own). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('role x endpoint permission matrix', () => {
  it('foundation: directory, users, audit, tokens', async () => {
    await checkPermissionMatrix(t, [
      ['GET', '/api/v1/areas', 'directory:read'], ['GET', '/api/v1/organisations', 'directory:read'],
      ['GET', '/api/v1/professionals', 'directory:read'], ['GET', '/api/v1/themes', 'directory:read'],
      ['GET', '/api/v1/users', 'users:manage'], ['POST', '/api/v1/users', 'users:manage'], ['PATCH', '/api/v1/users/:id', 'users:manage'],
      ['GET', '/api/v1/audit-events', 'audit:read'],
      ['GET', '/api/v1/api-tokens', 'api-tokens:manage'], ['POST', '/api/v1/api-tokens', 'api-tokens:manage'],
    ]);
  });

  it('children, families, consent and plans: professionals only', async () => {
    await checkPermissionMatrix(t, [
      ['POST', '/api/v1/children', 'cases:write'], ['GET', '/api/v1/children', 'cases:read'], ['GET', '/api/v1/children/:id', 'cases:read'],
      ['GET', '/api/v1/children/:id/bsn', 'cases:read'], ['GET', '/api/v1/children/:id/timeline', 'cases:read'],
      ['POST', '/api/v1/families', 'cases:write'], ['GET', '/api/v1/families/:id', 'cases:read'], ['GET', '/api/v1/families/:id/export', 'cases:read'],
      ['POST', '/api/v1/consents', 'cases:write'], ['POST', '/api/v1/consents/:id/withdrawal', 'cases:write'],
      ['GET', '/api/v1/my-families', 'cases:read'], ['POST', '/api/v1/plans', 'cases:write'], ['GET', '/api/v1/plans/:id', 'cases:read'],
      ['POST', '/api/v1/plans/:id/team-members', 'cases:write'], ['POST', '/api/v1/plans/:id/handovers', 'cases:write'],
      ['POST', '/api/v1/handovers/:id/acceptance', 'cases:write'], ['POST', '/api/v1/plans/:id/goals', 'cases:write'],
      ['PATCH', '/api/v1/goals/:id', 'cases:write'], ['POST', '/api/v1/goals/:id/evaluations', 'cases:write'],
      ['POST', '/api/v1/plans/:id/episodes', 'cases:write'], ['PATCH', '/api/v1/episodes/:id', 'cases:write'],
      ['POST', '/api/v1/episodes/:id/level-changes', 'cases:write'], ['GET', '/api/v1/access-requests', 'cases:read'],
      ['POST', '/api/v1/access-requests/:id/decision', 'cases:write'], ['POST', '/api/v1/plans/:id/closure', 'cases:write'],
    ]);
  });

  it('signals, pathways, requests, teams and the inbox', async () => {
    await checkPermissionMatrix(t, [
      ['POST', '/api/v1/signals', 'signals:write'], ['GET', '/api/v1/signals', 'signals:write'], ['POST', '/api/v1/signals/:id/closure', 'signals:write'],
      ['POST', '/api/v1/signal-matches/:id/coordination', 'signals:write'], ['POST', '/api/v1/match-rules', 'pathways:manage'],
      ['GET', '/api/v1/inbox', 'inbox:read'], ['POST', '/api/v1/pathways', 'pathways:manage'], ['PUT', '/api/v1/pathways/:id', 'pathways:manage'],
      ['GET', '/api/v1/pathways/:id/flow', 'aggregates:read'], ['POST', '/api/v1/requests', 'requests:work'], ['GET', '/api/v1/requests', 'requests:work'],
      ['GET', '/api/v1/requests/:id', 'requests:work'], ['POST', '/api/v1/requests/:id/first-contact', 'requests:work'],
      ['POST', '/api/v1/requests/:id/outcome', 'requests:work'], ['GET', '/api/v1/support-teams', 'requests:work'],
      ['GET', '/api/v1/support-teams/:id/board', 'requests:work'], ['POST', '/api/v1/support-teams/:id/meetings', 'requests:work'],
      ['GET', '/api/v1/waiting-list', 'requests:work'],
    ]);
  });
});
