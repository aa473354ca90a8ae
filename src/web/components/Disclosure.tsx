import { Button } from '@utrecht/component-library-react';
import { type ReactNode, useId, useRef, useState } from 'react';

interface DisclosureProps {
  /** The button's text, e.g. "Doel toevoegen". */
  label: string;
  /** An accessible name for the button when its text alone is ambiguous (e.g. several "Evalueren" buttons). */
  ariaLabel?: string;
  /** The panel; `close` hides it and returns focus to the button. */
  children: (close: () => void) => ReactNode;
}

/** A button that shows or hides a form panel below it (aria-expanded), so a long page stays readable. */
export function Disclosure({ label, ariaLabel, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <div className="dichtbij-disclosure">
      <Button
        appearance="secondary-action-button"
        ref={button}
        type="button"
        aria-label={ariaLabel}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </Button>
      {open && (
        <div id={panelId} className="dichtbij-disclosure__panel">
          {children(close)}
        </div>
      )}
    </div>
  );
}
