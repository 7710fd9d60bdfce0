/**
 * The consultation request page, told which supervisor the visitor asked about
 * (`?supervisor=<slug>`), so that the form can name them.
 */
export function consultationHref(path: string, slug: string): string {
  const url = new URL(path, "https://firelight.invalid");
  url.searchParams.set("supervisor", slug);
  return url.pathname + url.search + url.hash;
}

/** The last segment of a page path: "/team/maya-okafor/" → "maya-okafor". */
export function slugFromPath(path: string): string {
  return path.split("/").filter(Boolean).pop() ?? "";
}
