import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageQuery, pagedSchema, toPage } from '../../platform/paging.js';
import * as service from './service.js';

const auditQuery = z.strictObject({
  actorId: z.uuid().optional(),
  subjectId: z.uuid().optional(),
  resource: z.string().trim().min(1).max(100).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  outcome: z.enum(['allowed', 'denied']).optional(),
  from: z.iso.datetime({ offset: true }).optional().describe('Vanaf dit tijdstip (inclusief)'),
  to: z.iso.datetime({ offset: true }).optional().describe('Tot dit tijdstip'),
  ...pageQuery,
});

const auditEvent = z.object({
  id: z.uuid(),
  sequence: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  actorRoles: z.array(z.string()),
  subjectId: z.uuid().nullable(),
  resource: z.string(),
  resourceId: z.string().nullable(),
  action: z.string(),
  outcome: z.enum(['allowed', 'denied']),
  context: z.record(z.string(), z.unknown()),
});

export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/audit-events', {
    config: { access: 'audit:read', resource: 'audit-event' },
    schema: { tags: ['Audit'], summary: 'Het audit-logboek: wie deed wat met wiens gegevens', querystring: auditQuery, response: { 200: pagedSchema(auditEvent) } },
  }, async (req) => {
    const { page, pageSize, from, to, ...filter } = req.query;
    return service.listAuditEvents(req.ctx, { ...filter, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined }, toPage({ page, pageSize }));
  });
}
