import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { toPage } from '../../platform/paging.js';
import * as s from './schemas.js';
import * as service from './service.js';

const tags = ['Netwerk'];
const config = { access: 'directory:read', resource: 'directory' } as const;

export async function networkRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/areas', {
    config,
    schema: { tags, summary: 'Gebieden: provincies, jeugdregio\'s, gemeenten en wijken', querystring: s.areasQuery, response: { 200: s.areaPage } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    return service.listAreas(req.ctx, filter, toPage({ page, pageSize }));
  });

  app.get('/areas/:id', {
    config,
    schema: { tags, summary: 'Eén gebied', params: s.idParams, response: { 200: s.area } },
  }, async (req) => service.getArea(req.ctx, req.params.id));

  app.get('/organisations', {
    config,
    schema: { tags, summary: 'Organisaties zoeken', querystring: s.organisationsQuery, response: { 200: s.organisationPage } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    return service.listOrganisations(req.ctx, filter, toPage({ page, pageSize }));
  });

  app.get('/organisations/:id', {
    config,
    schema: { tags, summary: 'Eén organisatie met haar professionals', params: s.idParams, response: { 200: s.organisation } },
  }, async (req) => service.getOrganisation(req.ctx, req.params.id));

  app.get('/professionals', {
    config,
    schema: { tags, summary: 'Professionals zoeken (wie zit er in het netwerk)', querystring: s.professionalsQuery, response: { 200: s.professionalPage } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    return service.listProfessionals(req.ctx, filter, toPage({ page, pageSize }));
  });

  app.get('/professionals/:id', {
    config,
    schema: { tags, summary: 'Profiel van een professional', params: s.idParams, response: { 200: s.professional } },
  }, async (req) => service.getProfessional(req.ctx, req.params.id));

  app.get('/themes', {
    config,
    schema: { tags, summary: 'Thema\'s van expertise in het netwerk', response: { 200: s.themeList } },
  }, async (req) => service.listThemes(req.ctx));
}
