import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Search filters kept in the URL (so back/forward and links work): `applied` drives loading,
 * `draft` is what the form shows until it is submitted.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const serialised = keys.map((k) => `${k}=${params.get(k) ?? ''}`).join('&');
  const applied = useMemo(
    () => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [serialised],
  );
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [draft, setDraft] = useState(applied);
  useEffect(() => setDraft(applied), [applied]);

  const apply = useCallback(
    (values: Record<K, string>) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const key of keys) {
          const value = values[key]?.trim() ?? '';
          if (value) next.set(key, value);
          else next.delete(key);
        }
        next.delete('page');
        return next;
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setParams, keys.join(',')],
  );

  const setPage = useCallback(
    (value: number) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (value > 1) next.set('page', String(value));
        else next.delete('page');
        return next;
      }),
    [setParams],
  );

  const setField = (key: K, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const clear = () => apply(Object.fromEntries(keys.map((k) => [k, ''])) as Record<K, string>);

  return { applied, draft, setField, apply: () => apply(draft), clear, page, setPage };
}
