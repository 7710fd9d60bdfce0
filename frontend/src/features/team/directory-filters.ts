/**
 * The team directory's filters: read from and written to the query string
 * (`?state=CO&license=LPC&specialty=DBT&format=group&accepting=1`), and applied to the
 * members the page already has, without a request.
 */
import type { components } from "../../lib/api-types";

type Schemas = components["schemas"];
type TeamMemberSummary = Schemas["TeamMemberSummary"];
type FilterOptions = Schemas["DirectoryFilters"];
type LicenseType = Schemas["LicenseType"];

export interface DirectoryFilters {
  /** A state code, or "" for any state. */
  state: string;
  /** A license code, or "" for any license. */
  license: string;
  /** A specialty name, or "". */
  specialty: string;
  /** A format value, or "". */
  format: string;
  accepting: boolean;
}

export type FilterName = keyof DirectoryFilters;

export const NO_FILTERS: DirectoryFilters = {
  state: "",
  license: "",
  specialty: "",
  format: "",
  accepting: false,
};

/** The parameter each filter is kept in. */
const PARAMS: Record<FilterName, string> = {
  state: "state",
  license: "license",
  specialty: "specialty",
  format: "format",
  accepting: "accepting",
};

/**
 * The license tracks to offer: those of the chosen state, or every code once (the same
 * code, such as LMFT, can be issued by several states).
 */
export function licenseChoices(options: FilterOptions, state: string): LicenseType[] {
  if (state) return options.license_types.filter((license) => license.state === state);
  const seen = new Set<string>();
  return options.license_types.filter((license) => {
    if (seen.has(license.code)) return false;
    seen.add(license.code);
    return true;
  });
}

/** The filters a query string asks for; values the options do not offer are ignored. */
export function filtersFromSearch(search: string, options: FilterOptions): DirectoryFilters {
  const params = new URLSearchParams(search);
  const pick = (name: FilterName, allowed: readonly string[]) => {
    const value = params.get(PARAMS[name]) ?? "";
    return allowed.includes(value) ? value : "";
  };
  const state = pick(
    "state",
    options.states.map((item) => item.code),
  );
  return {
    state,
    license: pick(
      "license",
      licenseChoices(options, state).map((item) => item.code),
    ),
    specialty: pick(
      "specialty",
      options.specialties.map((item) => item.name),
    ),
    format: pick(
      "format",
      options.formats.map((item) => item.value),
    ),
    accepting: params.get(PARAMS.accepting) === "1",
  };
}

/**
 * The query string for `filters`, keeping the parameters that are not filters (campaign
 * tags, for instance) as they were.
 */
export function searchForFilters(filters: DirectoryFilters, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const name of Object.keys(PARAMS) as FilterName[]) {
    const value = filters[name];
    if (value === "" || value === false) params.delete(PARAMS[name]);
    else params.set(PARAMS[name], value === true ? "1" : value);
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function hasFilters(filters: DirectoryFilters): boolean {
  return (Object.keys(PARAMS) as FilterName[]).some((name) => filters[name] !== NO_FILTERS[name]);
}

/** Whether a member fits every chosen filter. */
export function matchesFilters(member: TeamMemberSummary, filters: DirectoryFilters): boolean {
  const { state, license, specialty, format, accepting } = filters;
  if (state && !member.licenses.some((item) => item.state === state)) return false;
  if (
    license &&
    !member.licenses.some((item) => item.code === license && (!state || item.state === state))
  ) {
    return false;
  }
  if (specialty && !member.specialties.includes(specialty)) return false;
  if (format && !member.formats.includes(format)) return false;
  return !accepting || member.accepting_new;
}

/** "3 supervisors match", "1 supervisor matches", "No supervisors match". */
export function matchCountText(count: number): string {
  if (count === 0) return "No supervisors match";
  return count === 1 ? "1 supervisor matches" : `${count} supervisors match`;
}
