import { lazy } from "react";

import type { ApiPage } from "../lib/api-client";
import { pageComponents } from "./page-types";

/** Only seen when the backend is ahead of this build: loaded then. */
const UnknownPageType = lazy(() => import("../components/states/unknown-page-type"));

/** Renders a page with the component its type is registered to (inside a Suspense). */
export function PageView({ page }: { page: ApiPage }) {
  const Component = Object.hasOwn(pageComponents, page.type)
    ? pageComponents[page.type]
    : undefined;
  if (!Component) return <UnknownPageType type={page.type} title={page.title} />;
  return <Component page={page} />;
}
