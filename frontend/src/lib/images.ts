import type { ApiImage } from "./api-client";

export interface ImageOptions {
  /** The `sizes` attribute: how wide the image is drawn at each breakpoint. */
  sizes: string;
  /** The largest image above the fold: fetched eagerly and first. */
  priority?: boolean;
}

/**
 * Attributes for an `<img>` from an API image. Width and height always go out so the
 * browser reserves the space (no layout shift); `alt=""` marks a decorative image.
 */
export function imageAttributes(image: ApiImage, { sizes, priority = false }: ImageOptions) {
  return {
    src: image.src,
    srcSet: image.srcset || undefined,
    sizes: image.srcset ? sizes : undefined,
    width: image.width,
    height: image.height,
    alt: image.alt,
    loading: priority ? ("eager" as const) : ("lazy" as const),
    decoding: priority ? ("auto" as const) : ("async" as const),
    fetchPriority: priority ? ("high" as const) : undefined,
  };
}
