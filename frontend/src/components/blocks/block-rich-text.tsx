import type { components } from "../../lib/api-types";
import { RichText } from "../rich-text";

type RichTextValue = components["schemas"]["RichTextValue"];

export function BlockRichText({ value }: { value: RichTextValue }) {
  return <RichText html={value.html} />;
}
