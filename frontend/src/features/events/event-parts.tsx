import type { ReactNode } from "react";

import {
  PageBody as SharedBody,
  PageHeader as SharedHeader,
  PageSection,
  type PageHeaderProps,
  type SectionProps,
} from "../../components/page-parts";
import { ResponsiveImage } from "../../components/responsive-image";
import type { ApiImage, BodyBlock } from "../../lib/api-client";

/** The page's h1 (which navigation focuses) with its lead paragraph. */
export function PageHeader(props: Omit<PageHeaderProps, "className" | "eyebrowClassName">) {
  return <SharedHeader {...props} className="events-header" eyebrowClassName="events-eyebrow" />;
}

/** A titled region of the page: an h2 that also names the section for landmarks. */
export function Section(props: SectionProps) {
  return <PageSection block="events" {...props} />;
}

/** The editor's StreamField body, spaced like a section; nothing when it is empty. */
export function PageBody({ blocks }: { blocks: readonly BodyBlock[] }) {
  return <SharedBody blocks={blocks} className="events-body" />;
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
