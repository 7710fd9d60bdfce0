import { ANNOUNCER_ID } from "../../lib/announce";

/** The polite live region that tells screen-reader users a new page has loaded. */
export function RouteAnnouncer() {
  return (
    <div
      id={ANNOUNCER_ID}
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
    />
  );
}
