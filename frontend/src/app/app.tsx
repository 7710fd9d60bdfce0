import { lazy, Suspense, useEffect } from "react";

import { Breadcrumbs } from "../components/layout/breadcrumbs";
import { Footer } from "../components/layout/footer";
import { Header } from "../components/layout/header";
import { ProgressBar } from "../components/layout/progress-bar";
import { RouteAnnouncer } from "../components/layout/route-announcer";
import { SkipLink } from "../components/layout/skip-link";
import { ErrorBoundary } from "../components/states/error-boundary";
import { ErrorState } from "../components/states/error-state";
import { LoadingState } from "../components/states/loading-state";
import { OfflineState } from "../components/states/offline-state";
import { UnavailableState } from "../components/states/unavailable-state";
import type { ResolveResult, Site } from "../lib/api-client";
import type { InlineData } from "../lib/inline-data";
import { PreviewContext } from "../lib/preview-context";
import { SiteContext } from "../lib/site-context";
import type { RenderedView } from "./after-render";
import type { Content } from "./navigation-state";
import { PageView } from "./page-view";
import { useNavigation, type Navigation } from "./use-navigation";
import { useSite } from "./use-site";
import "../styles/base.css";
import "../styles/layout.css";
import "../styles/blocks.css";
import "../styles/states.css";

const MAIN_ID = "main-content";

// Rarely needed (a missing page; an editor's bar, a preview's banner): loaded when shown.
const NotFound = lazy(() => import("../components/states/not-found"));
const EditorBar = lazy(() => import("../components/layout/editor-bar"));

/** Set by the backend (readable, not a credential) while an admin user is signed in. */
const editorSignedIn = () => /(^|; )firelight_editor=1(;|$)/.test(document.cookie);

/** Reports that what the main area shows for `renderId` has been committed. */
function RenderSignal({
  renderId,
  view,
  onRendered,
}: {
  renderId: number;
  view: RenderedView;
  onRendered: Navigation["onRendered"];
}) {
  useEffect(() => {
    onRendered(renderId, view);
  }, [renderId, view, onRendered]);
  return null;
}

function MainContent({ navigation, site }: { navigation: Navigation; site: Site | null }) {
  const { state, retry, onRendered } = navigation;
  const { content, failure, message, renderId } = state;

  if (failure) {
    const view: RenderedView = { kind: "failure", failure };
    return (
      <>
        {failure === "offline" ? (
          <OfflineState onRetry={retry} />
        ) : failure === "unavailable" ? (
          <UnavailableState onRetry={retry} />
        ) : (
          <ErrorState onRetry={retry} message={message} />
        )}
        <RenderSignal renderId={renderId} view={view} onRendered={onRendered} />
      </>
    );
  }
  if (!content || (state.loading && state.slow)) return <LoadingState />;
  return (
    <>
      {content.kind === "page" ? <Breadcrumbs items={content.page.breadcrumbs} /> : null}
      <ErrorBoundary
        key={renderId}
        onFailure={
          // A page whose code fails to load still gets its focus move and announcement.
          <RenderSignal
            renderId={renderId}
            view={{ kind: "failure", failure: "error" }}
            onRendered={onRendered}
          />
        }
      >
        <Suspense fallback={<LoadingState />}>
          {content.kind === "page" ? (
            <PreviewContext value={!!content.preview}>
              <PageView page={content.page} />
            </PreviewContext>
          ) : (
            <NotFound site={site} />
          )}
          {/* Inside the boundary: it commits only once the page's chunk has loaded. */}
          <RenderSignal renderId={renderId} view={content} onRendered={onRendered} />
        </Suspense>
      </ErrorBoundary>
    </>
  );
}

function initialContent(result: ResolveResult | null | undefined): Content | null {
  // A redirect cannot be rendered: the navigator fetches and follows it instead.
  return result && result.kind !== "redirect" ? result : null;
}

export function App({ initial }: { initial: InlineData | null }) {
  const site = useSite(initial?.site ?? null);
  const navigation = useNavigation(initialContent(initial?.page), site?.name ?? "");
  const { loading, content, failure } = navigation.state;
  const shown = !failure && content?.kind === "page" ? content : null;

  return (
    <div className="app">
      <SkipLink targetId={MAIN_ID} />
      <Suspense>
        {shown?.preview || editorSignedIn() ? (
          <EditorBar preview={shown?.preview} pageId={shown?.page.id ?? null} />
        ) : null}
      </Suspense>
      <ProgressBar active={loading} />
      <Header site={site} />
      <main id={MAIN_ID} className="site-main" tabIndex={-1} aria-busy={loading}>
        <SiteContext value={site}>
          <MainContent navigation={navigation} site={site} />
        </SiteContext>
      </main>
      <Footer site={site} />
      <RouteAnnouncer />
    </div>
  );
}
