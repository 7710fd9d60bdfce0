import type { components } from "../../lib/api-types";
import { FaqList } from "../faq-list";

type FAQListValue = components["schemas"]["FAQListValue"];

export function BlockFaqList({ value }: { value: FAQListValue }) {
  return <FaqList heading={value.heading} items={value.items} />;
}
