import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageQuery, toPage } from '../../platform/paging.js';
import * as s from './schemas.js';
import * as service from './service.js';

const read = { access: 'programmes:read', resource: 'training' } as const;
const manage = { access: 'programmes:manage', resource: 'training' } as const;
const participate = { access: 'learning:participate', resource: 'training-enrolment' } as const;
const tags = ['Scholing'];

export async function trainingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/trainings', {
    config: read,
    schema: { tags, summary: 'Scholing: trainingen met modules en bijeenkomsten', querystring: s.trainingsQuery, response: { 200: s.trainingPage } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    return service.listTrainings(req.ctx, filter, toPage({ page, pageSize }));
  });

  app.post('/trainings', {
    config: manage,
    schema: { tags, summary: 'Een training aanbieden (programmaleider van de organiserende organisatie)', body: s.newTraining, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.createTraining(req.ctx, req.body)));

  app.get('/training-completions', {
    config: { ...read, resource: 'training-completion' },
    schema: {
      tags, summary: 'Afronding per training en organisatie: hoeveel professionals van welke organisaties wat afrondden',
      querystring: s.completionQuery, response: { 200: s.completionOverview },
    },
  }, async (req) => service.completionOverview(req.ctx, req.query));

  app.get('/trainings/:id', {
    config: read,
    schema: { tags, summary: 'Eén training met modules, bijeenkomsten en mijn voortgang', params: s.idParams, response: { 200: s.trainingDetail } },
  }, async (req) => service.getTraining(req.ctx, req.params.id));

  app.patch('/trainings/:id', {
    config: manage,
    schema: { tags, summary: 'Een training wijzigen (onder meer de inschrijving openen of sluiten)', params: s.idParams, body: s.trainingChanges, response: { 200: s.trainingDetail } },
  }, async (req) => service.updateTraining(req.ctx, req.params.id, req.body));

  app.post('/trainings/:id/modules', {
    config: { ...manage, resource: 'training-module' },
    schema: { tags, summary: 'Een module toevoegen', params: s.idParams, body: s.newModule, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.addModule(req.ctx, req.params.id, req.body)));

  app.post('/training-modules/:id/sessions', {
    config: { ...manage, resource: 'training-session' },
    schema: { tags, summary: 'Een bijeenkomst plannen, online of op locatie (niet in het verleden)', params: s.idParams, body: s.newSession, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.addSession(req.ctx, req.params.id, req.body)));

  app.post('/training-modules/:id/completions', {
    config: { ...manage, resource: 'module-completion' },
    schema: { tags, summary: 'Vastleggen wie de module heeft afgerond (alleen ingeschreven professionals)', params: s.idParams, body: s.completionsInput, response: { 201: s.recorded } },
  }, async (req, reply) => reply.code(201).send(await service.recordCompletions(req.ctx, req.params.id, req.body)));

  app.put('/training-sessions/:id/attendance', {
    config: { ...manage, resource: 'training-attendance' },
    schema: { tags, summary: 'Aanwezigheid bij een bijeenkomst vastleggen (als de bijeenkomst is begonnen)', params: s.idParams, body: s.attendanceInput, response: { 200: s.recorded } },
  }, async (req) => service.recordAttendance(req.ctx, req.params.id, req.body.attendees));

  app.post('/trainings/:id/enrolments', {
    config: participate,
    schema: { tags, summary: 'Mijzelf inschrijven (één keer; nogmaals geeft 409)', params: s.idParams, body: s.enrolmentInput, response: { 201: s.enrolment } },
  }, async (req, reply) => reply.code(201).send(await service.enrol(req.ctx, req.params.id, req.body ?? {})));

  app.get('/trainings/:id/enrolments', {
    config: { ...manage, resource: 'training-enrolment' },
    schema: {
      tags, summary: 'Ingeschreven professionals met hun voortgang (organisator)', params: s.idParams, querystring: z.strictObject({ ...pageQuery }),
      response: { 200: s.enrolmentPage },
    },
  }, async (req) => service.listEnrolments(req.ctx, req.params.id, toPage(req.query)));

  app.delete('/trainings/:id/enrolments/:userId', {
    config: participate,
    schema: { tags, summary: 'Een inschrijving intrekken (uzelf, of de organisator)', params: s.enrolmentParams, response: { 204: z.void().describe('Verwijderd') } },
  }, async (req, reply) => {
    await service.cancelEnrolment(req.ctx, req.params.id, req.params.userId);
    return reply.code(204).send();
  });
}
