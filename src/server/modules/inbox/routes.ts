import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { matchItem } from '../signals/schemas.js';
import * as service from './service.js';

const requestItem = <T extends string>(type: T) =>
  z.object({ type: z.literal(type), id: z.uuid(), at: z.iso.datetime({ offset: true }), pathway: z.string(), step: z.string(), dueOn: z.iso.date().nullable() });

const inbox = z.object({
  items: z.array(
    z.discriminatedUnion('type', [
      matchItem,
      requestItem('overdue-request').describe('Een hulpvraag waarvan de termijn van de huidige stap verstreken is'),
      requestItem('request-task').describe('Een nieuwe hulpvraag die op iemand met uw functie wacht'),
      z
        .object({
          type: z.literal('notification'),
          id: z.uuid(),
          at: z.iso.datetime({ offset: true }),
          kind: z.string(),
          data: z.record(z.string(), z.unknown()),
          link: z.string().nullable(),
        })
        .describe('Een ongelezen melding (leernetwerk, vragenlijsten); lezen via /notifications/{id}/read'),
    ]),
  ),
});

export async function inboxRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/inbox', {
    config: { access: 'inbox:read', resource: 'inbox' },
    schema: { tags: ['Inbox'], summary: 'Mijn inbox: matches op signalen, taken en meldingen, nieuwste eerst', response: { 200: inbox } },
  }, async (req) => service.inbox(req.ctx));
}
