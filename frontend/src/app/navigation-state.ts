/**
 * What the main area shows, as a reducer: the last content that loaded (kept on
 * screen while the next page loads), or a failure, plus loading flags.
 */
import type { ApiPage, Preview } from "../lib/api-client";

export type Content =
  { kind: "page"; page: ApiPage; preview?: Preview } | { kind: "not-found"; message: string };
/** "unavailable": the API answered 503 (down for a moment); "error": anything else. */
export type Failure = "offline" | "unavailable" | "error";

export interface NavigationState {
  content: Content | null;
  failure: Failure | null;
  /** What the API said went wrong, to show instead of the general words; or null. */
  message: string | null;
  loading: boolean;
  /** Loading has taken long enough that the old page should give way to a placeholder. */
  slow: boolean;
  /** Increments with every content or failure committed; keys the after-render work. */
  renderId: number;
  /** The latest request; actions from older (aborted) requests are ignored. */
  requestId: number;
}

export type NavigationAction =
  | { type: "start"; requestId: number }
  | { type: "slow"; requestId: number }
  | { type: "loaded"; requestId: number; renderId: number; content: Content }
  | {
      type: "failed";
      requestId: number;
      renderId: number;
      failure: Failure;
      message: string | null;
    };

export function initialNavigationState(content: Content | null): NavigationState {
  return {
    content,
    failure: null,
    message: null,
    loading: content === null,
    slow: false,
    renderId: 0,
    requestId: 0,
  };
}

export function navigationReducer(
  state: NavigationState,
  action: NavigationAction,
): NavigationState {
  if (action.requestId < state.requestId) return state;
  switch (action.type) {
    case "start":
      return { ...state, loading: true, slow: false, requestId: action.requestId };
    case "slow":
      return state.loading ? { ...state, slow: true } : state;
    case "loaded":
      return {
        content: action.content,
        failure: null,
        message: null,
        loading: false,
        slow: false,
        renderId: action.renderId,
        requestId: action.requestId,
      };
    case "failed":
      return {
        ...state,
        failure: action.failure,
        message: action.message,
        loading: false,
        slow: false,
        renderId: action.renderId,
        requestId: action.requestId,
      };
  }
}
