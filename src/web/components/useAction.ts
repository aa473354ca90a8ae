import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../api/client';
import { toApiError } from './useLoad';

/** Runs one write at a time for a form: busy while it runs, the server's problem when it fails. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const running = useRef(false);

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> => {
    if (running.current) return { ok: false };
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return { ok: true, value: await action() };
    } catch (caught) {
      setError(toApiError(caught));
      return { ok: false };
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, error, fieldErrors: error?.fieldErrors ?? {}, run, clearError: () => setError(null) };
}
