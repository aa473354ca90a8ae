import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as s from './schemas.js';
import * as service from './service.js';

export async function signalRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Signalen'];
  const config = { access: 'signals:write', resource: 'signal' } as const;

  app.post('/signals', {
    config,
    schema: { tags, summary: 'Een signaal afgeven (vroegsignalering); matcht met signalen van andere organisaties', body: s.newSignal, response: { 201: s.signalCreated } },
  }, async (req, reply) => reply.code(201).send(await service.registerSignal(req.ctx, req.body)));

  app.get('/signals', {
    config,
    schema: { tags, summary: 'De signalen van mijn organisatie', response: { 200: s.ownSignals } },
  }, async (req) => service.listOwnSignals(req.ctx));

  app.post('/signals/:id/closure', {
    config,
    schema: { tags, summary: 'Een signaal eerder afsluiten', params: s.idParams, body: s.closure, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.closeSignal(req.ctx, req.params.id, req.body.reason)));

  app.get('/match-rules', {
    config: { access: 'authenticated', resource: 'match-rule' },
    schema: { tags, summary: 'Afspraken wie de regie voorstelt bij een match', response: { 200: s.matchRules } },
  }, async (req) => service.listMatchRules(req.ctx));

  app.post('/match-rules', {
    config: { access: 'pathways:manage', resource: 'match-rule' },
    schema: { tags, summary: 'Een afspraak over de regie bij een match toevoegen (functioneel beheer)', body: s.matchRuleInput, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.addMatchRule(req.ctx, req.body)));

  app.post('/signal-matches/:id/coordination', {
    config: { ...config, resource: 'signal-match' },
    schema: { tags, summary: 'Bevestigen welke organisatie de regie neemt na een match', params: s.idParams, body: s.coordination, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.confirmCoordination(req.ctx, req.params.id, req.body.organisationId)));
}
