import { useEffect, useRef } from 'react';

/**
 * After a write, the control the user pressed may disappear when the page reloads (a form that is done, an
 * inbox item that is read). Then focus would fall back to the page itself; instead it goes to a target the page
 * names (a heading with tabIndex -1), once the new data is shown.
 */
export function useRefocus(data: unknown) {
  const pending = useRef<() => HTMLElement | null>(null);
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) target()?.focus();
  }, [data]);
  return (target: () => HTMLElement | null) => {
    pending.current = target;
  };
}
