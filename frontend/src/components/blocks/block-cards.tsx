import { useId } from "react";

import type { components } from "../../lib/api-types";
import { ResponsiveImage } from "../responsive-image";

type CardsValue = components["schemas"]["CardsValue"];

export function BlockCards({ value }: { value: CardsValue }) {
  const headingId = useId();
  return (
    <section className="cards" aria-labelledby={value.heading ? headingId : undefined}>
      {value.heading ? (
        <h2 id={headingId} className="cards__heading">
          {value.heading}
        </h2>
      ) : null}
      <ul className="cards__grid">
        {value.cards.map((card, index) => (
          <li className={card.href ? "card card--link" : "card"} key={index}>
            {card.image ? (
              <ResponsiveImage
                className="card__image"
                image={card.image}
                sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, calc(100vw - 2.5rem)"
              />
            ) : null}
            <div className="card__body">
              <h3 className="card__title">
                {card.href ? (
                  <a href={card.href} rel={card.external ? "external" : undefined}>
                    {card.title}
                  </a>
                ) : (
                  card.title
                )}
              </h3>
              {card.text ? <p className="card__text">{card.text}</p> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
