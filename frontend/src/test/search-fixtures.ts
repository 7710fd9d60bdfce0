/** Search pages shaped like the API's `core.SearchPage` (see /api/schema/). */
import type { components } from "../lib/api-types";
import { seo } from "./fixtures";

type SearchPage = components["schemas"]["SearchPage"];
type SearchResult = components["schemas"]["SearchResult"];

const results: SearchResult[] = [
  {
    id: 31,
    type: "blog.BlogPage",
    type_label: "Blog post",
    title: "What group supervision gives you that one-to-one can't",
    path: "/blog/what-group-supervision-offers/",
    snippet: [
      { text: "…the client who did not come back, the ", highlight: false },
      { text: "risk", highlight: true },
      { text: " assessment that kept you awake <b>and</b> more…", highlight: false },
    ],
  },
  {
    id: 12,
    type: "services.ServicePage",
    type_label: "Service",
    title: "Risk assessment consultation",
    path: "/clinical-consultation/risk-assessment/",
    snippet: [
      { text: "Risk", highlight: true },
      { text: " assessment and safety planning, case by case.", highlight: false },
    ],
  },
];

function searchPage(overrides: Partial<SearchPage> = {}): SearchPage {
  return {
    id: 64,
    type: "core.SearchPage",
    title: "Search",
    path: "/search/",
    seo: { ...seo("Search", "/search/"), noindex: true },
    breadcrumbs: [
      { title: "Home", path: "/" },
      { title: "Search", path: "/search/" },
    ],
    last_published_at: "2026-11-26T23:45:12-07:00",
    intro: "Search articles, services, supervisors, events and guides.",
    no_results_text: "Try fewer or other words, or browse the menu.",
    query: "",
    corrected_query: null,
    results: [],
    pagination: { page: 1, page_count: 0, total: 0, previous: null, next: null },
    ...overrides,
  };
}

/** /search/ without words: the intro and the form only. */
export const emptySearchPage = searchPage();

/** /search/?q=risk: page 1 of 2, 12 results. */
export const searchResultsPage = searchPage({
  query: "risk",
  results,
  pagination: { page: 1, page_count: 2, total: 12, previous: null, next: "/search/?q=risk&page=2" },
});

/** /search/?q=risk&page=2. */
export const searchResultsPage2 = searchPage({
  query: "risk",
  results: [{ ...results[1]!, id: 13, title: "Supervision for agencies", path: "/agencies/" }],
  pagination: { page: 2, page_count: 2, total: 12, previous: "/search/?q=risk", next: null },
});

/** /search/?q=supervison: nothing, so the API searched its correction. */
export const correctedSearchPage = searchPage({
  query: "supervison",
  corrected_query: "supervision",
  results: [results[0]!],
  pagination: { page: 1, page_count: 1, total: 1, previous: null, next: null },
});

/** /search/?q=zzzzqqq: no results at all. */
export const noResultsSearchPage = searchPage({ query: "zzzzqqq" });
