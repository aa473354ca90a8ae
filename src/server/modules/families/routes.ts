import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toPage } from '../../platform/paging.js';
import { exportFamily, renderExportHtml } from './export.js';
import * as s from './schemas.js';
import * as service from './service.js';

const read = { access: 'cases:read', resource: 'child' } as const;
const write = { access: 'cases:write', resource: 'child' } as const;

export async function familyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Kinderen en gezinnen'];

  app.post('/children', {
    config: write,
    schema: { tags, summary: 'Een kind (jeugdige) registreren; wie registreert is betrokken', body: s.newChild, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.registerChild(req.ctx, req.body)));

  app.get('/children', {
    config: read,
    schema: { tags, summary: 'Kinderen zoeken op BSN of naam, alleen onder de kinderen waarbij u betrokken bent', querystring: s.childrenQuery, response: { 200: s.childPage } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    return service.searchChildren(req.ctx, filter, toPage({ page, pageSize }));
  });

  app.get('/children/:id', {
    config: read,
    schema: { tags, summary: 'Eén kind', params: s.idParams, response: { 200: s.child } },
  }, async (req) => service.getChild(req.ctx, req.params.id));

  app.get('/children/:id/bsn', {
    config: read,
    schema: { tags, summary: 'Het volledige BSN tonen (wordt vastgelegd in het auditlog)', params: s.idParams, response: { 200: s.bsn } },
  }, async (req) => service.revealBsn(req.ctx, req.params.id));

  app.get('/children/:id/timeline', {
    config: read,
    schema: { tags, summary: 'Tijdlijn van een kind', params: s.idParams, response: { 200: s.timelineList } },
  }, async (req) => service.childTimeline(req.ctx, req.params.id));

  app.post('/families', {
    config: { ...write, resource: 'family' },
    schema: { tags, summary: 'Een gezin vormen met kinderen en ouders/verzorgers', body: s.newFamily, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.createFamily(req.ctx, req.body)));

  app.get('/families/:id', {
    config: { ...read, resource: 'family' },
    schema: { tags, summary: 'De gezinspagina: kinderen, ouders, toestemmingen en het gezinsplan', params: s.idParams, response: { 200: s.family } },
  }, async (req) => service.getFamily(req.ctx, req.params.id));

  app.get('/families/:id/timeline', {
    config: { ...read, resource: 'family' },
    schema: { tags, summary: 'Tijdlijn van een gezin', params: s.idParams, response: { 200: s.timelineList } },
  }, async (req) => service.familyTimeline(req.ctx, req.params.id));

  app.get('/families/:id/export', {
    config: { ...read, resource: 'family' },
    schema: {
      tags,
      summary: 'Inzageverzoek: alles over dit gezin, inclusief wie het dossier inzag (JSON of HTML)',
      params: s.idParams,
      querystring: s.exportQuery,
      response: { 200: z.record(z.string(), z.unknown()).describe('De export als JSON (of text/html met format=html)') },
    },
  }, async (req, reply) => {
    const data = await exportFamily(req.ctx, req.params.id);
    reply.header('Cache-Control', 'no-store');
    if (req.query.format === 'html') return reply.type('text/html; charset=utf-8').serializer((payload) => payload as string).send(renderExportHtml(data) as never);
    return reply.header('Content-Disposition', `attachment; filename="inzage-${req.params.id}.json"`).send(data);
  });
}
