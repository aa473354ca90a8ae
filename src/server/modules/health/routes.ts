import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

// Outside /api/v1 and the OpenAPI document: for load balancers and orchestrators, not for people.
export async function healthRoutes(app: FastifyInstance, options: { db: Db }) {
  app.get('/health/live', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(options.db);
      return { status: 'ok', database: 'ok' };
    } catch {
      return reply.code(503).type('application/problem+json').send({ type: 'urn:dichtbij:problem:unavailable', title: 'Dienst niet beschikbaar', status: 503, detail: 'De database is niet bereikbaar.', code: 'unavailable' });
    }
  });
}
