import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveText } from './Feedback';
import { type Option, SelectField } from './SelectField';
import { TextField } from './TextField';
import { useLoad } from './useLoad';

/** The value after the user stopped typing for a moment, so a search is not sent per key. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface SearchPickerProps {
  name: string;
  /** Label of the search box, e.g. "Zoek een professional". */
  searchLabel: string;
  /** Label of the list to choose from, e.g. "Professional". */
  selectLabel: string;
  description?: ReactNode;
  /** Searches; an empty query is only sent when `searchEmpty` is set. */
  load: (query: string, signal: AbortSignal) => Promise<Option[]>;
  searchEmpty?: boolean;
  /** Reload when these change (e.g. the chosen municipality). */
  scope?: string;
  value: string;
  onChange: (value: string) => void;
  emptyOption: string;
  errorMessage?: string;
}

/** Type to search, then choose from a labelled list: works with keyboard and screen reader, no custom widget. */
export function SearchPicker({ name, searchLabel, selectLabel, description, load, searchEmpty, scope = '', value, onChange, emptyOption, errorMessage }: SearchPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim());
  const active = searchEmpty || debounced.length > 0;
  const result = useLoad((signal) => (active ? load(debounced, signal) : Promise.resolve([])), [debounced, active, scope]);
  // The chosen item stays in the list when a new search no longer finds it.
  const chosen = useRef<Option | null>(null);
  const options = result.data ?? [];
  const current = options.find((o) => o.value === value) ?? (chosen.current?.value === value ? chosen.current : null);
  const shown = current && !options.some((o) => o.value === current.value) ? [current, ...options] : options;

  return (
    <div className="dichtbij-picker">
      <TextField label={searchLabel} name={`${name}-search`} type="search" autoComplete="off" description={description} value={query} onChange={setQuery} />
      <LiveText>
        {result.loading ? t('common.loading') : active && result.data && t('picker.found', { count: result.data.length })}
      </LiveText>
      <SelectField
        label={selectLabel}
        name={name}
        value={value}
        emptyOption={emptyOption}
        options={shown}
        errorMessage={errorMessage}
        onChange={(next) => {
          chosen.current = shown.find((o) => o.value === next) ?? null;
          onChange(next);
        }}
      />
    </div>
  );
}
