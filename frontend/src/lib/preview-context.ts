import { createContext } from "react";

/**
 * True while the page shown is a preview of a draft: rendered as visitors would see it,
 * but nothing a visit records (a blog post's read count) is recorded.
 */
export const PreviewContext = createContext(false);
