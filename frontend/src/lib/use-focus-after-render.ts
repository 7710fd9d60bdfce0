import { useCallback, useEffect, useRef } from "react";

type Target = () => HTMLElement | null | undefined;

/**
 * Moves focus once the next render is on screen: to the first field with an error once
 * its message is there to be read with it, or to the heading of what replaced a form.
 * Call the returned function together with the state change that renders the target.
 */
export function useFocusAfterRender(): (target: Target) => void {
  const pending = useRef<Target | null>(null);

  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    target()?.focus();
  });

  return useCallback((target: Target) => {
    pending.current = target;
  }, []);
}
