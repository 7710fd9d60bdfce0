import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { App } from "./app/app";
import { preloadPageType } from "./app/page-types";
import { readInlineData } from "./lib/inline-data";

const container = document.getElementById("root");
if (!container) throw new Error("The HTML shell has no #root element");

const initial = readInlineData();
const firstPage = initial?.page?.kind === "page" ? initial.page.page.type : null;

// Fetch the first page's code before the first render so it paints complete.
const ready = firstPage ? preloadPageType(firstPage).catch(() => undefined) : Promise.resolve();
void ready.then(() => {
  createRoot(container).render(
    <StrictMode>
      <App initial={initial} />
    </StrictMode>,
  );
});
