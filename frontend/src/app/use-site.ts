import { useEffect, useState } from "react";

import { fetchSite, type Site } from "../lib/api-client";

/**
 * Site settings and menus. The HTML shell inlines them; only without it (the Vite dev
 * server) are they fetched, once.
 */
export function useSite(initial: Site | null): Site | null {
  const [site, setSite] = useState(initial);
  const missing = site === null;

  useEffect(() => {
    if (!missing) return;
    const controller = new AbortController();
    fetchSite(controller.signal).then(setSite, () => {
      // The header falls back to the site name alone; pages still render.
    });
    return () => controller.abort();
  }, [missing]);

  return site;
}
