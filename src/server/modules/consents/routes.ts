import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as service from './service.js';

const newConsent = z.strictObject({
  childId: z.uuid(),
  givenBy: z.array(z.enum(['parent', 'young-person'])).min(1).max(2).describe('Wie gaf toestemming: volgt uit de leeftijd van het kind op die dag'),
  organisationIds: z.array(z.uuid()).min(1).max(50),
  purpose: z.string().trim().min(1).max(500),
  validFrom: z.iso.date(),
  validUntil: z.iso.date().nullish(),
});
const withdrawal = z.strictObject({ reason: z.string().trim().min(1).max(1000) });

export async function consentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Toestemming'];
  const config = { access: 'cases:write', resource: 'consent' } as const;

  app.post('/consents', {
    config,
    schema: { tags, summary: 'Toestemming vastleggen om het dossier met andere organisaties te delen', body: newConsent, response: { 201: z.object({ id: z.uuid() }) } },
  }, async (req, reply) => reply.code(201).send(await service.recordConsent(req.ctx, req.body)));

  app.post('/consents/:id/withdrawal', {
    config,
    schema: {
      tags,
      summary: 'Toestemming intrekken; de betrokkenheden die erop rustten eindigen direct',
      params: z.strictObject({ id: z.uuid() }),
      body: withdrawal,
      response: { 201: z.object({ id: z.uuid(), endedInvolvements: z.number().int() }) },
    },
  }, async (req, reply) => reply.code(201).send(await service.withdrawConsent(req.ctx, req.params.id, req.body.reason)));
}
