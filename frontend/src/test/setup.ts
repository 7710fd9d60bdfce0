import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";

import { resetCsrfToken } from "../lib/csrf";

// jsdom implements neither scrolling nor layout.
beforeEach(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
  cleanup();
  document.head.innerHTML = "";
  window.history.replaceState(null, "", "/");
  sessionStorage.clear();
  // Each test is a new page load: the CSRF token is fetched again.
  resetCsrfToken();
});
