import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { INDICATORS, type IndicatorDefinition } from './definitions.js';
import * as s from './schemas.js';
import { indicatorValues } from './answers.js';
import { definitionOf, type ValueItem } from './values.js';

const tags = ['Monitoring'];
const read = { access: 'monitoring:read', resource: 'indicator' } as const;

export async function monitoringRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/indicators', {
    config: read,
    schema: { tags, summary: 'De standaardindicatoren met hun definitie', response: { 200: s.indicatorList } },
  }, async () => ({ items: INDICATORS.map(published) }));

  app.get('/indicators/:code', {
    config: read,
    schema: { tags, summary: 'Eén indicator met zijn definitie', params: s.codeParams, response: { 200: s.indicator } },
  }, async (req) => published(definitionOf(req.params.code)));

  app.get('/indicators/:code/values', {
    config: read,
    schema: { tags, summary: 'Waarden van een indicator per gebied en periode, onder onthullingsbeheersing', params: s.codeParams, querystring: s.valuesQuery, response: { 200: s.values, 304: z.void().describe('Niet gewijzigd sinds de ETag in If-None-Match') } },
  }, async (req, reply) => {
    const { area, period, by, ageBand, format } = req.query;
    const { answer: result, tag } = await indicatorValues(req.ctx.db, { code: req.params.code, area, periods: period, by, ageBand });
    // A dashboard asking again gets 304 until a refresh or a catalog change alters the figures.
    const etag = `"${tag}-${format}"`;
    reply.header('etag', etag).header('cache-control', 'private, no-cache');
    if (req.headers['if-none-match']?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return reply.code(304).send();
    if (format === 'json') return result;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${result.indicator.code}-${area}.csv"`)
      .serializer((payload: unknown) => payload as string)
      .send(toCsv(result.indicator.code, result.items) as never);
  });
}

/** A definition as published: without the engine's names for its parts. */
function published({ numerator: _n, denominator: _d, extras: _e, ...definition }: IndicatorDefinition) {
  return definition;
}

function toCsv(code: string, items: ValueItem[]): string {
  return stringify(items.map((i) => ({
    indicator: code, area: i.area, areaName: i.areaName, areaLevel: i.areaLevel, period: i.period, group: i.group ?? '',
    value: i.value ?? '', suppressed: i.suppressed ? 'ja' : 'nee', lower: i.lower ?? '', upper: i.upper ?? '',
    numerator: i.numerator?.value ?? '', denominator: i.denominator?.value ?? '', cases: i.cases?.value ?? '', p90: i.p90 ?? '',
  })), { header: true });
}
