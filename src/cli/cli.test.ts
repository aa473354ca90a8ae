import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { dbKind } from '../../test/helpers/app.js';
import { openDatabase } from '../server/db/database.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dataRoot = mkdtempSync(path.join(tmpdir(), 'dichtbij-cli-'));
const dataDir = path.join(dataRoot, 'pglite');
afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function dichtbij(args: string[], env: Record<string, string> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'development', DATABASE_URL: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// The CLI on the embedded database, as `npm start` uses it (the PostgreSQL run covers the server path).
// Each step starts a process (tsx + PGlite): seconds each, more on a busy machine.
describe.runIf(dbKind === 'pglite')('the dichtbij command', { timeout: 180_000 }, () => {
  it('migrates, seeds, creates a user, and verifies the audit chain until someone tampers with it', async () => {
    const migrate = await dichtbij(['migrate']);
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toContain('0001_foundation');

    const seed = await dichtbij(['seed']);
    expect(seed.stdout).toContain('Demoregio aangemaakt');
    expect((await dichtbij(['seed'])).stdout).toContain('bestond al');

    const create = await dichtbij(
      ['user', 'create', '--email', 'Nieuwe.Beheerder@Gemeente.example', '--name', 'Nieuwe Beheerder', '--organisation', 'Gemeente Emmen', '--role', 'organisation-admin', 'professional'],
      { DICHTBIJ_PASSWORD: 'een-lang-wachtwoord' },
    );
    expect(create.code, create.stderr).toBe(0);
    expect(create.stdout).toContain('nieuwe.beheerder@gemeente.example');

    const bad = await dichtbij(['user', 'create', '--email', 'geen-adres', '--name', 'X', '--organisation', 'Bestaat Niet'], { DICHTBIJ_PASSWORD: 'kort' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Fout: .*e-mailadres/);

    const verified = await dichtbij(['audit', 'verify']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/Audit-logboek in orde: [1-9]\d* regels/);

    const database = await openDatabase({ dataDir });
    const entry = await database.db.selectFrom('audit_events').select(['seq', 'id']).executeTakeFirstOrThrow();
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(database.db);
    await sql`update audit_events set subject_id = null where id = ${entry.id}`.execute(database.db);
    await database.close();

    const broken = await dichtbij(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`regel ${entry.seq} (id ${entry.id})`);
  });

  it('refuses a second process on the same embedded database', async () => {
    const database = await openDatabase({ dataDir });
    try {
      const second = await dichtbij(['migrate']);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/in gebruik door proces/);
    } finally {
      await database.close();
    }
  });

  it('generates the same synthetic region for the same seed and refuses to generate it twice', async () => {
    const first = await dichtbij(['seed', '--children', '3000', '--seed', '42']);
    expect(first.code, first.stderr).toBe(0);
    const again = await dichtbij(['seed', '--children', '3000', '--seed', '42']);
    expect(again.code).toBe(1);
    const invalid = await dichtbij(['seed', '--children', 'veel']);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/geheel getal/);
  });
});
