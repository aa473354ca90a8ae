import type { FastifyBaseLogger } from 'fastify';
import type { Db } from './db/database.js';
import { removeExpiredSignals } from './modules/signals/service.js';

const HOUR = 3_600_000;

/**
 * Work on a schedule, inside the server process (one process per installation). Each job also has a CLI
 * command, so an installation can run it from cron instead.
 */
export function startScheduledJobs(db: Db, log: FastifyBaseLogger) {
  const run = async () => {
    try {
      const removed = await removeExpiredSignals(db, new Date());
      if (removed) log.info({ removed }, 'expired signals removed');
    } catch (error) {
      log.error({ err: error }, 'removing expired signals failed');
    }
  };
  void run();
  const timer = setInterval(() => void run(), HOUR);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
