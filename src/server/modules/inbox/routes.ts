import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { matchItem } from '../signals/schemas.js';
import * as service from './service.js';

const inbox = z.object({ items: z.array(z.discriminatedUnion('type', [matchItem])) });

export async function inboxRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/inbox', {
    config: { access: 'inbox:read', resource: 'inbox' },
    schema: { tags: ['Inbox'], summary: 'Mijn inbox: matches op signalen, taken en meldingen, nieuwste eerst', response: { 200: inbox } },
  }, async (req) => service.inbox(req.ctx));
}
