import type { ApiImage } from "../lib/api-client";
import { imageAttributes } from "../lib/images";

interface ResponsiveImageProps {
  image: ApiImage;
  sizes: string;
  priority?: boolean;
  className?: string;
}

export function ResponsiveImage({ image, sizes, priority, className }: ResponsiveImageProps) {
  return <img className={className} {...imageAttributes(image, { sizes, priority })} />;
}
