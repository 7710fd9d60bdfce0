import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import EditorBar, { editPageUrl, expiryText } from "../editor-bar";

describe("EditorBar", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("links the admin's editor of the page shown", () => {
    render(<EditorBar pageId={12} />);
    expect(screen.getByText("You are signed in to the admin.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Edit this page" }).getAttribute("href")).toBe(
      "/admin/pages/12/edit/",
    );
  });

  it("has no link without a page", () => {
    render(<EditorBar pageId={null} />);
    expect(screen.getByText("You are signed in to the admin.")).toBeTruthy();
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("links the admin on the API's origin when the API lives elsewhere", async () => {
    expect(editPageUrl(42)).toBe("/admin/pages/42/edit/");
    vi.stubEnv("VITE_API_BASE_URL", "https://cms.firelight.example");
    vi.resetModules();
    const { editPageUrl: elsewhere } = await import("../editor-bar");
    expect(elsewhere(42)).toBe("https://cms.firelight.example/admin/pages/42/edit/");
  });

  it("shows a preview's banner instead, with the expiry in words", () => {
    render(<EditorBar pageId={12} preview={{ expires_at: "2026-12-03T15:00:00Z" }} />);
    expect(screen.getByRole("note").textContent).toMatch(
      /^Preview of a draft: not published This link expires on December 3, 2026 at /,
    );
    expect(screen.queryByRole("link")).toBeNull();
    expect(expiryText("not a date")).toBeNull();
  });
});
