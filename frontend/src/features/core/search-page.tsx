import { useId } from "react";

import type { components } from "../../lib/api-types";
import { quoted, resultsFor, searchAnnouncement } from "./search";
import "./search.css";

type Schemas = components["schemas"];
type SearchPageData = Schemas["SearchPage"];
type SearchResult = Schemas["SearchResult"];
type Pagination = Schemas["Pagination"];

/**
 * The search box. A plain GET form: without JavaScript the browser loads
 * `/search/?q=…` (the server inlines the results); with it, the navigator loads the
 * results client-side, with one request, as it does for links.
 */
function SearchForm({ action, query }: { action: string; query: string }) {
  const inputId = useId();
  return (
    <form className="search-form" role="search" action={action} method="get">
      <label className="search-form__label" htmlFor={inputId}>
        Search the site
      </label>
      <div className="search-form__row">
        <input
          id={inputId}
          className="search-form__input"
          type="search"
          name="q"
          defaultValue={query}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className="button button--primary">
          Search
        </button>
      </div>
    </form>
  );
}

/** The snippet as text, the searched words marked: never HTML from the API. */
function Snippet({ parts }: { parts: SearchResult["snippet"] }) {
  return (
    <p className="search-result__snippet">
      {parts.map((part, index) =>
        part.highlight ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </p>
  );
}

function ResultItem({ result }: { result: SearchResult }) {
  return (
    <li className="search-result">
      <h3 className="search-result__title">
        <a href={result.path}>{result.title}</a>
      </h3>
      <p className="search-result__type">{result.type_label}</p>
      {result.snippet.length > 0 ? <Snippet parts={result.snippet} /> : null}
    </li>
  );
}

/** Previous and next pages of results, as the API links them (they keep the query). */
function PagesNav({ pagination }: { pagination: Pagination }) {
  const { page, page_count: count, previous, next } = pagination;
  if (count <= 1) return null;
  return (
    <nav className="search-pages" aria-label="Search results pages">
      {previous ? (
        <a className="search-pages__step" href={previous} rel="prev">
          <span aria-hidden="true">←</span> Previous
        </a>
      ) : (
        <span />
      )}
      <p className="search-pages__status">
        Page {page} of {count}
      </p>
      {next ? (
        <a className="search-pages__step search-pages__step--next" href={next} rel="next">
          Next <span aria-hidden="true">→</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

function Results({ page }: { page: SearchPageData }) {
  const headingId = useId();
  const { query, corrected_query: corrected, results, pagination } = page;

  if (results.length === 0) {
    return (
      <section className="search-results search-results--none" aria-labelledby={headingId}>
        <h2 id={headingId} className="search-results__heading">
          No results for {quoted(query)}
        </h2>
        {page.no_results_text ? (
          <p className="search-results__advice">{page.no_results_text}</p>
        ) : null}
      </section>
    );
  }

  return (
    <section className="search-results" aria-labelledby={headingId}>
      <h2 id={headingId} className="search-results__heading">
        {resultsFor(pagination.total, corrected ?? query)}
      </h2>
      {corrected ? (
        <p className="search-results__correction">
          No results for {quoted(query)}. Showing results for {quoted(corrected)}.
        </p>
      ) : null}
      <ol className="search-results__list">
        {results.map((result) => (
          <ResultItem key={result.id} result={result} />
        ))}
      </ol>
      <PagesNav pagination={pagination} />
    </section>
  );
}

export default function SearchPage({ page }: { page: SearchPageData }) {
  return (
    <div className="search-page container">
      <header className="page-header search-page__header">
        <h1
          id="page-heading"
          className="page-header__title"
          tabIndex={-1}
          data-announce={searchAnnouncement(page)}
        >
          {page.title}
        </h1>
        {!page.query && page.intro ? <p className="page-header__intro">{page.intro}</p> : null}
      </header>
      <SearchForm action={page.path} query={page.query} />
      {page.query ? <Results page={page} /> : null}
    </div>
  );
}
