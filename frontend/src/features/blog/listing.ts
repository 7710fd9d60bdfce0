/**
 * The blog index's query: one filter at a time (`?category=`, `?tag=` or `?author=`)
 * and a page number, read by the API. Links change them; the navigator loads the
 * listing again for each.
 */
import type { components } from "../../lib/api-types";

type ActiveFilter = components["schemas"]["ActiveFilter"];

/** "Posts in Supervision", "Posts tagged new clinicians", "Posts by Maya Okafor". */
export function filterTitle(filter: ActiveFilter): string {
  switch (filter.kind) {
    case "category":
      return `Posts in ${filter.name}`;
    case "tag":
      return `Posts tagged ${filter.name}`;
    case "author":
      return `Posts by ${filter.name}`;
  }
}

/**
 * Page `number` of the listing, built from one of the API's previous/next URLs so that
 * it keeps the same filter, with the parameters sorted as the API sorts them.
 */
export function pageHref(template: string, number: number): string {
  const url = new URL(template, "https://listing.invalid");
  url.searchParams.delete("page");
  if (number > 1) url.searchParams.set("page", String(number));
  url.searchParams.sort();
  return url.pathname + url.search;
}

/**
 * The page numbers to offer: the first, the last and the current with its neighbours;
 * null where others are left out ("1 … 4 5 6 … 12"). A single missing page is shown
 * rather than a gap.
 */
export function pageNumbers(current: number, count: number): (number | null)[] {
  const wanted = [1, current - 1, current, current + 1, count].filter(
    (number) => number >= 1 && number <= count,
  );
  const numbers: (number | null)[] = [];
  let last = 0;
  for (const number of [...new Set(wanted)].sort((a, b) => a - b)) {
    if (number - last === 2) numbers.push(last + 1);
    else if (number - last > 2) numbers.push(null);
    numbers.push(number);
    last = number;
  }
  return numbers;
}

/** "6 posts", "1 post". */
export function postCount(count: number): string {
  return count === 1 ? "1 post" : `${count} posts`;
}
