import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { refreshAll } from '../src/server/modules/monitoring/refresh.js';
const handle = await openDatabase({ databaseUrl: process.env.URL! });
console.log(await migrateToLatest(handle.db));
const r = await refreshAll(handle.db, process.env.AS_OF ?? '2026-11-23');
console.log(r);
await handle.close();
