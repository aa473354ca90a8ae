import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { sessionCookieName } from '../../platform/http.js';
import { toPage } from '../../platform/paging.js';
import { notFound } from '../../platform/problems.js';
import * as s from './schemas.js';
import * as service from './service.js';

export async function accountRoutes(fastify: FastifyInstance, options: { config: Config; limiter: service.SignInLimiter }) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const cookieName = sessionCookieName(options.config);
  const tags = ['Accounts'];

  app.post('/sessions', {
    config: { access: 'public', resource: 'session' },
    schema: {
      tags,
      summary: 'Inloggen met e-mailadres en wachtwoord',
      body: s.signInBody,
      response: { 201: s.signedIn },
      security: [],
    },
  }, async (req, reply) => {
    const signedIn = await service.signIn(req.ctx, req.body, options.limiter);
    reply.setCookie(cookieName, signedIn.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: options.config.isProduction,
      expires: signedIn.expiresAt,
    });
    req.ctx.actor = signedIn.actor;
    return reply.code(201).send({ csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt.toISOString(), user: await service.describeMe(req.ctx) });
  });

  app.get('/sessions/current', {
    config: { access: 'authenticated', resource: 'session' },
    schema: { tags, summary: 'De huidige sessie, met het CSRF-token', response: { 200: s.session } },
  }, async (req) => {
    // An API token is no session: there is no CSRF token to hand out.
    if (!req.session) throw notFound();
    return { csrfToken: req.session.csrfToken, expiresAt: req.session.expiresAt.toISOString(), user: await service.describeMe(req.ctx) };
  });

  app.delete('/sessions/current', {
    config: { access: 'authenticated', resource: 'session' },
    schema: { tags, summary: 'Uitloggen', response: { 204: z.void().describe('Uitgelogd') } },
  }, async (req, reply) => {
    await service.signOut(req.ctx);
    reply.clearCookie(cookieName, { path: '/' });
    return reply.code(204).send();
  });

  app.get('/me', {
    config: { access: 'authenticated', resource: 'user' },
    schema: { tags, summary: 'Wie ben ik', response: { 200: s.me } },
  }, async (req) => service.describeMe(req.ctx));

  app.get('/api-tokens', {
    config: { access: 'api-tokens:manage', resource: 'api-token' },
    schema: { tags, summary: 'Mijn persoonlijke API-tokens', response: { 200: s.apiTokenList } },
  }, async (req) => {
    const tokens = await service.listApiTokens(req.ctx);
    return { items: tokens.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null, revokedAt: t.revokedAt?.toISOString() ?? null })) };
  });

  app.post('/api-tokens', {
    config: { access: 'api-tokens:manage', resource: 'api-token' },
    schema: { tags, summary: 'Een persoonlijk API-token maken (eenmalig getoond)', body: s.apiTokenBody, response: { 201: s.apiTokenCreated } },
  }, async (req, reply) => reply.code(201).send(await service.createApiToken(req.ctx, req.body.name)));

  app.delete('/api-tokens/:id', {
    config: { access: 'api-tokens:manage', resource: 'api-token' },
    schema: { tags, summary: 'Een API-token intrekken', params: s.idParams, response: { 204: z.void().describe('Ingetrokken') } },
  }, async (req, reply) => {
    await service.revokeApiToken(req.ctx, req.params.id);
    return reply.code(204).send();
  });

  const userTags = ['Gebruikersbeheer'];
  const usersConfig = { access: 'users:manage', resource: 'user' } as const;

  app.get('/users', {
    config: usersConfig,
    schema: { tags: userTags, summary: 'Gebruikers (van de eigen organisatie voor organisatiebeheerders)', querystring: s.usersQuery, response: { 200: s.userPage } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    return service.listUsers(req.ctx, filter, toPage({ page, pageSize }));
  });

  app.post('/users', {
    config: usersConfig,
    schema: { tags: userTags, summary: 'Een gebruiker aanmaken', body: s.newUserBody, response: { 201: s.userView } },
  }, async (req, reply) => reply.code(201).send(await service.createUser(req.ctx, req.body)));

  app.get('/users/:id', {
    config: usersConfig,
    schema: { tags: userTags, summary: 'Eén gebruiker', params: s.idParams, response: { 200: s.userView } },
  }, async (req) => service.getUser(req.ctx, req.params.id));

  app.patch('/users/:id', {
    config: usersConfig,
    schema: { tags: userTags, summary: 'Een gebruiker wijzigen, (de)activeren of rollen toekennen', params: s.idParams, body: s.userChangesBody, response: { 200: s.userView } },
  }, async (req) => service.updateUser(req.ctx, req.params.id, req.body));
}
