import type { Role } from '../db/schema.js';

/**
 * Which role may do what: the one policy table. Services add row rules on top (an organisation
 * administrator manages only their own organisation's users). Rendered into docs/SECURITY.md.
 */
export const policy = {
  'directory:read': ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'],
  'users:manage': ['platform-admin', 'organisation-admin'],
  'audit:read': ['platform-admin', 'organisation-admin'],
  'api-tokens:manage': ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'],
  'cases:read': ['professional'],
  'cases:write': ['professional'],
  'signals:write': ['professional'],
  'requests:work': ['professional'],
  'pathways:manage': ['platform-admin', 'organisation-admin'],
  'aggregates:read': ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'],
  'inbox:read': ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'],
  'programmes:read': ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'],
  'programmes:manage': ['platform-admin', 'programme-lead'],
  'programmes:contribute': ['organisation-admin', 'professional', 'programme-lead'],
  'learning:participate': ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'],
  'monitoring:read': ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'],
  'monitoring:import': ['platform-admin', 'policy-officer'],
  'results:manage': ['platform-admin', 'policy-officer', 'programme-lead'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof policy;

export const permissionDescriptions: Record<Permission, string> = {
  'directory:read': 'Search the network directory: areas, organisations, professionals',
  'users:manage': 'Create and change user accounts (organisation administrators: only their own organisation)',
  'audit:read': 'Read the audit trail (organisation administrators: only events by their organisation\'s users)',
  'api-tokens:manage': 'Create and revoke one\'s own personal API tokens',
  'cases:read': 'Read children, families and plans, and only those with an active involvement (checked per child by the case access layer)',
  'cases:write': 'Register children and families, record consent, work in plans, again only through an active involvement',
  'signals:write': 'Register signals on a child by BSN, see one\'s organisation\'s signals and matches, confirm coordination',
  'inbox:read': 'Read one\'s own inbox (matches, tasks, notifications)',
  'requests:work': 'Start, pick up and close requests on pathways; school support team boards and meetings; waiting lists of one\'s own organisation',
  'pathways:manage': 'Edit pathways: steps, responsible roles, deadlines, outcomes (functional administration)',
  'aggregates:read': 'See aggregate figures (pathway flows); exact for professionals, under disclosure control for others',
  'programmes:read': 'Read programmes, projects, progress reports, overviews, trainings and completion figures (about professionals and organisations, never a child)',
  'programmes:manage': 'Run programmes: projects, goals, questionnaires, progress reports, groups, trainings, sessions, attendance (programme leads: only programmes their organisation leads)',
  'programmes:contribute': 'Answer one\'s own organisation\'s questionnaires and report progress on its own projects',
  'learning:participate': 'Join learning-network groups, post and reply (members only), enrol oneself in trainings',
  'monitoring:read': 'See indicators, dashboards and result agreements: aggregates only, always under disclosure control',
  'monitoring:import': 'Import population figures, school literacy assessments and published figures (CSV); read the import log',
  'results:manage': 'Record and change result agreements (policy officers and programme leads: only for their own area or programme)',
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return (Object.keys(policy) as Permission[]).filter((p) => (policy[p] as readonly Role[]).some((r) => roles.includes(r)));
}

export function isAllowed(roles: readonly Role[], permission: Permission): boolean {
  return (policy[permission] as readonly Role[]).some((r) => roles.includes(r));
}

/** The policy table as Markdown, kept in docs/SECURITY.md (a test checks the two agree). */
export function renderPolicyTable(): string {
  const roles = ['platform-admin', 'organisation-admin', 'professional', 'policy-officer', 'programme-lead'] as const;
  const header = `| permission | ${roles.join(' | ')} | what it allows |`;
  const rule = `|---|${roles.map(() => ':-:').join('|')}|---|`;
  const rows = (Object.keys(policy) as Permission[]).map(
    (p) => `| \`${p}\` | ${roles.map((r) => ((policy[p] as readonly Role[]).includes(r) ? 'yes' : '—')).join(' | ')} | ${permissionDescriptions[p]} |`,
  );
  return [header, rule, ...rows].join('\n');
}
