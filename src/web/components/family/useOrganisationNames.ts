import { useEffect, useState } from 'react';
import { api, type Family, type Me } from '../../api/client';

/**
 * Names for the organisations a consent mentions. Most are known from the team and the user's own
 * organisations; the rest are looked up once in the directory.
 */
export function useOrganisationNames(family: Family | undefined, me: Me): (id: string) => string {
  const [fetched, setFetched] = useState<Record<string, string>>({});
  const known: Record<string, string> = {};
  for (const o of me.organisations) known[o.id] = o.name;
  for (const m of family?.plan?.team ?? []) if (m.organisation) known[m.organisation.id] = m.organisation.name;
  for (const e of family?.plan?.episodes ?? []) known[e.provider.id] = e.provider.name;
  const missing = [...new Set((family?.consents ?? []).flatMap((c) => c.organisationIds))].filter((id) => !known[id] && !fetched[id]).sort();
  const key = missing.join(',');

  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    Promise.all(key.split(',').map((id) => api.organisation(id, controller.signal).then((o) => [id, o.name] as const, () => [id, id] as const))).then(
      (pairs) => {
        if (!controller.signal.aborted) setFetched((f) => ({ ...f, ...Object.fromEntries(pairs) }));
      },
      () => {},
    );
    return () => controller.abort();
  }, [key]);

  return (id) => known[id] ?? fetched[id] ?? '…';
}
