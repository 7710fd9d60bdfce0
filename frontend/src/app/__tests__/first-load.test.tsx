import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { jsonResponse, site, standardPage } from "../../test/fixtures";
import { App } from "../app";

describe("first load", () => {
  it("renders from the inline data without any request", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    window.history.replaceState(null, "", "/supervision/");
    render(
      <App
        initial={{
          path: "/supervision/",
          page: { kind: "page", page: standardPage("Supervision", "/supervision/") },
          site,
        }}
      />,
    );
    await screen.findByRole("heading", { level: 1, name: "Supervision" });
    expect(screen.getByRole("link", { name: site.name })).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("without inline data (dev server) fetches the page and the site once each", async () => {
    const fetchMock = vi.fn(async (input: RequestInfo | URL) =>
      String(input).startsWith("/api/site/")
        ? jsonResponse(site)
        : jsonResponse(standardPage("Contact", "/contact/")),
    );
    vi.stubGlobal("fetch", fetchMock);
    window.history.replaceState(null, "", "/contact/");
    render(<App initial={null} />);
    await screen.findByRole("heading", { level: 1, name: "Contact" });
    await waitFor(() => expect(screen.getByRole("link", { name: site.name })).toBeTruthy());
    const urls = fetchMock.mock.calls.map(([input]) => String(input)).sort();
    expect(urls).toEqual(["/api/pages/resolve/?path=%2Fcontact%2F", "/api/site/"]);
  });

  it("shows the unavailable state when the backend is down (its 503 shell has no data)", async () => {
    const fetchMock = vi.fn(async () =>
      jsonResponse({ error: { code: "unavailable", message: "Down for a moment" } }, 503),
    );
    vi.stubGlobal("fetch", fetchMock);
    window.history.replaceState(null, "", "/contact/");
    render(<App initial={null} />);
    await screen.findByRole("heading", { level: 1, name: "We'll be right back" });
    expect(screen.getByText(/please try again in a minute/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
    // The header still names the site (the site request failed too).
    expect(screen.getByRole("banner")).toBeTruthy();
  });
});
