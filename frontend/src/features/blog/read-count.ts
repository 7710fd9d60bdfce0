/**
 * A post's read counter: one count per post and browser session, sent once the post is
 * on screen, and the count to show in the byline. Failures stay silent.
 */
import { useEffect, useState } from "react";

import { formatNumber } from "../../lib/format";
import { postView } from "./views-api";

const storageKey = (postId: number) => `firelight:read:${postId}`;

/** Posts counted in this page load, for browsers that refuse session storage. */
const countedHere = new Set<number>();
/** Counts on their way: a remount (React's strict mode) waits for the same answer. */
const pending = new Map<number, Promise<number | null>>();

function wasCounted(postId: number): boolean {
  try {
    return sessionStorage.getItem(storageKey(postId)) !== null;
  } catch {
    return countedHere.has(postId);
  }
}

function markCounted(postId: number, isCounted: boolean): void {
  try {
    if (isCounted) sessionStorage.setItem(storageKey(postId), "1");
    else sessionStorage.removeItem(storageKey(postId));
  } catch {
    // Private modes and full quotas: remember it for this page load at least.
    if (isCounted) countedHere.add(postId);
    else countedHere.delete(postId);
  }
}

function countRead(postId: number): Promise<number | null> | undefined {
  const inFlight = pending.get(postId);
  if (inFlight) return inFlight;
  if (wasCounted(postId)) return undefined;
  markCounted(postId, true);
  const request = postView(postId)
    .catch(() => null)
    .then((views) => {
      // A read that could not be counted may be counted on a later visit.
      if (views === null) markCounted(postId, false);
      pending.delete(postId);
      return views;
    });
  pending.set(postId, request);
  return request;
}

/** The read count to show: the page's, then the server's once this read is counted. */
export function useReadCount(postId: number, initial: number): number {
  const [latest, setLatest] = useState<{ postId: number; views: number } | null>(null);

  useEffect(() => {
    let current = true;
    void countRead(postId)?.then((views) => {
      if (current && views !== null) setLatest({ postId, views });
    });
    return () => {
      current = false;
    };
  }, [postId]);

  return latest?.postId === postId ? latest.views : initial;
}

/** "Read 149 times", "Read once", or null before the first read. */
export function readCountText(views: number): string | null {
  if (views <= 0) return null;
  return views === 1 ? "Read once" : `Read ${formatNumber(views)} times`;
}
