import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageQuery, toPage } from '../../platform/paging.js';
import { ATTACHMENT_BODY_LIMIT } from './attachments.js';
import * as s from './schemas.js';
import * as service from './service.js';

const participate = { access: 'learning:participate', resource: 'group' } as const;
const tags = ['Leernetwerk'];

export async function learningRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/groups', {
    config: participate,
    schema: { tags, summary: 'Themagroepen in het leernetwerk', querystring: s.groupsQuery, response: { 200: s.groupPage } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    return service.listGroups(req.ctx, filter, toPage({ page, pageSize }));
  });

  app.post('/groups', {
    config: { access: 'programmes:manage', resource: 'group' },
    schema: { tags, summary: 'Een themagroep beginnen (programmaleider); u wordt er moderator van', body: s.newGroup, response: { 201: s.created } },
  }, async (req, reply) => reply.code(201).send(await service.createGroup(req.ctx, req.body)));

  app.get('/groups/:id', {
    config: participate,
    schema: { tags, summary: 'Eén themagroep', params: s.idParams, response: { 200: s.groupDetail } },
  }, async (req) => service.getGroup(req.ctx, req.params.id));

  app.patch('/groups/:id', {
    config: participate,
    schema: { tags, summary: 'Een themagroep wijzigen (wie haar beheert)', params: s.idParams, body: s.groupChanges, response: { 200: s.groupDetail } },
  }, async (req) => service.updateGroup(req.ctx, req.params.id, req.body));

  app.get('/groups/:id/members', {
    config: { ...participate, resource: 'group-member' },
    schema: { tags, summary: 'Leden van de groep, met een verwijzing naar hun profiel in de netwerkgids', params: s.idParams, querystring: z.strictObject({ ...pageQuery }), response: { 200: s.memberPage } },
  }, async (req) => service.listMembers(req.ctx, req.params.id, toPage(req.query)));

  app.post('/groups/:id/members', {
    config: { ...participate, resource: 'group-member' },
    schema: {
      tags, summary: 'Lid worden van de groep (uzelf); 200 als u al lid bent', params: s.idParams,
      response: { 200: s.membership.describe('U was al lid'), 201: s.membership },
    },
  }, async (req, reply) => {
    const result = await service.joinGroup(req.ctx, req.params.id);
    return reply.code(result.created ? 201 : 200).send(result.membership);
  });

  app.delete('/groups/:id/members/:userId', {
    config: { ...participate, resource: 'group-member' },
    schema: { tags, summary: 'De groep verlaten (uzelf) of een lid verwijderen (wie de groep beheert)', params: s.memberParams, response: { 204: z.void().describe('Verwijderd') } },
  }, async (req, reply) => {
    await service.leaveGroup(req.ctx, req.params.id, req.params.userId);
    return reply.code(204).send();
  });

  app.get('/groups/:id/posts', {
    config: { ...participate, resource: 'group-post' },
    schema: { tags, summary: 'Berichten in de groep, laatst actief eerst', params: s.idParams, querystring: z.strictObject({ ...pageQuery }), response: { 200: s.postPage } },
  }, async (req) => service.listPosts(req.ctx, req.params.id, toPage(req.query)));

  app.post('/groups/:id/posts', {
    config: { ...participate, resource: 'group-post' },
    bodyLimit: ATTACHMENT_BODY_LIMIT,
    schema: {
      tags, summary: 'Een bericht plaatsen (alleen leden; nooit gegevens over een kind: een BSN wordt geweigerd)', params: s.idParams, body: s.newPost,
      response: { 201: s.postDetail },
    },
  }, async (req, reply) => reply.code(201).send(await service.createPost(req.ctx, req.params.id, req.body)));

  app.get('/group-posts/:id', {
    config: { ...participate, resource: 'group-post' },
    schema: { tags, summary: 'Eén bericht met alle reacties', params: s.idParams, response: { 200: s.postDetail } },
  }, async (req) => service.getPost(req.ctx, req.params.id));

  app.post('/group-posts/:id/replies', {
    config: { ...participate, resource: 'post-reply' },
    bodyLimit: ATTACHMENT_BODY_LIMIT,
    schema: { tags, summary: 'Reageren op een bericht (alleen leden van de groep)', params: s.idParams, body: s.newReply, response: { 201: s.reply } },
  }, async (req, reply) => reply.code(201).send(await service.createReply(req.ctx, req.params.id, req.body)));

  app.get('/attachments/:id', {
    config: { ...participate, resource: 'attachment' },
    schema: { tags, summary: 'Een bijlage downloaden', params: s.idParams, response: { 200: z.string().describe('Het bestand zelf, met Content-Type en Content-Disposition') } },
  }, async (req, reply) => {
    const file = await service.downloadAttachment(req.ctx, req.params.id);
    return reply
      .type(file.contentType)
      .header('Content-Disposition', file.disposition)
      .header('Content-Length', String(file.sizeBytes))
      .header('Cache-Control', 'private, no-store')
      // Bytes go out as they are: Fastify does not run a Buffer through the JSON serializer.
      .send(file.data as unknown as string);
  });
}

