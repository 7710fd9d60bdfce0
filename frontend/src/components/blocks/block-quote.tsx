import type { components } from "../../lib/api-types";

type QuoteValue = components["schemas"]["QuoteValue"];

export function BlockQuote({ value }: { value: QuoteValue }) {
  return (
    <figure className="quote">
      <blockquote className="quote__text">
        <p>{value.text}</p>
      </blockquote>
      {value.attribution || value.role ? (
        <figcaption className="quote__caption">
          {value.attribution ? <span className="quote__name">{value.attribution}</span> : null}
          {value.role ? <span className="quote__role">{value.role}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
