import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Paginanummer, vanaf 1'),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20).describe('Aantal items per pagina (maximaal 100)'),
};

export interface Page {
  page: number;
  pageSize: number;
  limit: number;
  offset: number;
}

export function toPage(query: { page: number; pageSize: number }): Page {
  return { page: query.page, pageSize: query.pageSize, limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
}

export function paged<T>(items: T[], total: number, page: Page) {
  return { items, page: page.page, pageSize: page.pageSize, total };
}

/** The response schema of a paged collection: `{items, page, pageSize, total}`. */
export function pagedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().describe('Totaal aantal items over alle pagina\'s'),
  });
}
