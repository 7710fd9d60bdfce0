import { useId } from "react";

import type { components } from "../../lib/api-types";

type CallToActionValue = components["schemas"]["CallToActionValue"];

export function BlockCallToAction({ value }: { value: CallToActionValue }) {
  const headingId = useId();
  return (
    <section className="cta-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="cta-panel__heading">
        {value.heading}
      </h2>
      {value.text ? <p className="cta-panel__text">{value.text}</p> : null}
      {value.href ? (
        <a
          className="button button--primary"
          href={value.href}
          rel={value.external ? "external" : undefined}
        >
          {value.button_label}
        </a>
      ) : null}
    </section>
  );
}
