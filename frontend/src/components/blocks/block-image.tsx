import type { components } from "../../lib/api-types";
import { ResponsiveImage } from "../responsive-image";

type ImageValue = components["schemas"]["ImageValue"];

export function BlockImage({ value }: { value: ImageValue }) {
  if (!value.image) return null;
  return (
    <figure className="figure">
      <ResponsiveImage
        className="figure__image"
        image={value.image}
        sizes="(min-width: 52rem) 48rem, calc(100vw - 2.5rem)"
      />
      {value.caption ? <figcaption className="figure__caption">{value.caption}</figcaption> : null}
    </figure>
  );
}
