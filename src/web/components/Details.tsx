import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface Detail {
  key: string;
  label: string;
  value: ReactNode;
}

/** A key/value list; items without a value are left out unless `empty` gives a text for them. */
export function Details({ items, empty }: { items: Detail[]; empty?: string }) {
  const shown = items.filter((item) => (item.value !== null && item.value !== undefined && item.value !== '') || empty !== undefined);
  return (
    <DataList className="dichtbij-details">
      {shown.map((item) => (
        <DataListItem key={item.key}>
          <DataListKey>{item.label}</DataListKey>
          <DataListValue>{item.value === null || item.value === undefined || item.value === '' ? empty : item.value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
