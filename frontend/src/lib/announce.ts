/**
 * Polite screen-reader announcements through the one live region the layout renders.
 * Written to the DOM directly: the message must change even when React has nothing
 * to re-render, and the same message twice in a row must be read twice.
 */
export const ANNOUNCER_ID = "route-announcer";

let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(message: string, doc: Document = document): void {
  const region = doc.getElementById(ANNOUNCER_ID);
  if (!region) return;
  region.textContent = "";
  clearTimeout(timer);
  // A short pause lets assistive technology notice the region changed.
  timer = setTimeout(() => {
    region.textContent = message;
  }, 50);
}
