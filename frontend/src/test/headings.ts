/** The page's headings in document order, as "h2 Fees", for asserting an outline. */
export function headingOutline(container: HTMLElement): string[] {
  return [...container.querySelectorAll("h1, h2, h3, h4, h5, h6")].map(
    (heading) => `${heading.tagName.toLowerCase()} ${heading.textContent?.trim() ?? ""}`,
  );
}

/** Levels that go deeper by more than one step (h1 → h3), which screen readers trip on. */
export function skippedHeadingLevels(container: HTMLElement): string[] {
  const skips: string[] = [];
  let previous = 0;
  for (const entry of headingOutline(container)) {
    const level = Number(entry[1]);
    if (level > previous + 1) skips.push(entry);
    previous = level;
  }
  return skips;
}
