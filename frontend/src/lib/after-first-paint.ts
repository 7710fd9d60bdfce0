/**
 * Resolves once the page has painted its first content: for requests that must not
 * compete with the first paint (counting a read). After a client-side navigation the
 * page has long painted, so it resolves at once (in a later task).
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    const observable =
      typeof PerformanceObserver !== "undefined" &&
      PerformanceObserver.supportedEntryTypes?.includes("paint");
    if (!observable) {
      // No paint timing (older browsers, tests): the load event comes after it.
      if (document.readyState === "complete") done();
      else window.addEventListener("load", done, { once: true });
      return;
    }
    const painted = () => performance.getEntriesByName("first-contentful-paint").length > 0;
    if (painted()) {
      done();
      return;
    }
    const observer = new PerformanceObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      done();
    });
    observer.observe({ type: "paint", buffered: true });
  });
}
