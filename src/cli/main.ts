#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../server/config.js';
import { type DatabaseHandle, openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { serve } from '../server/main.js';
import { createUserFromCli } from '../server/modules/accounts/cli.js';
import { refreshAll, refreshMonitoring } from '../server/modules/monitoring/refresh.js';
import { removeExpiredSignals } from '../server/modules/signals/service.js';
import { verifyAuditChain } from '../server/platform/audit.js';
import { dayOf } from '../server/platform/dates.js';
import { seedDemoRegion } from '../server/seed/demo.js';
import { NATIONAL_CHILDREN, seedNational } from '../server/seed/national.js';
import { seedSyntheticRegion } from '../server/seed/synthetic.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('geef een geheel getal van 0 of meer (a whole number)');
  return n;
}

// The synthetic country in three sizes: all 342 municipalities and 5 years of history, more or fewer children.
const SCALES: Record<string, number> = { national: NATIONAL_CHILDREN, province: 400_000, small: 40_000 };

function scale(value: string): string {
  if (!(value in SCALES)) throw new InvalidArgumentError(`kies uit: ${Object.keys(SCALES).join(', ')}`);
  return value;
}

function day(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('geef een datum als JJJJ-MM-DD');
  return value;
}

/** Opens the same database as `npm start` (DATABASE_URL, else the embedded one), migrated. */
async function withDatabase<T>(work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await migrateToLatest(database.db);
    return await work(database);
  } finally {
    await database.close();
  }
}

const program = new Command('dichtbij').description('Dichtbij: samenwerken rond één kind en gezin').showHelpAfterError();

program.command('serve').description('start de server (API en web)').action(() => serve());

program
  .command('migrate')
  .description('voer databasemigraties uit')
  .action(async () => {
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
    try {
      const applied = await migrateToLatest(database.db);
      console.log(applied.length ? `Migraties uitgevoerd: ${applied.join(', ')}` : 'De database is al bij.');
    } finally {
      await database.close();
    }
  });

program
  .command('seed')
  .description('vul de database met de demoregio, een synthetische regio (--children) of een synthetisch land (--scale)')
  .option('--children <n>', 'aantal kinderen van een synthetische regio (met --scale: van het land)', positiveInt)
  .option('--seed <n>', 'startwaarde: dezelfde waarde geeft dezelfde regio', positiveInt, 1)
  .option('--scale <scale>', 'synthetisch land op PostgreSQL, 342 gemeenten en 5 jaar geschiedenis: national (4 miljoen kinderen), province (400.000) of small (40.000)', scale)
  .option('--years <n>', 'jaren geschiedenis van het synthetische land', positiveInt, 5)
  .option('--as-of <datum>', 'de dag tot waar de geschiedenis loopt (standaard vandaag)', day)
  .action(async (options: { children?: number; seed: number; scale?: string; years: number; asOf?: string }) => {
    if (options.scale !== undefined) {
      if (!loadConfig().databaseUrl) {
        throw new Error('Een synthetisch land kan alleen op PostgreSQL worden aangemaakt, niet op de ingebouwde database. Zet DATABASE_URL op een PostgreSQL-server.');
      }
      await withDatabase(async ({ db }) => {
        const children = options.children ?? SCALES[options.scale!]!;
        console.log(`Synthetisch land (seed ${options.seed}, ${children.toLocaleString('nl-NL')} kinderen, ${options.years} jaar) wordt aangemaakt...`);
        const result = await seedNational(db, { seed: options.seed, children, years: options.years, asOf: options.asOf, log: console.log });
        console.log(`Synthetisch land aangemaakt in ${result.seconds.toFixed(1)} s (tot ${result.asOf}):`, result.counts);
        const refreshed = await refreshAll(db, result.asOf);
        console.log(`Indicatoren berekend in ${(refreshed.millis / 1000).toFixed(1)} s: ${refreshed.facts.toLocaleString('nl-NL')} feiten, ${refreshed.values.toLocaleString('nl-NL')} waarden.`);
      });
      return;
    }
    await withDatabase(async ({ db }) => {
      if (options.children === undefined) {
        if (loadConfig().isProduction) throw new Error('De demoregio wordt nooit in productie aangemaakt (NODE_ENV=production).');
        const { seeded } = await seedDemoRegion(db, loadConfig());
        console.log(seeded ? 'Demoregio aangemaakt.' : 'De demoregio bestond al; niets gewijzigd.');
        return;
      }
      const started = Date.now();
      const counts = await seedSyntheticRegion(db, { children: options.children, seed: options.seed });
      console.log(`Synthetische regio (seed ${options.seed}) aangemaakt in ${((Date.now() - started) / 1000).toFixed(1)} s:`, counts);
    });
  });

const user = program.command('user').description('gebruikers beheren');
user
  .command('create')
  .description('maak een gebruiker aan (het wachtwoord komt uit DICHTBIJ_PASSWORD of standaardinvoer)')
  .requiredOption('--email <email>', 'e-mailadres')
  .requiredOption('--name <name>', 'naam')
  .requiredOption('--organisation <idOrName>', 'organisatie (id of exacte naam)')
  .option('--role <role...>', 'rol(len): platform-admin, organisation-admin, professional, policy-officer, programme-lead', ['professional'])
  .option('--area <idOrCode>', 'gebied voor de rol policy-officer (id of CBS-code, bijvoorbeeld GM0118)')
  .option('--job-function <function>', 'functie, bijvoorbeeld intern-begeleider')
  .action(async (options) => {
    const password = process.env.DICHTBIJ_PASSWORD ?? (await readStdin());
    await withDatabase(async ({ db }) => {
      const created = await createUserFromCli(db, { ...options, password });
      console.log(`Gebruiker aangemaakt: ${created.email} (${created.id})`);
    });
  });

program
  .command('signals')
  .description('signalen (verwijsindex)')
  .command('expire')
  .description('verwijder verlopen en afgesloten signalen (gebeurt ook elk uur in de server)')
  .action(async () => {
    await withDatabase(async ({ db }) => {
      const removed = await removeExpiredSignals(db, new Date());
      console.log(`Verlopen of afgesloten signalen verwijderd: ${removed}.`);
    });
  });

program
  .command('monitoring')
  .description('indicatoren (monitoring)')
  .command('refresh')
  .description('bereken de indicatoren bij: alleen wat veranderde, of alles met --full (gebeurt ook elke minuut in de server)')
  .option('--full', 'alles opnieuw berekenen')
  .action(async (options: { full?: boolean }) => {
    await withDatabase(async ({ db }) => {
      const today = dayOf(new Date());
      const result = options.full ? { full: true, ...(await refreshAll(db, today)) } : await refreshMonitoring(db, today);
      console.log(`Indicatoren bijgewerkt in ${(result.millis / 1000).toFixed(1)} s (${result.full ? 'alles opnieuw' : 'alleen wat veranderde'}).`);
    });
  });

const audit = program.command('audit').description('het audit-logboek');
audit
  .command('verify')
  .description('controleer de hashketen van het audit-logboek')
  .action(async () => {
    await withDatabase(async ({ db }) => {
      const result = await verifyAuditChain(db);
      if (result.ok) {
        console.log(`Audit-logboek in orde: ${result.checked} regels gecontroleerd.`);
        return;
      }
      const broken = result.firstBroken!;
      const why = {
        'hash-mismatch': 'de inhoud klopt niet met de hash',
        'chain-broken': 'de koppeling met de vorige regel is verbroken',
        'head-mismatch': 'de nieuwste regels van deze keten na deze regel ontbreken',
      }[broken.reason];
      console.error(`Audit-logboek GEBROKEN bij regel ${broken.seq} (id ${broken.id}): ${why}. ${result.checked} regels ervoor zijn in orde.`);
      process.exitCode = 1;
    });
  });

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new Error('Geef het wachtwoord via DICHTBIJ_PASSWORD of standaardinvoer (echo ... | dichtbij user create ...).');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

program.parseAsync().catch((error: unknown) => {
  console.error(`Fout: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
