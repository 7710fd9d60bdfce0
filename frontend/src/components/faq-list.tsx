import { useId } from "react";

import { RichText } from "./rich-text";

export interface FaqItem {
  question: string;
  /** Display HTML the backend has already sanitised. */
  answer: string;
}

interface FaqListProps {
  items: readonly FaqItem[];
  /** An h2 above the questions; the section is named by it. */
  heading?: string;
  className?: string;
}

/** Questions as disclosure widgets: each summary is a keyboard-operable toggle. */
export function FaqList({ items, heading, className }: FaqListProps) {
  const headingId = useId();
  return (
    <section
      className={className ? `faq ${className}` : "faq"}
      aria-labelledby={heading ? headingId : undefined}
    >
      {heading ? (
        <h2 id={headingId} className="faq__heading">
          {heading}
        </h2>
      ) : null}
      {items.map((item, index) => (
        <details className="faq__item" key={index}>
          <summary className="faq__question">{item.question}</summary>
          <RichText className="faq__answer" html={item.answer} />
        </details>
      ))}
    </section>
  );
}
