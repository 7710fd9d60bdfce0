import type { components } from "../lib/api-types";
import { formatDate } from "../lib/format";
import "./post-links.css";

type PostLink = components["schemas"]["PostLink"];

/** A short list of posts: each title links to the post, with its date. */
export function PostLinks({ posts, label }: { posts: readonly PostLink[]; label?: string }) {
  return (
    <ul className="post-links" aria-label={label}>
      {posts.map((post) => (
        <li key={post.id}>
          <a href={post.path}>{post.title}</a>{" "}
          <time className="post-links__date" dateTime={post.date}>
            {formatDate(post.date)}
          </time>
        </li>
      ))}
    </ul>
  );
}
