/** Compares site paths the way visitors think of them: decoded, trailing slash optional. */
export function normalisePath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // Keep a malformed path as it is.
  }
  return decoded.endsWith("/") ? decoded : `${decoded}/`;
}

export function isCurrentPath(path: string, current: string): boolean {
  return normalisePath(path) === normalisePath(current);
}

/** The current page is this path or below it (for "you are in this section"). */
export function isInSection(path: string, current: string): boolean {
  const section = normalisePath(path);
  return section !== "/" && normalisePath(current).startsWith(section);
}
