import type { AuditEntry } from './audit.js';
import type { MessageKey } from './messages.js';

export interface InvalidParam {
  name: string;
  code: string;
  /** Message key of the reason; translated when the problem is sent. */
  reason: MessageKey;
  values?: Record<string, unknown>;
}

/** A typed error that the error handler turns into application/problem+json (RFC 9457). */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly options: {
      values?: Record<string, unknown>;
      invalidParams?: InvalidParam[];
      headers?: Record<string, string>;
      /** A refusal to record: the error path writes it outside the transaction that is rolled back. */
      audit?: AuditEntry;
    } = {},
  ) {
    super(code);
  }
}

export const invalid = (invalidParams: InvalidParam[]) => new Problem(400, 'invalid-params', 'invalid-params', { invalidParams });
export const invalidField = (name: string, code: string, reason: MessageKey = 'field.invalid') =>
  invalid([{ name, code, reason }]);
export const unauthenticated = () => new Problem(401, 'unauthenticated', 'unauthenticated');
export const forbidden = (key: MessageKey = 'forbidden') => new Problem(403, key === 'forbidden' ? 'forbidden' : key, key);
export const notFound = (audit?: AuditEntry) => new Problem(404, 'not-found', 'not-found', { audit });
export const conflict = (code: string, key: MessageKey = 'conflict') => new Problem(409, code, key);
