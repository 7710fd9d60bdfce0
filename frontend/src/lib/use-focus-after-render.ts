import { useCallback, useLayoutEffect, useState } from "react";

type Target = () => HTMLElement | null | undefined;

/**
 * Moves focus once the next render is on screen: to the first field with an error once
 * its message is there to be read with it, or to the heading of what replaced a form.
 * Call the returned function together with the state change that renders the target.
 *
 * The request is state, not a ref, so that it lands in the same render as that change and
 * only that render's effect acts on it. (Preact renders a microtask after a state change,
 * e.g. between the awaits of a submission, and first runs any effect still pending from an
 * earlier render: an effect reading a ref could find the target before it was rendered.)
 * A layout effect moves focus in the same commit that shows the target, so that it is
 * never left on a control that render removed.
 */
export function useFocusAfterRender(): (target: Target) => void {
  const [request, setRequest] = useState<{ target: Target } | null>(null);

  useLayoutEffect(() => {
    request?.target()?.focus();
  }, [request]);

  return useCallback((target: Target) => setRequest({ target }), []);
}
