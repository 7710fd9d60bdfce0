import { useId, type ReactNode } from "react";

interface BlogSectionProps {
  heading: string;
  children: ReactNode;
  className?: string;
}

/** A titled region of a blog page: an h2 that also names the section for landmarks. */
export function BlogSection({ heading, children, className }: BlogSectionProps) {
  const headingId = useId();
  return (
    <section
      className={className ? `post-section ${className}` : "post-section"}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="post-section__heading">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** "3 min read". */
export function readingTime(minutes: number): string {
  return `${minutes} min read`;
}
