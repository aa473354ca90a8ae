import type { FastifyBaseLogger } from 'fastify';
import type { Db } from './db/database.js';
import { refreshMonitoring } from './modules/monitoring/refresh.js';
import { removeExpiredSignals } from './modules/signals/service.js';
import { dayOf } from './platform/dates.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

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

  // Indicator figures follow the events within a minute; one refresh at a time.
  let refreshing = false;
  const refresh = async () => {
    if (refreshing) return;
    refreshing = true;
    try {
      const result = await refreshMonitoring(db, dayOf(new Date()));
      if (result.full || ('subjects' in result && result.subjects > 0)) log.info({ full: result.full, millis: Math.round(result.millis) }, 'monitoring figures refreshed');
    } catch (error) {
      log.error({ err: error }, 'refreshing monitoring figures failed');
    } finally {
      refreshing = false;
    }
  };
  void refresh();
  const monitoringTimer = setInterval(() => void refresh(), MINUTE);
  monitoringTimer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      clearInterval(monitoringTimer);
    },
  };
}
