import { api, type Area } from '../../api/client';
import { useLoad } from '../useLoad';

/** Every municipality, page after page (the API gives at most 100 per page). */
export function useMunicipalities() {
  return useLoad(async (signal) => {
    const all: Area[] = [];
    for (let page = 1; ; page++) {
      const result = await api.areas({ kind: 'municipality', page, pageSize: 100 }, signal);
      all.push(...result.items);
      if (result.items.length === 0 || all.length >= result.total) return all;
    }
  }, []);
}
