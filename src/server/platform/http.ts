import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { AuditWriter } from './audit.js';
import { type Actor, type RequestContext, createContext } from './context.js';
import { languageOf, translate } from './i18n.js';
import type { MessageKey } from './messages.js';
import { type Permission, isAllowed } from './policy.js';
import { type InvalidParam, Problem, forbidden, unauthenticated } from './problems.js';

/** Every route under /api/v1 declares who may call it; the platform enforces it before the handler runs. */
export type Access = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** The resource named in audit entries for refused calls. */
    resource?: string;
  }
  interface FastifyRequest {
    ctx: RequestContext;
    session?: { csrfToken: string; expiresAt: Date };
  }
}

export interface Authenticator {
  session(token: string, now: Date): Promise<{ actor: Actor; csrfToken: string; expiresAt: Date } | null>;
  apiToken(token: string, now: Date): Promise<Actor | null>;
}

export const API_PREFIX = '/api/v1';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionCookieName(config: Config): string {
  // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and for path /.
  return config.isProduction ? '__Host-dichtbij-session' : 'dichtbij-session';
}

export function registerPlatform(
  app: FastifyInstance,
  deps: {
    db: Db;
    config: Config;
    clock: () => Date;
    auditWriter?: AuditWriter;
    authenticator: Authenticator;
    apiVersion: string;
    /** Answers GET requests outside the API that match no file (client-side routes of the web app). */
    spaFallback?: (reply: FastifyReply) => FastifyReply;
  },
): void {
  const routePatterns: { method: string; pattern: RegExp }[] = [];

  app.decorateRequest('ctx', null as unknown as RequestContext);

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const pattern = new RegExp(`^${route.url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+').replace(/\*/g, '.*')}$`);
    for (const method of methods) routePatterns.push({ method, pattern });
    if (route.url.startsWith(`${API_PREFIX}/`) && !route.config?.access) {
      throw new Error(`Route ${methods.join(',')} ${route.url} declares no access rule (config.access)`);
    }
  });

  // No answer leaves before its audit entries are committed (see RequestContext.audit); when they cannot be,
  // the answer becomes a 500 instead.
  app.addHook('onSend', async (request) => {
    await request.ctx?.recorded();
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('API-Version', deps.apiVersion);
    request.ctx = createContext(deps, request, languageOf(request.headers['accept-language']), null);
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const actor = await authenticate(request);
    request.ctx.actor = actor;
    const resource = request.routeOptions.config.resource ?? request.routeOptions.url ?? 'unknown';
    const refusal = (problem: Problem, reason: string) => {
      problem.options.audit = { resource, action: request.method.toLowerCase(), outcome: 'denied', context: { reason, route: request.routeOptions.url } };
      return problem;
    };
    if (!actor) throw refusal(unauthenticated(), 'unauthenticated');
    if (actor.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== request.session?.csrfToken) {
        throw refusal(new Problem(403, 'csrf-token-missing', 'csrf-token-missing'), 'csrf-token-missing');
      }
    }
    if (access !== 'authenticated' && !isAllowed(actor.roles, access)) throw refusal(forbidden(), `missing-permission:${access}`);
  });

  async function authenticate(request: FastifyRequest): Promise<Actor | null> {
    const now = deps.clock();
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) return deps.authenticator.apiToken(authorization.slice(7).trim(), now);
    const token = request.cookies?.[sessionCookieName(deps.config)];
    if (!token) return null;
    const session = await deps.authenticator.session(token, now);
    if (!session) return null;
    request.session = { csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    return session.actor;
  }

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    let problem = toProblem(error);
    if (problem.options.audit) {
      try {
        await request.ctx.audit(problem.options.audit);
        // Waited for here: an error answer's onSend cannot turn into another error.
        await request.ctx.recorded();
      } catch (auditError) {
        // A refusal that cannot be recorded must not pass silently.
        request.log.error({ err: auditError }, 'could not record a refusal in the audit trail');
        problem = new Problem(500, 'internal', 'internal');
      }
    }
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, problem);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = [...new Set(routePatterns.filter((r) => r.pattern.test(path)).map((r) => r.method))];
    if (allowed.length > 0) {
      return sendProblem(request, reply, new Problem(405, 'method-not-allowed', 'method-not-allowed', { headers: { Allow: allowed.join(', ') } }));
    }
    const isApi = path.startsWith('/api/') || path.startsWith('/health/');
    // Client-side routes get the web app; a missing file (/assets/x.js) is a plain 404, not the index page.
    const isFile = /\.[a-z0-9]+$/i.test(path);
    if (deps.spaFallback && !isApi && !isFile && (request.method === 'GET' || request.method === 'HEAD')) return deps.spaFallback(reply);
    return sendProblem(request, reply, new Problem(404, 'route-not-found', 'route-not-found'));
  });
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  const language = request.ctx?.language ?? languageOf(request.headers['accept-language']);
  const body: Record<string, unknown> = {
    type: `urn:dichtbij:problem:${problem.code}`,
    title: translate(language, `title.${problem.status}` as MessageKey) || translate(language, 'bad-request'),
    status: problem.status,
    detail: translate(language, problem.messageKey, problem.options.values),
    code: problem.code,
    instance: `urn:uuid:${request.id}`,
  };
  if (problem.options.invalidParams) {
    body.invalidParams = problem.options.invalidParams.map((p) => ({ name: p.name, code: p.code, reason: translate(language, p.reason, p.values) }));
  }
  for (const [name, value] of Object.entries(problem.options.headers ?? {})) reply.header(name, value);
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(body);
}

function toProblem(error: FastifyError): Problem {
  if (error instanceof Problem) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return new Problem(400, 'invalid-params', 'invalid-params', { invalidParams: error.validation.flatMap(toInvalidParams) });
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new Problem(400, 'invalid-json', 'invalid-json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem(413, 'payload-too-large', 'payload-too-large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new Problem(415, 'unsupported-media-type', 'unsupported-media-type');
  }
  if (error instanceof SyntaxError || (error as { type?: string }).type === 'entity.parse.failed') return new Problem(400, 'invalid-json', 'invalid-json');
  const status = error.statusCode ?? 500;
  if (status === 413) return new Problem(413, 'payload-too-large', 'payload-too-large');
  if (status >= 400 && status < 500) return new Problem(400, 'bad-request', 'bad-request');
  return new Problem(500, 'internal', 'internal');
}

type ValidationIssue = { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> };

function toInvalidParams(issue: ValidationIssue): InvalidParam[] {
  const name = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const origin = issue.params.origin;
  switch (issue.keyword) {
    case 'unrecognized_keys':
      return ((issue.params.keys as string[]) ?? []).map((key) => ({ name: name ? `${name}.${key}` : key, code: 'unknown', reason: 'field.unknown' }));
    case 'invalid_type':
      return [/received undefined/.test(issue.message ?? '')
        ? { name, code: 'required', reason: 'field.required' }
        : { name, code: 'type', reason: 'field.type' }];
    case 'too_big':
      return [origin === 'string'
        ? { name, code: 'max-length', reason: 'field.too-long', values: { maximum: issue.params.maximum } }
        : { name, code: 'max', reason: 'field.too-big', values: { maximum: issue.params.maximum } }];
    case 'too_small':
      if (origin === 'string' && issue.params.minimum === 1) return [{ name, code: 'required', reason: 'field.required' }];
      return [origin === 'string'
        ? { name, code: 'min-length', reason: 'field.too-short', values: { minimum: issue.params.minimum } }
        : { name, code: 'min', reason: 'field.too-small', values: { minimum: issue.params.minimum } }];
    case 'invalid_format':
      return [{ name, code: 'format', reason: 'field.format' }];
    case 'invalid_value':
      return [{ name, code: 'enum', reason: 'field.enum' }];
    default:
      return [{ name, code: 'invalid', reason: 'field.invalid' }];
  }
}
