import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toPage } from '../../platform/paging.js';
import * as s from './schemas.js';
import * as service from './service.js';

const tags = ['Resultaatafspraken'];
const read = { access: 'monitoring:read', resource: 'result-agreement' } as const;
const manage = { access: 'results:manage', resource: 'result-agreement' } as const;

export async function resultRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/result-agreements', {
    config: read,
    schema: { tags, summary: 'Resultaatafspraken met de huidige waarde en de status (op koers, risico, uit koers)', querystring: s.listQuery, response: { 200: s.agreementPage } },
  }, async (req) => {
    const { page, pageSize, area, programmeId, indicator } = req.query;
    return service.listAgreements(req.ctx, { areaCode: area, programmeId, indicatorCode: indicator }, toPage({ page, pageSize }));
  });

  app.get('/result-agreements/:id', {
    config: read,
    schema: { tags, summary: 'Eén resultaatafspraak', params: s.idParams, response: { 200: s.agreement } },
  }, async (req) => service.getAgreement(req.ctx, req.params.id));

  app.post('/result-agreements', {
    config: manage,
    schema: { tags, summary: 'Een resultaatafspraak vastleggen (voor het eigen gebied of programma)', body: s.newAgreement, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.createAgreement(req.ctx, req.body)));

  app.patch('/result-agreements/:id', {
    config: manage,
    schema: { tags, summary: 'Een resultaatafspraak wijzigen', params: s.idParams, body: s.agreementChanges, response: { 200: s.agreement } },
  }, async (req) => service.updateAgreement(req.ctx, req.params.id, req.body));

  app.delete('/result-agreements/:id', {
    config: manage,
    schema: { tags, summary: 'Een resultaatafspraak verwijderen', params: s.idParams, response: { 204: z.void().describe('Verwijderd') } },
  }, async (req, reply) => {
    await service.deleteAgreement(req.ctx, req.params.id);
    return reply.code(204).send();
  });
}
