import { useId, type ReactNode } from "react";

import { StreamField } from "../../components/blocks/stream-field";
import { ResponsiveImage } from "../../components/responsive-image";
import type { ApiImage, BodyBlock } from "../../lib/api-client";

interface PageHeaderProps {
  title: string;
  intro?: string;
  /** A short label above the title: the series, "Training". */
  eyebrow?: string;
  /** What follows the intro: a link to the program a training belongs to. */
  children?: ReactNode;
}

/** The page's h1 (which navigation focuses) with its lead paragraph. */
export function PageHeader({ title, intro, eyebrow, children }: PageHeaderProps) {
  return (
    <header className="page-header events-header">
      {eyebrow ? <p className="events-eyebrow">{eyebrow}</p> : null}
      <h1 id="page-heading" className="page-header__title" tabIndex={-1}>
        {title}
      </h1>
      {intro ? <p className="page-header__intro">{intro}</p> : null}
      {children}
    </header>
  );
}

interface SectionProps {
  heading: string;
  children: ReactNode;
  /** Wider than the reading measure, for card grids. */
  wide?: boolean;
  className?: string;
  id?: string;
  /** The heading's id, when something else (a form) is named by it too. */
  headingId?: string;
}

/** A titled region of the page: an h2 that also names the section for landmarks. */
export function Section({ heading, children, wide, className, id, headingId }: SectionProps) {
  const generated = useId();
  const labelId = headingId ?? generated;
  const classes = ["events-section", wide ? "events-section--wide" : "", className ?? ""];
  return (
    <section id={id} className={classes.join(" ").trim()} aria-labelledby={labelId}>
      <h2 id={labelId} className="events-section__heading">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** The editor's StreamField body, spaced like a section; nothing when it is empty. */
export function PageBody({ blocks }: { blocks: readonly BodyBlock[] }) {
  if (blocks.length === 0) return null;
  return (
    <div className="events-body">
      <StreamField blocks={blocks} />
    </div>
  );
}

/** The page's picture, in view on arrival (not lazy-loaded). */
export function HeroImage({ image }: { image: ApiImage | null }) {
  if (!image) return null;
  return (
    <ResponsiveImage
      className="events-hero"
      image={image}
      sizes="(min-width: 60rem) 44rem, calc(100vw - 2.5rem)"
      priority
    />
  );
}

export interface Fact {
  term: string;
  value: ReactNode;
}

/** Key facts as a description list: "Total hours 6 hours", "Price $180". */
export function FactList({ facts, className }: { facts: readonly Fact[]; className?: string }) {
  return (
    <dl className={className ? `events-facts ${className}` : "events-facts"}>
      {facts.map((fact) => (
        <div className="events-facts__item" key={fact.term}>
          <dt>{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "What you will learn": a training's or program's objectives. */
export function Objectives({ objectives }: { objectives: readonly string[] }) {
  if (objectives.length === 0) return null;
  return (
    <Section heading="What you will learn">
      <ul className="events-objectives">
        {objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </Section>
  );
}

/**
 * A link to an iCalendar file. The browser downloads it itself: the `download`
 * attribute and the media type keep the SPA's router from treating it as a page.
 */
export function CalendarLink({
  href,
  children,
  className,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <a className={className} href={href} type="text/calendar" download>
      {children}
    </a>
  );
}
