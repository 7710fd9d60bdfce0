interface RichTextProps {
  /** Display HTML the backend has already sanitised. */
  html: string;
  className?: string;
}

/** Editor-written HTML. Its internal links are site-relative and navigate client-side. */
export function RichText({ html, className }: RichTextProps) {
  return (
    <div
      className={className ? `rich-text ${className}` : "rich-text"}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
