import { afterEach, describe, expect, it, vi } from "vitest";

import { restoreScroll } from "../after-render";

describe("restoreScroll", () => {
  afterEach(() => {
    delete document.documentElement.dataset.restoring;
  });

  it("scrolls while every section is laid out at its real size, then lets the browser skip them again", async () => {
    const restoringDuringScroll: boolean[] = [];
    vi.spyOn(window, "scrollTo").mockImplementation(() => {
      restoringDuringScroll.push("restoring" in document.documentElement.dataset);
    });

    restoreScroll(640);

    expect(window.scrollTo).toHaveBeenCalledWith(0, 640);
    expect(restoringDuringScroll).toEqual([true]);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect("restoring" in document.documentElement.dataset).toBe(false);
  });
});
