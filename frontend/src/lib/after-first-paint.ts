/**
 * Resolves once the page has painted its first content, for requests that must not
 * compete with the first paint (counting a read). After a client-side navigation the
 * page has long painted, so it resolves at once (in a later task).
 *
 * A document is not guaranteed a first-contentful-paint entry (a tab in the background,
 * content faded in from transparent), so the load event plus `LOAD_GRACE_MS` resolves
 * it too, whichever comes first. Without paint timing, the load event does.
 */
export const LOAD_GRACE_MS = 1000;

export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    let observer: PerformanceObserver | null = null;
    const done = () => {
      if (settled) return;
      settled = true;
      observer?.disconnect();
      setTimeout(resolve, 0);
    };
    const painted = () =>
      typeof performance.getEntriesByName === "function" &&
      performance.getEntriesByName("first-contentful-paint").length > 0;
    if (painted()) {
      done();
      return;
    }
    const observable =
      typeof PerformanceObserver !== "undefined" &&
      PerformanceObserver.supportedEntryTypes?.includes("paint");
    if (observable) {
      observer = new PerformanceObserver(() => {
        if (painted()) done();
      });
      observer.observe({ type: "paint", buffered: true });
    }
    const afterLoad = () => setTimeout(done, observable ? LOAD_GRACE_MS : 0);
    if (document.readyState === "complete") afterLoad();
    else window.addEventListener("load", afterLoad, { once: true });
  });
}
