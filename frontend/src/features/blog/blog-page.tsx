import { useContext, useId } from "react";

import { StreamField } from "../../components/blocks/stream-field";
import { filterHref, PostGrid } from "../../components/post-card";
import { PostLinks } from "../../components/post-links";
import { ResponsiveImage } from "../../components/responsive-image";
import type { components } from "../../lib/api-types";
import { formatDate } from "../../lib/format";
import { PreviewContext } from "../../lib/preview-context";
import { BlogSection, readingTime } from "./blog-parts";
import { Comments } from "./comments";
import { readCountText, useReadCount } from "./read-count";
import "./blog.css";

type Schemas = components["schemas"];
type BlogPageData = Schemas["BlogPage"];
type PostAuthor = Schemas["PostAuthor"];
type PostLink = Schemas["PostLink"];

function AuthorName({ author }: { author: PostAuthor }) {
  return author.path ? <a href={author.path}>{author.name}</a> : <>{author.name}</>;
}

function Byline({ page, views }: { page: BlogPageData; views: number }) {
  const reads = readCountText(views);
  return (
    <p className="post-byline">
      <span className="meta-items">
        <span>
          By <AuthorName author={page.author} />
        </span>
        <time dateTime={page.date}>{formatDate(page.date)}</time>
        <span>{readingTime(page.reading_minutes)}</span>
        {reads ? <span>{reads}</span> : null}
      </span>
    </p>
  );
}

function AuthorCard({ author, more }: { author: PostAuthor; more: readonly PostLink[] }) {
  const id = useId();
  return (
    <section className="author-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="author-card__heading">
        About the author
      </h2>
      <div className="author-card__inner">
        {author.photo ? (
          <ResponsiveImage className="author-card__photo" image={author.photo} sizes="6rem" />
        ) : null}
        <div className="author-card__text">
          <h3 className="author-card__name">
            <AuthorName author={author} />
          </h3>
          {author.role ? <p className="author-card__role">{author.role}</p> : null}
          {author.bio ? <p className="author-card__bio">{author.bio}</p> : null}
          {more.length > 0 ? (
            <>
              <p id={`${id}-more`} className="author-card__more-label">
                Also by {author.name}
              </p>
              <ul className="author-card__more" aria-labelledby={`${id}-more`}>
                {more.map((post) => (
                  <li key={post.id}>
                    <a href={post.path}>{post.title}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <a className="author-card__all" href={author.posts_path}>
            More posts by {author.name}
          </a>
        </div>
      </div>
    </section>
  );
}

function PostPager({ previous, next }: { previous: PostLink | null; next: PostLink | null }) {
  if (!previous && !next) return null;
  return (
    <nav className="post-pager" aria-label="Previous and next posts">
      {previous ? (
        <a className="post-pager__link post-pager__link--previous" href={previous.path} rel="prev">
          <span className="post-pager__label">
            Previous post<span className="visually-hidden">:</span>
          </span>{" "}
          <span className="post-pager__title">{previous.title}</span>
        </a>
      ) : null}
      {next ? (
        <a className="post-pager__link post-pager__link--next" href={next.path} rel="next">
          <span className="post-pager__label">
            Next post<span className="visually-hidden">:</span>
          </span>{" "}
          <span className="post-pager__title">{next.title}</span>
        </a>
      ) : null}
    </nav>
  );
}

export default function BlogPage({ page }: { page: BlogPageData }) {
  // A preview of a draft is not a read.
  const views = useReadCount(page.id, page.views, !useContext(PreviewContext));
  const tagsId = useId();

  return (
    <article className="blog-post container">
      <header className="post-header">
        {page.categories.length > 0 ? (
          <ul className="post-header__categories" aria-label="Categories">
            {page.categories.map((category) => (
              <li key={category.slug}>
                <a href={filterHref(page.index_path, "category", category.slug)}>{category.name}</a>
              </li>
            ))}
          </ul>
        ) : null}
        <h1 id="page-heading" className="post-header__title" tabIndex={-1}>
          {page.title}
        </h1>
        {page.intro ? <p className="post-header__intro">{page.intro}</p> : null}
        <Byline page={page} views={views} />
      </header>

      {page.hero_image ? (
        <ResponsiveImage
          className="post-hero"
          image={page.hero_image}
          sizes="(min-width: 62rem) 56rem, calc(100vw - 2.5rem)"
          priority
        />
      ) : null}

      <div className="post-body">
        <StreamField blocks={page.body} />
      </div>

      {page.tags.length > 0 ? (
        <div className="post-tags">
          <p id={tagsId} className="post-tags__label">
            Tags
          </p>
          <ul className="post-tags__list" aria-labelledby={tagsId}>
            {page.tags.map((tag) => (
              <li key={tag.slug}>
                <a href={filterHref(page.index_path, "tag", tag.slug)}>{tag.name}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <AuthorCard author={page.author} more={page.more_by_author} />
      <PostPager previous={page.previous} next={page.next} />

      <Comments
        postId={page.id}
        count={page.comment_count}
        comments={page.comments}
        open={page.comments_open}
      />

      {page.related.length > 0 ? (
        <BlogSection heading="You may also like" className="post-related">
          <PostGrid posts={page.related} headingLevel={3} />
        </BlogSection>
      ) : null}

      {page.recent.length > 0 ? (
        <BlogSection heading="Recent posts" className="post-recent">
          <PostLinks posts={page.recent} />
        </BlogSection>
      ) : null}
    </article>
  );
}
