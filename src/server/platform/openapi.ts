import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { API_PREFIX } from './http.js';

type Json = Record<string, any>;

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'Foutmelding volgens RFC 9457 (application/problem+json)',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string', description: 'Korte omschrijving van de soort fout' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'Uitleg voor mensen, in het Nederlands (of Engels met Accept-Language: en)' },
    code: { type: 'string', description: 'Stabiele code voor programma\'s' },
    instance: { type: 'string', description: 'Kenmerk van dit verzoek' },
    invalidParams: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'code', 'reason'],
        properties: { name: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } },
      },
    },
  },
};

const API_VERSION_HEADER = { $ref: '#/components/headers/API-Version' };

const problemResponse = (description: string) => ({
  description,
  headers: { 'API-Version': API_VERSION_HEADER },
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * Makes the generated document follow the Dutch API Design Rules in one place (paths are already relative
 * to the versioned server URL, which @fastify/swagger strips): the API-Version header on every response, problem+json for every error, and a
 * 400 on every operation that takes input.
 */
function conformToDesignRules(document: Json): Json {
  for (const [path, operations] of Object.entries<Json>(document.paths ?? {})) {
    for (const [method, operation] of Object.entries<Json>(operations)) {
      if (method === 'parameters') continue;
      const responses: Json = (operation.responses ??= {});
      for (const [status, response] of Object.entries<Json>(responses)) {
        if (/^[23]/.test(status)) response.headers = { ...response.headers, 'API-Version': API_VERSION_HEADER };
        if (status === '204' || status === '304') delete response.content;
      }
      responses['400'] ??= problemResponse('Ongeldige invoer');
      const isPublic = operation['x-access'] === 'public';
      if (!isPublic) responses['401'] ??= problemResponse('Niet ingelogd');
      if (!isPublic && operation['x-access'] !== 'authenticated') responses['403'] ??= problemResponse('Geen recht op deze handeling');
      if (path.includes('{')) responses['404'] ??= problemResponse('Niet gevonden of geen toegang');
      responses['500'] ??= problemResponse('Interne fout');
      delete operation['x-access'];
    }
  }
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA },
    headers: {
      'API-Version': { description: 'De volledige versie van de API (semver)', schema: { type: 'string', example: document.info.version } },
    },
  };
  return document;
}

export async function registerOpenApi(app: FastifyInstance, config: Config, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Dichtbij API',
        description: 'API van Dichtbij: samenwerken rond één kind en gezin, en monitoren van de afgesproken resultaten.',
        version,
        contact: { name: 'Dichtbij', email: 'api@dichtbij.example', url: 'https://dichtbij.example' },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      servers: [{ url: `${config.publicUrl.replace(/\/$/, '')}${API_PREFIX}`, description: 'Deze installatie' }],
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'dichtbij-session', description: 'Sessiecookie na inloggen; schrijvende verzoeken sturen ook X-CSRF-Token' },
          apiToken: { type: 'http', scheme: 'bearer', description: 'Persoonlijk API-token (dbt_...)' },
        },
      },
      security: [{ sessionCookie: [] }, { apiToken: [] }],
    },
    transform: (input) => {
      const transformed = jsonSchemaTransform(input);
      const access = input.route.config?.access;
      const schema = transformed.schema as Json;
      if (access) schema['x-access'] = access;
      if (access === 'public') schema.security = [];
      return transformed;
    },
    transformObject: (documentObject) => conformToDesignRules((documentObject as { openapiObject: Json }).openapiObject) as never,
  });

  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
