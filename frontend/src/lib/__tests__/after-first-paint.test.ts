import { afterEach, describe, expect, it, vi } from "vitest";

import { afterFirstPaint, LOAD_GRACE_MS } from "../after-first-paint";

type PaintCallback = () => void;

/** A browser with paint timing, whose first contentful paint comes when `paint()` says. */
function stubPaintTiming() {
  let painted = false;
  const observers: PaintCallback[] = [];
  class FakeObserver {
    static supportedEntryTypes = ["paint"];
    private readonly callback: PaintCallback;
    constructor(callback: PaintCallback) {
      this.callback = callback;
    }
    observe() {
      observers.push(this.callback);
    }
    disconnect() {
      observers.splice(observers.indexOf(this.callback), 1);
    }
  }
  vi.stubGlobal("PerformanceObserver", FakeObserver);
  vi.spyOn(performance, "getEntriesByName").mockImplementation((name: string) =>
    painted && name === "first-contentful-paint" ? [{} as PerformanceEntry] : [],
  );
  return {
    paint() {
      painted = true;
      [...observers].forEach((callback) => callback());
    },
    observers,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("afterFirstPaint", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("waits for the first contentful paint, then stops observing", async () => {
    const timing = stubPaintTiming();
    const resolved = vi.fn();
    void afterFirstPaint().then(resolved);
    await tick();
    expect(resolved).not.toHaveBeenCalled();

    timing.paint();
    await tick();
    expect(resolved).toHaveBeenCalledOnce();
    expect(timing.observers).toHaveLength(0);
  });

  it("resolves at once when the page has already painted (a client-side navigation)", async () => {
    const timing = stubPaintTiming();
    timing.paint();
    await expect(afterFirstPaint()).resolves.toBeUndefined();
    expect(timing.observers).toHaveLength(0);
  });

  it("resolves after the load event and a grace period when no paint is ever recorded", async () => {
    vi.useFakeTimers();
    try {
      const timing = stubPaintTiming();
      const resolved = vi.fn();
      void afterFirstPaint().then(resolved);
      await vi.advanceTimersByTimeAsync(LOAD_GRACE_MS - 10);
      expect(resolved).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(20);
      expect(resolved).toHaveBeenCalledOnce();
      expect(timing.observers).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("without paint timing, waits for the document to load", async () => {
    vi.stubGlobal("PerformanceObserver", undefined);
    expect(document.readyState).toBe("complete");
    await expect(afterFirstPaint()).resolves.toBeUndefined();
  });
});
