/**
 * Signals at national scale: fills the referral index with active signals (bulk, unnest arrays) so the
 * bench can measure registering a signal with matching, and loading an inbox, against that volume.
 */
import { sql } from 'kysely';
import type { Db } from '../src/server/db/database.js';
import { bsnVault } from '../src/server/platform/bsn.js';

/** The n-th valid BSN in a range no demo or synthetic child uses (9 digits, 11-test). */
export function benchBsn(n: number): string {
  for (let candidate = 200_000_000 + n * 11; ; candidate++) {
    const digits = String(candidate);
    const sum = [...digits].slice(0, 8).reduce((t, d, i) => t + Number(d) * (9 - i), 0) - Number(digits[8]);
    if (sum % 11 === 0) return digits;
  }
}

export async function fillSignals(db: Db, secretKey: string, count: number, professionals: { id: string; organisationId: string }[]) {
  const vault = bsnVault(secretKey);
  const chunk = 20_000;
  const activeUntil = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  for (let start = 0; start < count; start += chunk) {
    const n = Math.min(chunk, count - start);
    const hashes: string[] = [];
    const encrypted: string[] = [];
    const professionalIds: string[] = [];
    const organisationIds: string[] = [];
    for (let i = 0; i < n; i++) {
      const bsn = benchBsn(start + i);
      const p = professionals[(start + i) % professionals.length]!;
      hashes.push(vault.hash(bsn));
      encrypted.push(vault.encrypt(bsn));
      professionalIds.push(p.id);
      organisationIds.push(p.organisationId);
    }
    await sql`
      insert into signals (bsn_hash, bsn_encrypted, domain, professional_id, organisation_id, registered_at, active_until)
      select h, e, 'development', p, o, now(), ${activeUntil}::date
      from unnest(${hashes}::text[], ${encrypted}::text[], ${professionalIds}::uuid[], ${organisationIds}::uuid[]) as t(h, e, p, o)
    `.execute(db);
  }
  await sql`analyze signals`.execute(db);
}
