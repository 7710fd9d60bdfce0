/**
 * The words of the search page: its result counts and what screen readers hear once a
 * search has loaded (the page's heading stays "Search").
 */
import type { components } from "../../lib/api-types";

type SearchPageData = components["schemas"]["SearchPage"];

/** The visitor's words, as the page quotes them: “risk”. */
export function quoted(words: string): string {
  return `“${words}”`;
}

/** "12 results for “risk”", "1 result for “risk”". */
export function resultsFor(total: number, words: string): string {
  return `${total === 1 ? "1 result" : `${total} results`} for ${quoted(words)}`;
}

/**
 * The announcement after a search ("12 results for “risk”, page 2 of 3"), or undefined
 * without a query (the usual "Search page loaded" then).
 */
export function searchAnnouncement(page: SearchPageData): string | undefined {
  const { query, corrected_query: corrected, pagination } = page;
  if (!query) return undefined;
  if (pagination.total === 0) return `No results for ${quoted(query)}`;
  const found = corrected
    ? `No results for ${quoted(query)}. Showing ${resultsFor(pagination.total, corrected)}`
    : resultsFor(pagination.total, query);
  return pagination.page_count > 1
    ? `${found}, page ${pagination.page} of ${pagination.page_count}`
    : found;
}
