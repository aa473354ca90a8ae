import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { toPage } from '../../platform/paging.js';
import * as s from './schemas.js';
import * as service from './service.js';

const tags = ['Meldingen'];
const config = { access: 'inbox:read', resource: 'notification' } as const;

export async function notificationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/notifications', {
    config,
    schema: { tags, summary: 'Mijn meldingen (reacties, nieuwe berichten, vragenlijsten), nieuwste eerst', querystring: s.notificationsQuery, response: { 200: s.notificationPage } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    return service.listNotifications(req.ctx, filter, toPage({ page, pageSize }));
  });

  app.post('/notifications/:id/read', {
    config,
    schema: { tags, summary: 'Een melding als gelezen markeren', params: s.idParams, response: { 200: s.notification } },
  }, async (req) => service.markRead(req.ctx, req.params.id));

  app.post('/notifications/all-read', {
    config,
    schema: { tags, summary: 'Alle meldingen als gelezen markeren', response: { 200: s.allRead } },
  }, async (req) => service.markAllRead(req.ctx));
}
