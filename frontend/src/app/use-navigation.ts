import { useCallback, useEffect, useReducer, useState } from "react";

import { afterRender, type RenderedView } from "./after-render";
import {
  initialNavigationState,
  navigationReducer,
  type Content,
  type NavigationState,
} from "./navigation-state";
import { Navigator } from "./navigator";

export interface Navigation {
  state: NavigationState;
  retry: () => void;
  /** Called by what the main area rendered for `state.renderId`, once it is on screen. */
  onRendered: (renderId: number, view: RenderedView) => void;
}

export function useNavigation(initial: Content | null, siteName: string): Navigation {
  const [state, dispatch] = useReducer(navigationReducer, initial, initialNavigationState);
  const [navigator] = useState(() => new Navigator(dispatch, initial));

  useEffect(() => navigator.connect(), [navigator]);

  const retry = useCallback(() => navigator.retry(), [navigator]);
  const onRendered = useCallback(
    (renderId: number, view: RenderedView) => {
      const pending = navigator.takeRendered(renderId);
      if (pending) afterRender(pending, view, siteName);
    },
    [navigator, siteName],
  );

  return { state, retry, onRendered };
}
