import {
  PageBody as SharedBody,
  PageHeader as SharedHeader,
  PageSection,
  type PageHeaderProps,
  type SectionProps,
} from "../../components/page-parts";
import type { BodyBlock } from "../../lib/api-client";

/**
 * The page's h1 (which navigation focuses) with its lead paragraph; the eyebrow above
 * the title names the kind of service.
 */
export function PageHeader(props: Pick<PageHeaderProps, "title" | "intro" | "eyebrow">) {
  return <SharedHeader {...props} eyebrowClassName="svc-eyebrow" />;
}

/** A titled region of the page: an h2 that also names the section for landmarks. */
export function Section(props: Omit<SectionProps, "id" | "headingId">) {
  return <PageSection block="svc" {...props} />;
}

/** The editor's StreamField body, spaced like a section; nothing when it is empty. */
export function PageBody({ blocks }: { blocks: readonly BodyBlock[] }) {
  return <SharedBody blocks={blocks} className="svc-body" />;
}
