import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import { accountRoutes } from './modules/accounts/routes.js';
import * as accounts from './modules/accounts/service.js';
import { auditRoutes } from './modules/audit/routes.js';
import { consentRoutes } from './modules/consents/routes.js';
import { familyRoutes } from './modules/families/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { importRoutes } from './modules/imports/routes.js';
import { inboxRoutes } from './modules/inbox/routes.js';
import { learningRoutes } from './modules/learning/routes.js';
import { monitoringRoutes } from './modules/monitoring/routes.js';
import { networkRoutes } from './modules/network/routes.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { pathwayRoutes } from './modules/pathways/routes.js';
import { planRoutes } from './modules/plans/routes.js';
import { programmeRoutes } from './modules/programmes/routes.js';
import { resultRoutes } from './modules/results/routes.js';
import { signalRoutes } from './modules/signals/routes.js';
import { trainingRoutes } from './modules/training/routes.js';
import { AuditWriter } from './platform/audit.js';
import { API_PREFIX, registerPlatform } from './platform/http.js';
import { responseSerializer } from './platform/serializer.js';
import { registerOpenApi } from './platform/openapi.js';

export const API_VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface AppDependencies {
  db: Db;
  config: Config;
  clock?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from dist/web (off in API tests). */
  serveWeb?: boolean;
}

/** Builds the whole application without listening, so tests can use inject(). */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const { db, config } = deps;
  const clock = deps.clock ?? (() => new Date());
  const app = Fastify({
    logger: deps.logger ?? { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(!config.isProduction));

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': config.isProduction ? [] : null } },
    strictTransportSecurity: config.isProduction,
  });

  const serveWeb = deps.serveWeb ?? existsSync(WEB_ROOT);
  registerPlatform(app, {
    db,
    config,
    clock,
    auditWriter: new AuditWriter(db),
    apiVersion: API_VERSION,
    authenticator: {
      session: (token, now) => accounts.authenticateSession(db, config, token, now),
      apiToken: (token, now) => accounts.authenticateApiToken(db, token, now),
    },
    // Client-side routes of the web app all load its index page.
    spaFallback: serveWeb ? (reply) => reply.sendFile('index.html') : undefined,
  });
  await registerOpenApi(app, config, API_VERSION);
  await app.register(healthRoutes, { db });

  const limiter = accounts.createSignInLimiter(config);
  await app.register(
    async (api) => {
      await api.register(accountRoutes, { config, limiter });
      await api.register(networkRoutes);
      await api.register(auditRoutes);
      await api.register(familyRoutes);
      await api.register(consentRoutes);
      await api.register(planRoutes);
      await api.register(signalRoutes);
      await api.register(pathwayRoutes);
      await api.register(inboxRoutes);
      await api.register(programmeRoutes);
      await api.register(learningRoutes);
      await api.register(trainingRoutes);
      await api.register(notificationRoutes);
      await api.register(monitoringRoutes);
      await api.register(importRoutes);
      await api.register(resultRoutes);
    },
    { prefix: API_PREFIX },
  );

  if (serveWeb) await app.register(fastifyStatic, { root: WEB_ROOT, wildcard: false, index: 'index.html' });
  return app;
}
