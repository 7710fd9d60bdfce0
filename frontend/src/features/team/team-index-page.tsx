import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";

import { MemberGrid } from "../../components/member-card";
import type { components } from "../../lib/api-types";
import {
  filtersFromSearch,
  hasFilters,
  licenseChoices,
  matchCountText,
  matchesFilters,
  NO_FILTERS,
  searchForFilters,
  type DirectoryFilters,
  type FilterName,
} from "./directory-filters";
import { TeamBody, TeamPageHeader } from "./team-parts";
import "./team.css";

type TeamIndexPageData = components["schemas"]["TeamIndexPage"];

/**
 * The filters, kept in the query string so that a shared or reloaded URL shows the same
 * view and Back undoes a change. Each filter the visitor turns to adds a history entry;
 * further changes to the same control (arrowing through a select's options, say) replace
 * it, so the history does not fill with every option passed on the way.
 */
function useUrlFilters(options: TeamIndexPageData["filters"]) {
  const [filters, setFilters] = useState(() => filtersFromSearch(window.location.search, options));
  const lastChanged = useRef<string | null>(null);

  useEffect(() => {
    const onPopState = () => {
      lastChanged.current = null;
      setFilters(filtersFromSearch(window.location.search, options));
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [options]);

  const apply = (next: DirectoryFilters, control: FilterName | "clear") => {
    setFilters(next);
    const { pathname, search, hash } = window.location;
    const nextSearch = searchForFilters(next, search);
    if (nextSearch === search) return;
    const url = pathname + nextSearch + hash;
    try {
      if (lastChanged.current === control)
        window.history.replaceState(window.history.state, "", url);
      else window.history.pushState(window.history.state, "", url);
    } catch {
      // Browsers limit how often history may change; the filters apply all the same.
      return;
    }
    lastChanged.current = control;
  };

  return [filters, apply] as const;
}

export default function TeamIndexPage({ page }: { page: TeamIndexPageData }) {
  const options = page.filters;
  const [filters, apply] = useUrlFilters(options);
  const stateSelect = useRef<HTMLSelectElement>(null);
  const id = useId();
  const members = page.members.filter((member) => matchesFilters(member, filters));
  const licenses = licenseChoices(options, filters.state);

  const onSelect =
    (name: Exclude<FilterName, "accepting">) => (event: ChangeEvent<HTMLSelectElement>) => {
      const next = { ...filters, [name]: event.target.value };
      if (
        name === "state" &&
        !licenseChoices(options, next.state).some((item) => item.code === next.license)
      ) {
        // The license track chosen before is not issued in the new state.
        next.license = "";
      }
      apply(next, name);
    };

  const clear = (focusFirst: boolean) => {
    apply(NO_FILTERS, "clear");
    if (focusFirst) stateSelect.current?.focus();
  };

  return (
    <article className="team-index-page container">
      <TeamPageHeader title={page.title} intro={page.intro} />
      <TeamBody blocks={page.body} />

      <form className="team-filters" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="team-filters__fieldset">
          <legend className="team-filters__legend">Filter supervisors</legend>
          <div className="team-filters__fields">
            <div className="team-field">
              <label htmlFor={`${id}-state`}>State</label>
              <select
                id={`${id}-state`}
                ref={stateSelect}
                value={filters.state}
                onChange={onSelect("state")}
              >
                <option value="">Any state</option>
                {options.states.map((state) => (
                  <option key={state.code} value={state.code}>
                    {state.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="team-field">
              <label htmlFor={`${id}-license`}>License track</label>
              <select id={`${id}-license`} value={filters.license} onChange={onSelect("license")}>
                <option value="">Any license</option>
                {licenses.map((license) => (
                  <option key={`${license.state}-${license.code}`} value={license.code}>
                    {license.code} — {license.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="team-field">
              <label htmlFor={`${id}-specialty`}>Specialty</label>
              <select
                id={`${id}-specialty`}
                value={filters.specialty}
                onChange={onSelect("specialty")}
              >
                <option value="">Any specialty</option>
                {options.specialties.map((specialty) => (
                  <option key={specialty.name} value={specialty.name}>
                    {specialty.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="team-field">
              <label htmlFor={`${id}-format`}>Format</label>
              <select id={`${id}-format`} value={filters.format} onChange={onSelect("format")}>
                <option value="">Any format</option>
                {options.formats.map((format) => (
                  <option key={format.value} value={format.value}>
                    {format.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="team-filters__footer">
            <div className="team-check">
              <input
                id={`${id}-accepting`}
                type="checkbox"
                checked={filters.accepting}
                onChange={(event) =>
                  apply({ ...filters, accepting: event.target.checked }, "accepting")
                }
              />
              <label htmlFor={`${id}-accepting`}>Accepting new supervisees only</label>
            </div>
            <button type="button" className="button button--secondary" onClick={() => clear(false)}>
              Clear filters
            </button>
          </div>
        </fieldset>
      </form>

      <section className="team-results" aria-labelledby={`${id}-results`}>
        <div className="team-results__bar">
          <h2 id={`${id}-results`} className="team-results__heading">
            Supervisors
          </h2>
          <p className="team-results__count" role="status">
            {matchCountText(members.length)}
          </p>
        </div>
        {members.length > 0 ? (
          <MemberGrid members={members} />
        ) : (
          <div className="team-empty">
            <h3 className="team-empty__heading">Nobody fits all of these filters</h3>
            <p>
              Try another specialty or format
              {filters.accepting ? ", include supervisors whose caseloads are full" : ""}, or start
              again with the whole team.
            </p>
            {hasFilters(filters) ? (
              <button type="button" className="button button--primary" onClick={() => clear(true)}>
                Show all supervisors
              </button>
            ) : null}
          </div>
        )}
      </section>
    </article>
  );
}
