import type { DbOrTx } from '../../db/database.js';

export interface OutgoingMessage {
  channel: 'email' | 'letter';
  recipient: string;
  subject: string;
  body: string;
}

/**
 * The pluggable sender. The product writes what must be sent to the outbox in the same transaction as the
 * event that caused it (so no message is lost or sent for something rolled back); a delivery process for the
 * installation's mail server or letter service drains it and sets `sent_at`.
 */
export async function enqueueMessages(tx: DbOrTx, now: Date, messages: OutgoingMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.insertInto('outbox').values(messages.map((m) => ({ ...m, created_at: now }))).execute();
}
