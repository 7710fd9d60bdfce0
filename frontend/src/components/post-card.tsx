import type { components } from "../lib/api-types";
import { formatDate } from "../lib/format";
import { ResponsiveImage } from "./responsive-image";
import "./post-card.css";

type PostSummary = components["schemas"]["PostSummary"];

const CARD_SIZES = "(min-width: 75rem) 20rem, (min-width: 40rem) 45vw, calc(100vw - 2.5rem)";

/** The blog index a post belongs to: its parent path ("/blog/x/" → "/blog/"). */
export function indexPathOf(postPath: string): string {
  return postPath.replace(/[^/]+\/?$/, "") || "/";
}

/** A blog listing of one category, tag or author (a filter starts at the first page). */
export function filterHref(
  indexPath: string,
  kind: "category" | "tag" | "author",
  slug: string,
): string {
  return `${indexPath}?${kind}=${encodeURIComponent(slug)}`;
}

interface PostCardProps {
  post: PostSummary;
  /** The level of the title's heading, so the card fits the page's outline. */
  headingLevel?: 2 | 3;
  /** The first card of a listing, in view on arrival: its image is not lazy-loaded. */
  priority?: boolean;
}

/**
 * A post in a listing: image, categories, title linking to the post, intro, date,
 * author and reading time.
 */
export function PostCard({ post, headingLevel = 3, priority = false }: PostCardProps) {
  const Heading = `h${headingLevel}` as const;
  const indexPath = indexPathOf(post.path);
  return (
    <article className="card post-card">
      <div className="card__body post-card__body">
        <Heading className="card__title post-card__title">
          <a href={post.path}>{post.title}</a>
        </Heading>
        {post.categories.length > 0 ? (
          <ul className="post-card__categories" aria-label="Categories">
            {post.categories.map((category) => (
              <li key={category.slug}>
                <a href={filterHref(indexPath, "category", category.slug)}>{category.name}</a>
              </li>
            ))}
          </ul>
        ) : null}
        {post.intro ? <p className="card__text">{post.intro}</p> : null}
        <p className="post-card__meta">
          <span className="meta-items">
            <span>
              By{" "}
              {post.author.path ? (
                <a href={post.author.path}>{post.author.name}</a>
              ) : (
                post.author.name
              )}
            </span>
            <time dateTime={post.date}>{formatDate(post.date)}</time>
            <span>{post.reading_minutes} min read</span>
          </span>
        </p>
      </div>
      {post.hero ? (
        // After the text in reading order (the title comes first), drawn on top.
        <ResponsiveImage
          className="card__image post-card__image"
          image={post.hero}
          sizes={CARD_SIZES}
          priority={priority}
        />
      ) : null}
    </article>
  );
}

/** Posts' cards in a responsive grid, as a list. */
export function PostGrid({
  posts,
  headingLevel,
  priorityFirst = false,
}: {
  posts: readonly PostSummary[];
  headingLevel?: 2 | 3;
  /** The grid opens the page: the first card's image loads eagerly. */
  priorityFirst?: boolean;
}) {
  return (
    <ul className="post-grid">
      {posts.map((post, index) => (
        <li key={post.id}>
          <PostCard
            post={post}
            headingLevel={headingLevel}
            priority={priorityFirst && index === 0}
          />
        </li>
      ))}
    </ul>
  );
}
