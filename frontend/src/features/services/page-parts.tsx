import { useId, type ReactNode } from "react";

import { StreamField } from "../../components/blocks/stream-field";
import type { BodyBlock } from "../../lib/api-client";

interface PageHeaderProps {
  title: string;
  intro?: string;
  /** A short label above the title, e.g. the kind of service. */
  eyebrow?: string;
}

/** The page's h1 (which navigation focuses) with its lead paragraph. */
export function PageHeader({ title, intro, eyebrow }: PageHeaderProps) {
  return (
    <header className="page-header">
      {eyebrow ? <p className="svc-eyebrow">{eyebrow}</p> : null}
      <h1 id="page-heading" className="page-header__title" tabIndex={-1}>
        {title}
      </h1>
      {intro ? <p className="page-header__intro">{intro}</p> : null}
    </header>
  );
}

interface SectionProps {
  heading: string;
  children: ReactNode;
  /** Wider than the reading measure, for tables and card grids. */
  wide?: boolean;
  className?: string;
}

/** A titled region of the page: an h2 that also names the section for landmarks. */
export function Section({ heading, children, wide, className }: SectionProps) {
  const headingId = useId();
  const classes = ["svc-section", wide ? "svc-section--wide" : "", className ?? ""];
  return (
    <section className={classes.join(" ").trim()} aria-labelledby={headingId}>
      <h2 id={headingId} className="svc-section__heading">
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
    <div className="svc-body">
      <StreamField blocks={blocks} />
    </div>
  );
}
