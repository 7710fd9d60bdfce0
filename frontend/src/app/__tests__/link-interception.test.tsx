import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { standardPage } from "../../test/fixtures";
import { mockApi, renderApp, resolveCalls } from "../../test/render-app";

const richText = (html: string) => [{ type: "rich_text" as const, id: "rt", value: { html } }];

const home = standardPage(
  "Supervision",
  "/supervision/",
  richText(
    [
      '<p><a href="/supervision/group/">group supervision</a></p>',
      '<p><a href="https://www.example.org/">an external site</a></p>',
      '<p><a href="/supervision/individual/" target="_blank">in a new tab</a></p>',
      '<p><a href="/admin/">the admin</a></p>',
      '<p><a href="/fees-and-faqs/">fees</a></p>',
    ].join(""),
  ),
);
const group = standardPage("Group supervision", "/supervision/group/");

describe("link interception", () => {
  // Records whether the app prevented the browser's navigation, then stops jsdom
  // from attempting one itself.
  let prevented: boolean[];
  const record = (event: MouseEvent) => {
    prevented.push(event.defaultPrevented);
    event.preventDefault();
  };

  beforeEach(() => {
    prevented = [];
    window.addEventListener("click", record);
  });

  afterEach(() => {
    window.removeEventListener("click", record);
  });

  it("navigates client-side with pushState and exactly one resolve request", async () => {
    const fetchMock = mockApi({ "/supervision/group/": [200, group] });
    await renderApp("/supervision/", home);
    expect(fetchMock).not.toHaveBeenCalled();
    const pushState = vi.spyOn(window.history, "pushState");

    await userEvent.click(screen.getByRole("link", { name: "group supervision" }));

    expect(prevented).toEqual([true]);
    expect(pushState).toHaveBeenCalledOnce();
    expect(window.location.pathname).toBe("/supervision/group/");
    await screen.findByRole("heading", { level: 1, name: "Group supervision" });
    expect(resolveCalls(fetchMock)).toEqual(["/api/pages/resolve/?path=%2Fsupervision%2Fgroup%2F"]);
  });

  it("intercepts menu links too", async () => {
    const fetchMock = mockApi({
      "/fees-and-faqs/": [200, standardPage("Fees & FAQs", "/fees-and-faqs/")],
    });
    await renderApp("/supervision/", home);
    const menu = screen.getByRole("navigation", { name: "Main" });
    fireEvent.click(menu.querySelector('a[href="/fees-and-faqs/"]')!);
    await screen.findByRole("heading", { level: 1, name: "Fees & FAQs" });
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it.each([
    ["an external site", {}],
    ["in a new tab", {}],
    ["the admin", {}],
    ["fees", { metaKey: true }],
    ["fees", { ctrlKey: true }],
    ["fees", { shiftKey: true }],
  ])("does not intercept %s %o", async (name, modifiers) => {
    const fetchMock = mockApi({});
    await renderApp("/supervision/", home);
    const pushState = vi.spyOn(window.history, "pushState");

    fireEvent.click(screen.getByRole("link", { name }), modifiers);

    expect(prevented).toEqual([false]);
    expect(pushState).not.toHaveBeenCalled();
    expect(window.location.pathname).toBe("/supervision/");
    await waitFor(() => expect(fetchMock).not.toHaveBeenCalled());
  });
});
