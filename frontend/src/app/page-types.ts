/**
 * THE registry from a page's `type` (the Wagtail label `app_label.ModelName`) to the
 * component that renders it. One line per page type; each component is its own chunk,
 * loaded on first use. The mapped type makes a page type the schema knows about but
 * this table forgets a compile error.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

import type { ApiPage, KnownPage, KnownPageType } from "../lib/api-client";

type PageOf<T extends KnownPageType> = Extract<KnownPage, { type: T }>;
type PageModule<T extends KnownPageType> = { default: ComponentType<{ page: PageOf<T> }> };
type Registry = { readonly [T in KnownPageType]: () => Promise<PageModule<T>> };

export const pageTypes: Registry = {
  "home.HomePage": () => import("../features/home/home-page"),
  "core.StandardPage": () => import("../features/core/standard-page"),
  "core.SearchPage": () => import("../features/core/search-page"),
  "services.ServiceIndexPage": () => import("../features/services/service-index-page"),
  "services.ServicePage": () => import("../features/services/service-page"),
  "services.LocationIndexPage": () => import("../features/services/location-index-page"),
  "services.LocationPage": () => import("../features/services/location-page"),
  "services.FeesPage": () => import("../features/services/fees-page"),
  "services.LicensurePathPage": () => import("../features/services/licensure-path-page"),
  "team.TeamIndexPage": () => import("../features/team/team-index-page"),
  "team.TeamMemberPage": () => import("../features/team/team-member-page"),
  "team.MatchPage": () => import("../features/team/match-page"),
  "blog.BlogIndexPage": () => import("../features/blog/blog-index-page"),
  "blog.BlogPage": () => import("../features/blog/blog-page"),
  "forms.FormPage": () => import("../features/forms/form-page"),
  "forms.NewsletterPage": () => import("../features/forms/newsletter-page"),
  "events.EventIndexPage": () => import("../features/events/event-index-page"),
  "events.EventPage": () => import("../features/events/event-page"),
  "events.TrainingProgramPage": () => import("../features/events/training-program-page"),
  "events.TrainingPage": () => import("../features/events/training-page"),
};

/**
 * Page types whose content depends on the URL's query as well as its path (a listing's
 * filter and page number, the search's words): Back or Forward to the same path with another query loads
 * them again. Any other page follows its own query, if it reads one (the team
 * directory filters the members it already has).
 */
const queryDrivenPageTypes: ReadonlySet<string> = new Set<KnownPageType>([
  "blog.BlogIndexPage",
  "core.SearchPage",
]);

export function isQueryDriven(type: string | null): boolean {
  return type !== null && queryDrivenPageTypes.has(type);
}

export type PageComponent = ComponentType<{ page: ApiPage }>;

const modules = new Map<string, Promise<{ default: PageComponent }>>();

function isKnownType(type: string): type is KnownPageType {
  return Object.hasOwn(pageTypes, type);
}

function loadModule(type: KnownPageType): Promise<{ default: PageComponent }> {
  let module = modules.get(type);
  if (!module) {
    // Each registered component only ever receives pages of its own type.
    module = (pageTypes[type] as () => Promise<{ default: PageComponent }>)();
    // Forget a failed chunk load so that a retry can fetch it again.
    module.catch(() => modules.delete(type));
    modules.set(type, module);
  }
  return module;
}

/** Starts downloading a page type's chunk, e.g. while its data is being fetched. */
export function preloadPageType(type: string): Promise<void> {
  return isKnownType(type) ? loadModule(type).then(() => undefined) : Promise.resolve();
}

/** The lazy component of every registered page type; nothing loads until one renders. */
export const pageComponents: Readonly<Record<string, LazyExoticComponent<PageComponent>>> =
  Object.fromEntries(
    (Object.keys(pageTypes) as KnownPageType[]).map((type) => [type, lazy(() => loadModule(type))]),
  );

/** The lazy component for a page type, or null when this build does not know it. */
export function getPageComponent(type: string): LazyExoticComponent<PageComponent> | null {
  return isKnownType(type) ? (pageComponents[type] ?? null) : null;
}
