import { useId } from "react";

import type { components } from "../../lib/api-types";
import { formatDayOf } from "../../lib/format";
import { CommentForm } from "./comment-form";

type Comment = components["schemas"]["Comment"];

const COMMENTS_ID = "comments";

/** A comment's text as the visitor wrote it: never HTML, paragraphs and line breaks kept. */
function CommentBody({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim());
  return (
    <div className="comment__body">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph.trim()}</p>
      ))}
    </div>
  );
}

interface CommentsProps {
  postId: number;
  count: number;
  comments: readonly Comment[];
  open: boolean;
}

/** The approved comments, oldest first, and the form for a new one while comments are open. */
export function Comments({ postId, count, comments, open }: CommentsProps) {
  const headingId = useId();
  return (
    <section id={COMMENTS_ID} className="post-comments" aria-labelledby={headingId}>
      <h2 id={headingId} className="post-section__heading">
        Comments ({count})
      </h2>
      {comments.length > 0 ? (
        <ol className="comment-list">
          {comments.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="comment__meta">
                <span className="comment__name">{comment.name}</span>{" "}
                <time className="comment__date" dateTime={comment.created_at}>
                  {formatDayOf(comment.created_at)}
                </time>
              </p>
              <CommentBody text={comment.body} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="post-comments__empty">No comments yet</p>
      )}
      {open ? (
        <CommentForm postId={postId} />
      ) : (
        <p className="post-comments__closed">Comments are closed on this post.</p>
      )}
    </section>
  );
}
