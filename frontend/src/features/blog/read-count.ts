/**
 * A post's read counter: one count per post and browser session, sent once the post has
 * painted (never competing with the first paint), and the count to show in the byline.
 * Failures stay silent.
 *
 * The session remembers the count its read brought back: pages are cached and do not
 * change with every read, so a reload would otherwise show the count from before it.
 */
import { useEffect, useMemo, useState } from "react";

import { afterFirstPaint } from "../../lib/after-first-paint";
import { formatNumber } from "../../lib/format";
import { postView } from "./views-api";

const storageKey = (postId: number) => `firelight:read:${postId}`;

/** Reads counted in this page load, for browsers that refuse session storage. */
const countedHere = new Map<number, number>();
/** Counts on their way: a remount (React's strict mode) waits for the same answer. */
const pending = new Map<number, Promise<number | null>>();

/**
 * The count this session's read of the post brought back (0 while it is on its way),
 * or null when the post has not been counted in this session.
 */
function countedViews(postId: number): number | null {
  try {
    const value = sessionStorage.getItem(storageKey(postId));
    return value === null ? null : Number(value) || 0;
  } catch {
    return countedHere.get(postId) ?? null;
  }
}

/** Remembers a counted read (with its count), or forgets it (null) so a visit may retry. */
function remember(postId: number, views: number | null): void {
  try {
    if (views === null) sessionStorage.removeItem(storageKey(postId));
    else sessionStorage.setItem(storageKey(postId), String(views));
  } catch {
    // Private modes and full quotas: remember it for this page load at least.
    if (views === null) countedHere.delete(postId);
    else countedHere.set(postId, views);
  }
}

function countRead(postId: number): Promise<number | null> | undefined {
  const inFlight = pending.get(postId);
  if (inFlight) return inFlight;
  if (countedViews(postId) !== null) return undefined;
  const request = afterFirstPaint()
    .then(() => {
      // Marked as it is sent (not before): a reload before then counts the read again.
      remember(postId, 0);
      return postView(postId);
    })
    .catch(() => null)
    .then((views) => {
      remember(postId, views);
      pending.delete(postId);
      return views;
    });
  pending.set(postId, request);
  return request;
}

/**
 * The read count to show: the page's, or the count this session's read brought back.
 * With `count` false (a preview of a draft) nothing is sent.
 */
export function useReadCount(postId: number, initial: number, count = true): number {
  const [latest, setLatest] = useState<{ postId: number; views: number } | null>(null);
  const earlier = useMemo(() => countedViews(postId) ?? 0, [postId]);

  useEffect(() => {
    if (!count) return;
    let current = true;
    void countRead(postId)?.then((views) => {
      if (current && views !== null) setLatest({ postId, views });
    });
    return () => {
      current = false;
    };
  }, [postId, count]);

  return Math.max(initial, earlier, latest?.postId === postId ? latest.views : 0);
}

/** "Read 149 times", "Read once", or null before the first read. */
export function readCountText(views: number): string | null {
  if (views <= 0) return null;
  return views === 1 ? "Read once" : `Read ${formatNumber(views)} times`;
}
