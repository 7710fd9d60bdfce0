import type { ReactNode } from "react";

import type { BodyBlock } from "../../lib/api-client";
import { BlockCallToAction } from "./block-call-to-action";
import { BlockCards } from "./block-cards";
import { BlockEmbed } from "./block-embed";
import { BlockFaqList } from "./block-faq-list";
import { BlockHeading } from "./block-heading";
import { BlockImage } from "./block-image";
import { BlockQuote } from "./block-quote";
import { BlockRichText } from "./block-rich-text";

/** One renderer per StreamField block name; null for names this build does not know. */
function renderBlock(block: BodyBlock): ReactNode {
  switch (block.type) {
    case "heading":
      return <BlockHeading value={block.value} />;
    case "rich_text":
      return <BlockRichText value={block.value} />;
    case "image":
      return <BlockImage value={block.value} />;
    case "quote":
      return <BlockQuote value={block.value} />;
    case "call_to_action":
      return <BlockCallToAction value={block.value} />;
    case "faq_list":
      return <BlockFaqList value={block.value} />;
    case "embed":
      return <BlockEmbed value={block.value} />;
    case "cards":
      return <BlockCards value={block.value} />;
    default:
      // A block added on the backend before the SPA learnt it: skip, don't crash.
      return null;
  }
}

export function StreamField({ blocks }: { blocks: readonly BodyBlock[] }) {
  return (
    <div className="stream-field">
      {blocks.map((block) => {
        const rendered = renderBlock(block);
        if (rendered === null) return null;
        return (
          <div key={block.id} className={`block block-${block.type.replace(/_/g, "-")}`}>
            {rendered}
          </div>
        );
      })}
    </div>
  );
}
