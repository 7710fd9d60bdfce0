import { useId, type ReactNode } from "react";

import { StreamField } from "../../components/blocks/stream-field";
import type { BodyBlock } from "../../lib/api-client";

/** The page's h1 (which navigation focuses) with its lead paragraph. */
export function TeamPageHeader({ title, intro }: { title: string; intro?: string }) {
  return (
    <header className="page-header">
      <h1 id="page-heading" className="page-header__title" tabIndex={-1}>
        {title}
      </h1>
      {intro ? <p className="page-header__intro">{intro}</p> : null}
    </header>
  );
}

interface TeamSectionProps {
  heading: string;
  children: ReactNode;
  className?: string;
}

/** A titled region of a page: an h2 that also names the section for landmarks. */
export function TeamSection({ heading, children, className }: TeamSectionProps) {
  const headingId = useId();
  return (
    <section
      className={className ? `team-section ${className}` : "team-section"}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="team-section__heading">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** The editor's StreamField body at the reading measure; nothing when it is empty. */
export function TeamBody({ blocks }: { blocks: readonly BodyBlock[] }) {
  if (blocks.length === 0) return null;
  return (
    <div className="team-body">
      <StreamField blocks={blocks} />
    </div>
  );
}
