import { UnknownPageType } from "../components/states/unknown-page-type";
import type { ApiPage } from "../lib/api-client";
import { pageComponents } from "./page-types";

/** Renders a page with the component its type is registered to (inside a Suspense). */
export function PageView({ page }: { page: ApiPage }) {
  const Component = Object.hasOwn(pageComponents, page.type)
    ? pageComponents[page.type]
    : undefined;
  if (!Component) return <UnknownPageType type={page.type} title={page.title} />;
  return <Component page={page} />;
}
