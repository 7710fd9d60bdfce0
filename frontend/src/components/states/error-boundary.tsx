import { Component, type ReactNode } from "react";

import { ErrorState } from "./error-state";

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Rendered beside the error state, e.g. to finish the navigation (focus, title). */
  onFailure?: ReactNode;
}

/** Catches a page that fails to render (or whose code chunk fails to load). */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      // A fresh load picks up a new deployment's chunks.
      return (
        <>
          <ErrorState onRetry={() => window.location.reload()} />
          {this.props.onFailure}
        </>
      );
    }
    return this.props.children;
  }
}
