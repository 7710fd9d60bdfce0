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
});
