import { useId, type ReactNode } from "react";

import type { BodyBlock } from "../lib/api-client";
import { StreamField } from "./blocks/stream-field";

export interface PageHeaderProps {
  title: string;
  intro?: string;
  /** A short label above the title: the series, "Training", the kind of service. */
  eyebrow?: string;
  /** The header's classes, after `page-header`. */
  className?: string;
  eyebrowClassName: string;
  /** What follows the intro: a link to the program a training belongs to. */
  children?: ReactNode;
}

/** The page's h1 (which navigation focuses) with its lead paragraph. */
export function PageHeader({
  title,
  intro,
  eyebrow,
  className,
  eyebrowClassName,
  children,
}: PageHeaderProps) {
  return (
    <header className={className ? `page-header ${className}` : "page-header"}>
      {eyebrow ? <p className={eyebrowClassName}>{eyebrow}</p> : null}
      <h1 id="page-heading" className="page-header__title" tabIndex={-1}>
        {title}
      </h1>
      {intro ? <p className="page-header__intro">{intro}</p> : null}
      {children}
    </header>
  );
}

export interface SectionProps {
  heading: string;
  children: ReactNode;
  /** Wider than the reading measure, for tables and card grids. */
  wide?: boolean;
  className?: string;
  id?: string;
  /** The heading's id, when something else (a form) is named by it too. */
  headingId?: string;
}

/**
 * A titled region of the page: an h2 that also names the section for landmarks. Its
 * classes start with `block` ("events": `events-section`, `events-section__heading`).
 */
export function PageSection({
  block,
  heading,
  children,
  wide,
  className,
  id,
  headingId,
}: SectionProps & { block: string }) {
  const generated = useId();
  const labelId = headingId ?? generated;
  const classes = [`${block}-section`, wide ? `${block}-section--wide` : "", className ?? ""];
  return (
    <section id={id} className={classes.join(" ").trim()} aria-labelledby={labelId}>
      <h2 id={labelId} className={`${block}-section__heading`}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** The editor's StreamField body, spaced like a section; nothing when it is empty. */
export function PageBody({
  blocks,
  className,
}: {
  blocks: readonly BodyBlock[];
  className: string;
}) {
  if (blocks.length === 0) return null;
  return (
    <div className={className}>
      <StreamField blocks={blocks} />
    </div>
  );
}
