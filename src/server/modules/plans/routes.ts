import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as s from './schemas.js';
import * as service from './service.js';

const read = { access: 'cases:read', resource: 'plan' } as const;
const write = { access: 'cases:write', resource: 'plan' } as const;

export async function planRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Gezinsplan'];

  app.get('/my-families', {
    config: { ...read, resource: 'family' },
    schema: { tags, summary: 'Mijn gezinnen: waar ik bij betrokken ben, en wat aandacht vraagt', response: { 200: s.caseload } },
  }, async (req) => service.myFamilies(req.ctx));

  app.post('/plans', {
    config: write,
    schema: { tags, summary: 'Een gezinsplan openen met één regisseur (één gezin, één plan)', body: s.newPlan, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.createPlan(req.ctx, req.body)));

  app.get('/plans/:id', {
    config: read,
    schema: { tags, summary: 'Het gezinsplan', params: s.idParams, response: { 200: s.planWithFamily } },
  }, async (req) => service.getPlan(req.ctx, req.params.id));

  app.post('/plans/:id/closure', {
    config: write,
    schema: { tags, summary: 'Het gezinsplan sluiten met een reden', params: s.idParams, body: s.closePlan, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.closePlan(req.ctx, req.params.id, req.body.reason)));

  app.post('/plans/:id/team-members', {
    config: write,
    schema: { tags, summary: 'Een professional aan het team toevoegen (met toestemming of wettelijke grond)', params: s.idParams, body: s.newTeamMember, response: { 201: s.teamMemberAdded } },
  }, async (req, reply) => reply.code(201).send(await service.addTeamMember(req.ctx, req.params.id, req.body)));

  app.delete('/plans/:id/team-members/:professionalId', {
    config: write,
    schema: { tags, summary: 'Een professional verlaat het team', params: s.teamMemberParams, response: { 204: z.void().describe('Verwijderd') } },
  }, async (req, reply) => {
    await service.removeTeamMember(req.ctx, req.params.id, req.params.professionalId);
    return reply.code(204).send();
  });

  app.post('/plans/:id/handovers', {
    config: write,
    schema: { tags, summary: 'De regie overdragen; gaat in wanneer de nieuwe regisseur accepteert', params: s.idParams, body: s.newHandover, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.requestHandover(req.ctx, req.params.id, req.body)));

  app.post('/handovers/:id/acceptance', {
    config: write,
    schema: { tags, summary: 'Een overdracht accepteren: u wordt regisseur', params: s.idParams, response: { 201: s.handoverResolved } },
  }, async (req, reply) => reply.code(201).send(await service.resolveHandover(req.ctx, req.params.id, true)));

  app.post('/handovers/:id/refusal', {
    config: write,
    schema: { tags, summary: 'Een overdracht weigeren', params: s.idParams, response: { 201: s.handoverResolved } },
  }, async (req, reply) => reply.code(201).send(await service.resolveHandover(req.ctx, req.params.id, false)));

  app.post('/plans/:id/goals', {
    config: write,
    schema: { tags, summary: 'Een doel toevoegen, in de woorden van het gezin', params: s.idParams, body: s.newGoal, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.addGoal(req.ctx, req.params.id, req.body)));

  app.patch('/goals/:id', {
    config: write,
    schema: { tags, summary: 'Een doel wijzigen', params: s.idParams, body: s.goalChanges, response: { 200: s.created } },
  }, async (req) => service.updateGoal(req.ctx, req.params.id, req.body));

  app.post('/goals/:id/evaluations', {
    config: write,
    schema: { tags, summary: 'Een doel evalueren (score 1-10 en toelichting)', params: s.idParams, body: s.newEvaluation, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.evaluateGoal(req.ctx, req.params.id, req.body)));

  app.post('/plans/:id/episodes', {
    config: write,
    schema: { tags, summary: 'Hulp (inzet) aanvragen of starten; niveau 3 wacht op de toegang', params: s.idParams, body: s.newEpisode, response: { 201: s.episodeCreated } },
  }, async (req, reply) => reply.code(201).send(await service.addEpisode(req.ctx, req.params.id, req.body)));

  app.patch('/episodes/:id', {
    config: write,
    schema: { tags, summary: 'Inzet starten, bijwerken of beëindigen', params: s.idParams, body: s.episodeChanges, response: { 200: s.episodeCreated } },
  }, async (req) => service.updateEpisode(req.ctx, req.params.id, req.body));

  app.post('/episodes/:id/level-changes', {
    config: write,
    schema: { tags, summary: 'Op- of afschalen; opschalen naar niveau 3 is een verzoek aan de toegang', params: s.idParams, body: s.newLevelChange, response: { 201: s.levelChangeCreated } },
  }, async (req, reply) => reply.code(201).send(await service.changeLevel(req.ctx, req.params.id, req.body)));

  app.get('/access-requests', {
    config: { ...read, resource: 'access-request' },
    schema: { tags, summary: 'Verzoeken om specialistische hulp die wachten op mijn besluit (medewerker toegang)', response: { 200: s.accessRequests } },
  }, async (req) => service.listAccessRequests(req.ctx));

  app.post('/access-requests/:id/decision', {
    config: { ...write, resource: 'access-request' },
    schema: { tags, summary: 'Besluiten over specialistische hulp (toekennen of afwijzen met reden)', params: s.idParams, body: s.decision, response: { 201: s.decisionMade } },
  }, async (req, reply) => reply.code(201).send(await service.decideAccessRequest(req.ctx, req.params.id, req.body)));
}
