import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as admin from './admin.js';
import { pathwayFlow } from './flow.js';
import * as requests from './requests.js';
import * as s from './schemas.js';
import * as teams from './teams.js';

export async function pathwayRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Zorgpaden en hulpvragen'];
  const work = { access: 'requests:work', resource: 'request' } as const;

  app.get('/pathways', {
    config: { access: 'authenticated', resource: 'pathway' },
    schema: { tags, summary: 'Zorgpaden met hun stappen en uitkomsten', querystring: s.pathwaysQuery, response: { 200: s.pathwayList } },
  }, async (req) => admin.listPathways(req.ctx, req.query));

  app.get('/pathways/:id', {
    config: { access: 'authenticated', resource: 'pathway' },
    schema: { tags, summary: 'Eén zorgpad', params: s.idParams, response: { 200: s.pathway } },
  }, async (req) => admin.getPathway(req.ctx, req.params.id));

  app.post('/pathways', {
    config: { access: 'pathways:manage', resource: 'pathway' },
    schema: { tags, summary: 'Een zorgpad vastleggen (functioneel beheer)', body: s.pathwayInput, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await admin.savePathway(req.ctx, req.body)));

  app.put('/pathways/:id', {
    config: { access: 'pathways:manage', resource: 'pathway' },
    schema: { tags, summary: 'Een zorgpad wijzigen (stappen en uitkomsten)', params: s.idParams, body: s.pathwayInput, response: { 200: s.created } },
  }, async (req) => admin.savePathway(req.ctx, req.body, req.params.id));

  app.get('/pathways/:id/flow', {
    config: { access: 'aggregates:read', resource: 'pathway' },
    schema: { tags, summary: 'Hoe hulpvragen door het zorgpad liepen in een periode (per stap en uitkomst)', params: s.idParams, querystring: s.flowQuery, response: { 200: s.flow } },
  }, async (req) => pathwayFlow(req.ctx, req.params.id, req.query));

  app.post('/requests', {
    config: work,
    schema: { tags, summary: 'Een hulpvraag starten via een ingang en een zorgpad', body: s.newRequest, response: { 201: s.requestCreated } },
  }, async (req, reply) => reply.code(201).send(await requests.createRequest(req.ctx, req.body)));

  app.get('/requests', {
    config: work,
    schema: { tags, summary: 'Hulpvragen die ik deed, heb of kan oppakken', querystring: s.requestsQuery, response: { 200: s.requestList } },
  }, async (req) => requests.listRequests(req.ctx, req.query));

  app.get('/requests/:id', {
    config: work,
    schema: { tags, summary: 'Eén hulpvraag met zijn stappen en tijden', params: s.idParams, response: { 200: s.requestDetail } },
  }, async (req) => requests.getRequest(req.ctx, req.params.id));

  app.post('/requests/:id/first-contact', {
    config: work,
    schema: { tags, summary: 'Het eerste contact vastleggen; u pakt de vraag op', params: s.idParams, body: s.noteBody, response: { 201: s.contactRecorded } },
  }, async (req, reply) => reply.code(201).send(await requests.recordFirstContact(req.ctx, req.params.id, req.body.note ?? null)));

  app.post('/requests/:id/step-completion', {
    config: work,
    schema: { tags, summary: 'De huidige stap afronden', params: s.idParams, body: s.noteBody, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await requests.completeStep(req.ctx, req.params.id, req.body.note ?? null)));

  app.post('/requests/:id/outcome', {
    config: work,
    schema: { tags, summary: 'De uitkomst vastleggen; hulp opent of verlengt het gezinsplan met inzet op het juiste niveau', params: s.idParams, body: s.outcomeBody, response: { 201: s.outcomeRecorded } },
  }, async (req, reply) => reply.code(201).send(await requests.recordOutcome(req.ctx, req.params.id, req.body)));

  app.get('/support-teams', {
    config: work,
    schema: { tags, summary: 'De ondersteuningsteams waarvan ik lid ben', response: { 200: s.teamList } },
  }, async (req) => teams.listTeams(req.ctx));

  app.get('/support-teams/:id/board', {
    config: work,
    schema: { tags, summary: 'Het bord van het ondersteuningsteam: leden, wachtrij, overleggen', params: s.idParams, response: { 200: s.board } },
  }, async (req) => teams.teamBoard(req.ctx, req.params.id));

  app.post('/support-teams/:id/meetings', {
    config: work,
    schema: { tags, summary: 'Een overleg plannen met agenda en deelnemers', params: s.idParams, body: s.newMeeting, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await teams.planMeeting(req.ctx, req.params.id, req.body)));

  app.put('/meetings/:id/items/:requestId', {
    config: work,
    schema: { tags, summary: 'De uitkomst en vervolgdatum van een agendapunt vastleggen', params: s.meetingItemParams, body: s.meetingItemBody, response: { 200: s.created } },
  }, async (req) => teams.recordMeetingItem(req.ctx, req.params.id, req.params.requestId, req.body));

  app.get('/waiting-list', {
    config: work,
    schema: { tags, summary: 'Wachtlijst van een aanbieder: wie wacht hoe lang', querystring: s.waitingQuery, response: { 200: s.waitingList } },
  }, async (req) => teams.waitingList(req.ctx, req.query.providerOrganisationId));
}
