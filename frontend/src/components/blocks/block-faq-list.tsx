import { useId } from "react";

import type { components } from "../../lib/api-types";
import { RichText } from "../rich-text";

type FAQListValue = components["schemas"]["FAQListValue"];

export function BlockFaqList({ value }: { value: FAQListValue }) {
  const headingId = useId();
  return (
    <section className="faq" aria-labelledby={value.heading ? headingId : undefined}>
      {value.heading ? (
        <h2 id={headingId} className="faq__heading">
          {value.heading}
        </h2>
      ) : null}
      {value.items.map((item, index) => (
        <details className="faq__item" key={index}>
          <summary className="faq__question">{item.question}</summary>
          <RichText className="faq__answer" html={item.answer} />
        </details>
      ))}
    </section>
  );
}
