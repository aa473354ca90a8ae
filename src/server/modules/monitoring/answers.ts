import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { DbOrTx } from '../../db/database.js';
import { dayOf } from '../../platform/dates.js';
import { catalogOf } from './catalog.js';
import { computeValues, type ValuesQuery } from './values.js';

type Answer = Awaited<ReturnType<typeof computeValues>>;

// Figures change only when a refresh or the catalog does, and they are the same for everyone who may see them:
// answers are kept per version of both, so a dashboard that many officers open is worked out once. Requests
// that ask the same at once share one computation; a refused request is not kept. At most 100,000 items (tens
// of megabytes).
const answers = new LRUCache<string, Answer>({ maxSize: 100_000, sizeCalculation: (answer) => answer.items.length + 1 });
const computing = new Map<string, Promise<Answer>>();

/** The figures asked for, and a tag that changes whenever they could (for ETag). */
export async function indicatorValues(db: DbOrTx, query: ValuesQuery): Promise<{ answer: Answer; tag: string }> {
  const head = await catalogOf(db);
  const asOf = head.asOf ?? dayOf(new Date());
  const key = `${head.version}|${asOf}|${JSON.stringify([query.code, query.area, query.periods, query.by, query.ageBand])}`;
  const tag = createHash('sha256').update(key).digest('base64url').slice(0, 27);
  const kept = answers.get(key);
  if (kept) return { answer: kept, tag };
  let pending = computing.get(key);
  if (!pending) {
    pending = computeValues(db, query, head.catalog, asOf);
    computing.set(key, pending);
    pending.then((answer) => answers.set(key, answer), () => {}).finally(() => computing.delete(key));
  }
  return { answer: await pending, tag };
}
