import type { components } from "../../lib/api-types";

type HeadingValue = components["schemas"]["HeadingValue"];

export function BlockHeading({ value }: { value: HeadingValue }) {
  const Tag = value.level === "h3" ? "h3" : "h2";
  return <Tag className="block-heading__text">{value.text}</Tag>;
}
