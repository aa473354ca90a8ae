import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toPage } from '../../platform/paging.js';
import { myProgrammes, programmeOverview } from './overview.js';
import * as questionnaires from './questionnaires.js';
import * as s from './schemas.js';
import * as service from './service.js';

const read = { access: 'programmes:read', resource: 'programme' } as const;
const manage = { access: 'programmes:manage', resource: 'programme' } as const;
const contribute = { access: 'programmes:contribute', resource: 'programme' } as const;
const removed = z.void().describe('Verwijderd');

export async function programmeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Programma\'s'];

  app.get('/programmes', {
    config: read,
    schema: { tags, summary: 'Programma\'s zoeken: naam, status, gebied, deelnemende organisatie', querystring: s.programmesQuery, response: { 200: s.programmePage } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    return service.listProgrammes(req.ctx, filter, toPage({ page, pageSize }));
  });

  app.post('/programmes', {
    config: manage,
    schema: { tags, summary: 'Een programma starten (penvoerder: een organisatie waarvoor u programmaleider bent)', body: s.newProgramme, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.createProgramme(req.ctx, req.body)));

  app.get('/my-programmes', {
    config: read,
    schema: { tags, summary: 'Startpagina van de programmaleider: mijn programma\'s, open vragenlijsten en rapportages die eraan komen', response: { 200: s.myProgrammes } },
  }, async (req) => myProgrammes(req.ctx));

  app.get('/programmes/:id', {
    config: read,
    schema: { tags, summary: 'Eén programma met deelnemers en projecten', params: s.idParams, response: { 200: s.programmeDetail } },
  }, async (req) => service.getProgramme(req.ctx, req.params.id));

  app.patch('/programmes/:id', {
    config: manage,
    schema: { tags, summary: 'Een programma wijzigen', params: s.idParams, body: s.programmeChanges, response: { 200: s.programmeDetail } },
  }, async (req) => service.updateProgramme(req.ctx, req.params.id, req.body));

  app.get('/programmes/:id/overview', {
    config: read,
    schema: { tags, summary: 'Programmaoverzicht om af te drukken: alle projecten met status en cijfers', params: s.idParams, response: { 200: s.programmeOverview } },
  }, async (req) => programmeOverview(req.ctx, req.params.id));

  app.put('/programmes/:id/organisations/:organisationId', {
    config: manage,
    schema: { tags, summary: 'Een organisatie laten deelnemen of haar rol wijzigen', params: s.organisationParams, body: s.participantChange, response: { 200: s.participant } },
  }, async (req) => service.setParticipant(req.ctx, req.params.id, req.params.organisationId, req.body.role));

  app.delete('/programmes/:id/organisations/:organisationId', {
    config: manage,
    schema: { tags, summary: 'Een deelnemende organisatie verwijderen (niet de penvoerder)', params: s.organisationParams, response: { 204: removed } },
  }, async (req, reply) => {
    await service.removeParticipant(req.ctx, req.params.id, req.params.organisationId);
    return reply.code(204).send();
  });

  // ---- Projects ----

  app.post('/programmes/:id/projects', {
    config: { ...manage, resource: 'project' },
    schema: { tags, summary: 'Een project binnen het programma starten, bijvoorbeeld op een school', params: s.idParams, body: s.newProject, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.createProject(req.ctx, req.params.id, req.body)));

  app.get('/projects/:id', {
    config: { ...read, resource: 'project' },
    schema: { tags, summary: 'Eén project met partners, doelen en voortgangsrapportages', params: s.idParams, response: { 200: s.projectDetail } },
  }, async (req) => service.getProject(req.ctx, req.params.id));

  app.patch('/projects/:id', {
    config: { ...manage, resource: 'project' },
    schema: { tags, summary: 'Een project wijzigen', params: s.idParams, body: s.projectChanges, response: { 200: s.projectDetail } },
  }, async (req) => service.updateProject(req.ctx, req.params.id, req.body));

  app.put('/projects/:id/partners/:organisationId', {
    config: { ...manage, resource: 'project' },
    schema: {
      tags, summary: 'Een partner aan het project toevoegen of haar bijdrage wijzigen', params: s.organisationParams, body: s.partnerChange,
      response: { 200: z.object({ organisationId: z.uuid(), contribution: z.string().nullable() }) },
    },
  }, async (req) => service.setPartner(req.ctx, req.params.id, req.params.organisationId, req.body.contribution ?? null));

  app.delete('/projects/:id/partners/:organisationId', {
    config: { ...manage, resource: 'project' },
    schema: { tags, summary: 'Een partner uit het project halen', params: s.organisationParams, response: { 204: removed } },
  }, async (req, reply) => {
    await service.removePartner(req.ctx, req.params.id, req.params.organisationId);
    return reply.code(204).send();
  });

  app.post('/projects/:id/goals', {
    config: { ...manage, resource: 'project-goal' },
    schema: { tags, summary: 'Een projectdoel toevoegen, eventueel gemaakt van het antwoord van een school', params: s.idParams, body: s.newGoal, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.addGoal(req.ctx, req.params.id, req.body)));

  app.patch('/project-goals/:id', {
    config: { ...manage, resource: 'project-goal' },
    schema: { tags, summary: 'Een projectdoel wijzigen (tekst, streefwaarde, status)', params: s.idParams, body: s.goalChanges, response: { 200: s.projectGoal } },
  }, async (req) => service.updateGoal(req.ctx, req.params.id, req.body));

  // ---- Progress reports ----

  app.get('/programmes/:id/progress-reports', {
    config: { ...read, resource: 'progress-report' },
    schema: { tags, summary: 'Voortgangsrapportages van het programma en zijn projecten, nieuwste periode eerst', params: s.idParams, querystring: s.reportsQuery, response: { 200: s.reportPage } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    return service.listReports(req.ctx, req.params.id, filter, toPage({ page, pageSize }));
  });

  app.post('/programmes/:id/progress-reports', {
    config: { ...contribute, resource: 'progress-report' },
    schema: {
      tags, summary: 'Voortgang rapporteren over een periode: wat is gedaan, wat is geleerd, volgende stappen (programmaleider; of de eigen organisatie van een project)',
      params: s.idParams, body: s.newReport, response: { 201: s.progressReport },
    },
  }, async (req, reply) => reply.code(201).send(await service.createReport(req.ctx, req.params.id, req.body)));

  app.patch('/progress-reports/:id', {
    config: { ...contribute, resource: 'progress-report' },
    schema: { tags, summary: 'Een voortgangsrapportage bijwerken (auteur of programmaleider)', params: s.idParams, body: s.reportChanges, response: { 200: s.progressReport } },
  }, async (req) => service.updateReport(req.ctx, req.params.id, req.body));

  // ---- Questionnaires: collecting the schools' questions and goals ----

  const qTags = ['Vragenlijsten'];
  const qRead = { ...read, resource: 'questionnaire' } as const;
  const qManage = { ...manage, resource: 'questionnaire' } as const;

  app.get('/programmes/:id/questionnaires', {
    config: qRead,
    schema: { tags: qTags, summary: 'Vragenlijsten van een programma (concepten alleen voor de programmaleider)', params: s.idParams, response: { 200: s.questionnaireList } },
  }, async (req) => questionnaires.listQuestionnaires(req.ctx, req.params.id));

  app.post('/programmes/:id/questionnaires', {
    config: qManage,
    schema: { tags: qTags, summary: 'Een vragenlijst opstellen (concept) om vragen en doelen van scholen op te halen', params: s.idParams, body: s.newQuestionnaire, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await questionnaires.createQuestionnaire(req.ctx, req.params.id, req.body)));

  app.get('/questionnaires/:id', {
    config: qRead,
    schema: { tags: qTags, summary: 'Een vragenlijst met vragen, ontvangers en de antwoorden van mijn organisatie', params: s.idParams, response: { 200: s.questionnaireDetail } },
  }, async (req) => questionnaires.getQuestionnaire(req.ctx, req.params.id));

  app.patch('/questionnaires/:id', {
    config: qManage,
    schema: { tags: qTags, summary: 'Een vragenlijst wijzigen (vragen alleen zolang het een concept is)', params: s.idParams, body: s.questionnaireChanges, response: { 200: s.questionnaireDetail } },
  }, async (req) => questionnaires.updateQuestionnaire(req.ctx, req.params.id, req.body));

  app.post('/questionnaires/:id/dispatch', {
    config: qManage,
    schema: { tags: qTags, summary: 'De vragenlijst versturen aan de deelnemende scholen (of de genoemde deelnemers)', params: s.idParams, body: s.dispatch, response: { 201: s.questionnaireDetail } },
  }, async (req, reply) => reply.code(201).send(await questionnaires.dispatchQuestionnaire(req.ctx, req.params.id, req.body)));

  app.post('/questionnaires/:id/closure', {
    config: qManage,
    schema: { tags: qTags, summary: 'De vragenlijst sluiten: daarna kan niemand meer antwoorden', params: s.idParams, response: { 201: s.questionnaireDetail } },
  }, async (req, reply) => reply.code(201).send(await questionnaires.closeQuestionnaire(req.ctx, req.params.id)));

  app.get('/questionnaires/:id/comparison', {
    config: qManage,
    schema: { tags: qTags, summary: 'De ingestuurde antwoorden van alle scholen naast elkaar, per vraag', params: s.idParams, response: { 200: s.comparison } },
  }, async (req) => questionnaires.compareResponses(req.ctx, req.params.id));

  app.get('/questionnaires/:id/responses/:organisationId', {
    config: { ...read, resource: 'questionnaire-response' },
    schema: { tags: qTags, summary: 'De antwoorden van één school (de school zelf of de programmaleider)', params: s.responseParams, response: { 200: s.responseView } },
  }, async (req) => questionnaires.getResponse(req.ctx, req.params.id, req.params.organisationId));

  app.put('/questionnaires/:id/responses/:organisationId', {
    config: { ...contribute, resource: 'questionnaire-response' },
    schema: {
      tags: qTags, summary: 'Antwoorden van mijn school opslaan of insturen (submit: true)', params: s.responseParams, body: s.responseInput,
      response: { 200: s.responseView },
    },
  }, async (req) => questionnaires.answerQuestionnaire(req.ctx, req.params.id, req.params.organisationId, req.body));
}
