import { useLabels } from './labels';

/** Theme keys as a list of badges. */
export function ThemeList({ themes, label }: { themes: string[]; label: string }) {
  const labels = useLabels();
  return (
    <ul className="dichtbij-badges" aria-label={label}>
      {themes.map((key) => (
        <li key={key} className="utrecht-data-badge dichtbij-theme">
          {labels.theme(key)}
        </li>
      ))}
    </ul>
  );
}
