import { useCallback, useEffect, useRef, useState } from "react";

import { newIdempotencyKey } from "./idempotency-key";
import type { PostOutcome } from "./post-json";
import { useFocusAfterRender } from "./use-focus-after-render";

/** The submission a retry repeats: the same fields go out with the same key. */
interface Attempt {
  key: string;
  fingerprint: string;
}

type Post<T> = (idempotencyKey: string, signal: AbortSignal) => Promise<PostOutcome<T>>;

/**
 * A visitor's form submission: sent with an idempotency key (the same one again when the
 * visitor retries the same answers after a failure), one request at a time, and aborted
 * when the form goes away. `send` resolves to null when the request was aborted (the page
 * is going away: nothing more to show).
 */
export function useSubmission() {
  const [sending, setSending] = useState(false);
  /** Set at once (state waits for a render), so a second press cannot send twice. */
  const inFlight = useRef(false);
  const attempt = useRef<Attempt | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const send = useCallback(
    async <T>(fingerprint: string, post: Post<T>): Promise<PostOutcome<T> | null> => {
      if (attempt.current?.fingerprint !== fingerprint) {
        attempt.current = { key: newIdempotencyKey(), fingerprint };
      }
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      inFlight.current = true;
      setSending(true);
      let outcome;
      try {
        outcome = await post(attempt.current.key, current.signal);
      } catch {
        return null; // Aborted: the page is going away.
      }
      inFlight.current = false;
      setSending(false);
      // Taken: the next answers are a new submission.
      if (outcome.kind === "ok") attempt.current = null;
      return outcome;
    },
    [],
  );

  return { sending, inFlight, send };
}

/** An invalid outcome's messages: those for the form's fields, and the rest. */
export function splitFieldErrors<F extends string>(
  messages: Record<string, string>,
  isField: (name: string) => name is F,
): { found: Partial<Record<F, string>>; other: string[] } {
  const found: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const [name, message] of Object.entries(messages)) {
    if (isField(name)) found[name] = message;
    else other.push(message);
  }
  return { found, other };
}

/**
 * Errors beside a form's fields: one is cleared when its field changes, and focus goes
 * to the first (in `order`) once its error is on screen, to be read with it.
 */
export function useFieldErrors<F extends string>(
  order: readonly F[],
  targetId: (field: F) => string,
) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const focusLater = useFocusAfterRender();

  const clearError = (field: F) => {
    setErrors((current) => {
      if (!current[field]) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  };

  const showErrors = (found: Partial<Record<F, string>>) => {
    setErrors(found);
    const first = order.find((field) => found[field]);
    if (first) focusLater(() => document.getElementById(targetId(first)));
  };

  /** Shows the errors a check found, or clears them all: true when it found none. */
  const passes = (found: Partial<Record<F, string>>) => {
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return false;
    }
    setErrors({});
    return true;
  };

  return { errors, clearError, showErrors, passes, focusLater };
}
