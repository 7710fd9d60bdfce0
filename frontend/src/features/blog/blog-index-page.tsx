import { useId, type ReactNode } from "react";

import { filterHref, PostGrid } from "../../components/post-card";
import type { components } from "../../lib/api-types";
import { formatDayOf } from "../../lib/format";
import { filterTitle, pageHref, pageNumbers, postCount } from "./listing";
import { readCountText } from "./read-count";
import "./blog.css";

type Schemas = components["schemas"];
type BlogIndexPageData = Schemas["BlogIndexPage"];
type ActiveFilter = Schemas["ActiveFilter"];
type FilterOption = Schemas["FilterOption"];
type Pagination = Schemas["Pagination"];

interface FilterLinksProps {
  kind: ActiveFilter["kind"];
  options: readonly FilterOption[];
  indexPath: string;
  active: ActiveFilter | null;
  className: string;
}

/** One link per category, tag or author, with its number of posts; the current one marked. */
function FilterLinks({ kind, options, indexPath, active, className }: FilterLinksProps) {
  return (
    <ul className={className}>
      {options.map((option) => {
        const current = active?.kind === kind && active.slug === option.slug;
        return (
          <li key={option.slug}>
            <a
              className="blog-chip"
              href={filterHref(indexPath, kind, option.slug)}
              aria-current={current ? "page" : undefined}
            >
              {option.name}{" "}
              <span className="count">
                {option.count}{" "}
                <span className="visually-hidden">{option.count === 1 ? "post" : "posts"}</span>
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** A sidebar part named by its visible heading; a navigation landmark for filter links. */
function SidebarPart({
  heading,
  as: Element = "section",
  children,
}: {
  heading: string;
  as?: "section" | "nav";
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Element className="blog-sidebar__part" aria-labelledby={headingId}>
      <h2 id={headingId} className="blog-sidebar__heading">
        {heading}
      </h2>
      {children}
    </Element>
  );
}

function PaginationNav({ pagination }: { pagination: Pagination }) {
  const { page, page_count: count, previous, next } = pagination;
  const template = next ?? previous;
  if (count <= 1 || !template) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      <p className="pagination__status">
        Page {page} of {count}
      </p>
      <div className="pagination__bar">
        {previous ? (
          <a className="pagination__step pagination__step--previous" href={previous} rel="prev">
            <span aria-hidden="true">←</span> Previous page
          </a>
        ) : null}
        <ul className="pagination__numbers">
          {pageNumbers(page, count).map((number, index) =>
            number === null ? (
              <li key={`gap-${index}`} className="pagination__gap" aria-hidden="true">
                …
              </li>
            ) : (
              <li key={number}>
                <a
                  className="pagination__number"
                  href={pageHref(template, number)}
                  aria-current={number === page ? "page" : undefined}
                >
                  <span className="visually-hidden">Page</span> {number}
                </a>
              </li>
            ),
          )}
        </ul>
        {next ? (
          <a className="pagination__step pagination__step--next" href={next} rel="next">
            Next page <span aria-hidden="true">→</span>
          </a>
        ) : null}
      </div>
    </nav>
  );
}

function RssIcon() {
  return (
    <svg className="blog-rss__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <circle cx="3" cy="13" r="2" fill="currentColor" />
      <path
        d="M1 7a8 8 0 0 1 8 8M1 2a13 13 0 0 1 13 13"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
    </svg>
  );
}

export default function BlogIndexPage({ page }: { page: BlogIndexPageData }) {
  const { active_filter: filter, pagination, filters } = page;

  return (
    <div className="blog-index container">
      <header className="page-header blog-header">
        <h1 id="page-heading" className="page-header__title" tabIndex={-1}>
          {page.title}
          {filter ? (
            <>
              <span className="visually-hidden">:</span>{" "}
              <span className="blog-header__filter">{filterTitle(filter)}</span>
            </>
          ) : null}
          {pagination.page > 1 ? (
            <span className="visually-hidden">
              , page {pagination.page} of {pagination.page_count}
            </span>
          ) : null}
        </h1>
        {page.intro ? <p className="page-header__intro">{page.intro}</p> : null}
        {filter ? (
          <p className="blog-header__showing">
            {postCount(pagination.total)}. <a href={page.path}>Show all posts</a>
          </p>
        ) : null}
      </header>

      {filters.categories.length > 0 ? (
        <nav className="blog-categories" aria-label="Blog categories">
          <FilterLinks
            kind="category"
            options={filters.categories}
            indexPath={page.path}
            active={filter}
            className="blog-chips"
          />
        </nav>
      ) : null}

      <div className="blog-layout">
        <div className="blog-main">
          {page.posts.length > 0 ? (
            <PostGrid posts={page.posts} headingLevel={2} priorityFirst />
          ) : (
            <div className="blog-empty">
              <h2 className="blog-empty__heading">No posts here yet</h2>
              {filter ? (
                <p>
                  Nothing has been published in this list so far.{" "}
                  <a href={page.path}>Show all posts</a>
                </p>
              ) : (
                <p>The first posts are on their way. Please come back soon.</p>
              )}
            </div>
          )}
          <PaginationNav pagination={pagination} />
        </div>

        <aside className="blog-sidebar" aria-label="More from the blog">
          {page.most_read.length > 0 ? (
            <SidebarPart heading="Most read">
              <ol className="blog-side-list">
                {page.most_read.map((post) => {
                  const reads = readCountText(post.views);
                  return (
                    <li key={post.id}>
                      <a href={post.path}>{post.title}</a>
                      {reads ? <span className="blog-side-list__meta">{reads}</span> : null}
                    </li>
                  );
                })}
              </ol>
            </SidebarPart>
          ) : null}

          {page.recent_comments.length > 0 ? (
            <SidebarPart heading="Recent comments">
              <ul className="blog-side-list">
                {page.recent_comments.map((comment) => (
                  <li key={comment.id}>
                    <p className="blog-comment-ref">
                      <span className="blog-comment-ref__name">{comment.name}</span> on{" "}
                      <a href={`${comment.post.path}#comments`}>{comment.post.title}</a>
                    </p>
                    <p className="blog-comment-ref__excerpt">{comment.excerpt}</p>
                    <time className="blog-side-list__meta" dateTime={comment.created_at}>
                      {formatDayOf(comment.created_at)}
                    </time>
                  </li>
                ))}
              </ul>
            </SidebarPart>
          ) : null}

          {filters.tags.length > 0 ? (
            <SidebarPart heading="Tags" as="nav">
              <FilterLinks
                kind="tag"
                options={filters.tags}
                indexPath={page.path}
                active={filter}
                className="blog-chips blog-chips--small"
              />
            </SidebarPart>
          ) : null}

          {filters.authors.length > 0 ? (
            <SidebarPart heading="Authors" as="nav">
              <FilterLinks
                kind="author"
                options={filters.authors}
                indexPath={page.path}
                active={filter}
                className="blog-authors"
              />
            </SidebarPart>
          ) : null}

          <p className="blog-sidebar__part blog-rss">
            {/* The feed is XML from the backend: the browser follows this link itself. */}
            <a href={page.feed_path} rel="alternate" type="application/rss+xml">
              <RssIcon />
              Subscribe by RSS
            </a>
          </p>
        </aside>
      </div>
    </div>
  );
}
