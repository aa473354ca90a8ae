import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ImportKind } from '../../db/schema.js';
import { toPage } from '../../platform/paging.js';
import { Problem } from '../../platform/problems.js';
import { CsvRefusal } from './csv.js';
import * as s from './schemas.js';
import * as service from './service.js';

const tags = ['Importeren'];
const access = { access: 'monitoring:import', resource: 'import' } as const;

/** The largest file taken: a year of assessments of a large region fits many times over. */
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;
const LIMIT_MIB = IMPORT_BODY_LIMIT / 1024 / 1024;

const KINDS: readonly ImportKind[] = ['population', 'assessments', 'published'];

/** The bytes received per request: the parser decodes the text, the log keeps the size as sent. */
const receivedBytes = new WeakMap<FastifyRequest, number>();

/** The file's name as the client gave it: `?fileName=` or `Content-Disposition: ...; filename="..."`. */
function fileNameOf(request: FastifyRequest): string | null {
  const query = (request.query as { fileName?: unknown } | undefined)?.fileName;
  let name = typeof query === 'string' ? query : null;
  const disposition = request.headers['content-disposition'];
  if (!name && disposition) {
    const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
    const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(disposition);
    try {
      name = encoded ? decodeURIComponent(encoded.trim()) : (plain?.[1] ?? plain?.[2]?.trim() ?? null);
    } catch {
      name = plain?.[1] ?? plain?.[2]?.trim() ?? null;
    }
  }
  // Only the name: never a client's folder names in the log.
  const base = name ? path.basename(name.replaceAll('\\', '/')).trim().slice(0, 255) : '';
  return base || null;
}

const meta = (request: FastifyRequest): service.ImportMeta => ({ fileName: fileNameOf(request), byteSize: receivedBytes.get(request) });

async function refuse(request: FastifyRequest, refusal: CsvRefusal, byteSize: number): Promise<Problem> {
  // The parser serves only this plugin's upload routes, /imports/{kind}.
  const kind = request.routeOptions.url?.split('/').pop() as ImportKind;
  if (!KINDS.includes(kind)) throw new Error(`text/csv body on ${request.routeOptions.url}, which is not an import`);
  return service.recordRefusal(request.ctx, kind, { fileName: fileNameOf(request), byteSize }, refusal);
}

const tooLarge = () =>
  new CsvRefusal(413, 'csv-too-large', [{ line: null, column: null, code: 'too-large', reason: 'import.too-large', values: { maximum: LIMIT_MIB } }]);
const notUtf8 = () => new CsvRefusal(400, 'csv-encoding', [{ line: null, column: null, code: 'encoding', reason: 'import.encoding' }]);

/**
 * Reads a text/csv body up to the limit, counting bytes as they come (a Content-Length over the limit is refused
 * before reading), and decodes it as UTF-8. A refused body is logged as a refused import.
 */
async function readCsvBody(request: FastifyRequest, payload: IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (declared > IMPORT_BODY_LIMIT) throw await refuse(request, tooLarge(), declared);
  const bytes = await new Promise<Buffer | number>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > IMPORT_BODY_LIMIT) {
        cleanup();
        resolve(size);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onError);
  });
  if (typeof bytes === 'number') throw await refuse(request, tooLarge(), bytes);
  receivedBytes.set(request, bytes.length);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw await refuse(request, notUtf8(), bytes.length);
  }
}

export async function importRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  // In this plugin only: bodies are CSV files, nothing else.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('text/csv', (request: FastifyRequest, payload: IncomingMessage) => readCsvBody(request, payload));
  app.addContentTypeParser('*', async () => {
    throw new Problem(415, 'unsupported-media-type', 'import.not-text-csv');
  });

  const upload = (summary: string, header: readonly string[], example: string) => ({
    config: access,
    schema: {
      tags,
      summary,
      consumes: ['text/csv'],
      querystring: s.importQuery,
      body: s.csvBody(header.join(','), example),
      response: { 201: s.importResult },
    },
  });

  app.post(
    '/imports/population',
    upload('Jeugdbevolking per gemeente, leeftijdsgroep en jaar inlezen (CBS); bestaande cijfers worden vervangen', service.POPULATION_HEADER, 'GM0118,4-11,2025,5310'),
    async (req, reply) => reply.code(201).send(await service.importPopulation(req.ctx, req.body, meta(req))),
  );

  app.post(
    '/imports/assessments',
    upload('Taaltoetsen van scholen inlezen (leerling-pseudoniem, nooit een BSN)', service.ASSESSMENT_HEADER, '12AB00,ll-0001,2025-10-01,3,ja'),
    async (req, reply) => reply.code(201).send(await service.importAssessments(req.ctx, req.body, meta(req))),
  );

  app.post(
    '/imports/published',
    upload('Gepubliceerde cijfers inlezen om mee te vergelijken', service.PUBLISHED_HEADER, 'SPEC-USE,NL,2024,98.4,CBS Jeugdmonitor'),
    async (req, reply) => reply.code(201).send(await service.importPublished(req.ctx, req.body, meta(req))),
  );

  app.get('/imports', {
    config: access,
    schema: { tags, summary: 'Het importlogboek: ingelezen en geweigerde bestanden, nieuwste eerst', querystring: s.logQuery, response: { 200: s.logPage } },
  }, async (req) => {
    const { page, pageSize, ...filter } = req.query;
    return service.listImports(req.ctx, filter, toPage({ page, pageSize }));
  });
}
