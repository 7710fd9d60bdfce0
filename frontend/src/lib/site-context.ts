import { createContext } from "react";

import type { Site } from "./api-client";

/**
 * Site settings for components below the page (e.g. the consultation path a page needs
 * for its links); null until they are known.
 */
export const SiteContext = createContext<Site | null>(null);
