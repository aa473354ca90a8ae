import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- The newest hash of each of the 16 audit chains. A writer locks its chain by locking this row and reads
    -- the hash to continue from in the same statement; verification compares it with the chain's last entry,
    -- so removing the newest entries of a chain no longer goes unnoticed.
    create table audit_chain_heads (
      chain smallint primary key,
      hash text not null
    );
    insert into audit_chain_heads (chain, hash)
    select c, coalesce((select e.hash from audit_events e where e.chain = c order by e.seq desc limit 1), repeat('0', 64))
    from generate_series(0, 15) c;
  `.execute(db);
}
