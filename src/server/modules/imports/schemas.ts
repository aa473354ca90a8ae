import { z } from 'zod';
import { pageQuery, pagedSchema } from '../../platform/paging.js';

export const importQuery = z.strictObject({
  fileName: z.string().trim().min(1).max(255).optional().describe('Naam van het bestand voor het importlogboek (of stuur Content-Disposition: attachment; filename="...")'),
});

export const csvBody = (header: string, example: string) =>
  z.string().describe(`CSV in UTF-8, komma als scheidingsteken, met precies deze kopregel: ${header}. Voorbeeldregel: ${example}. Hoogstens 50 MiB.`);

export const importResult = z.object({
  id: z.uuid().describe('Id van de regel in het importlogboek'),
  rows: z.number().int().describe('Aantal ingelezen regels (zonder de kopregel)'),
});

export const logQuery = z.strictObject({
  kind: z.enum(['population', 'assessments', 'published']).optional().describe('Soort import'),
  status: z.enum(['accepted', 'refused']).optional().describe('accepted: ingelezen; refused: geweigerd'),
  ...pageQuery,
});

export const logEntry = z.object({
  id: z.uuid(),
  kind: z.enum(['population', 'assessments', 'published']),
  fileName: z.string().nullable(),
  byteSize: z.number().int().describe('Grootte van het bestand in bytes'),
  rows: z.number().int().describe('Aantal regels met gegevens in het bestand'),
  status: z.enum(['accepted', 'refused']),
  errorCode: z.string().nullable().describe('Bij een geweigerd bestand: de code van de fout, zoals csv-invalid'),
  errorDetail: z.string().nullable().describe('Bij een geweigerd bestand: de uitleg, met regel en kolom'),
  importedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  importedAt: z.iso.datetime({ offset: true }),
});
export const logPage = pagedSchema(logEntry);
