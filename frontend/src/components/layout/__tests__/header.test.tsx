import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { site } from "../../../test/fixtures";
import { Header } from "../header";

function renderHeader(path = "/supervision/group/") {
  window.history.replaceState(null, "", path);
  render(
    <>
      <Header site={site} />
      <p>Outside</p>
    </>,
  );
  return screen.getByRole("navigation", { name: "Main" });
}

describe("header and main menu", () => {
  it("links the site name home and shows the consultation call to action", () => {
    renderHeader();
    expect(screen.getByRole("link", { name: site.name }).getAttribute("href")).toBe("/");
    const ctas = screen.getAllByRole("link", { name: site.consultation_cta.label });
    expect(ctas.map((link) => link.getAttribute("href"))).toContain(
      "/team/free-phone-consultation/",
    );
  });

  it("marks the current page with aria-current", () => {
    const nav = renderHeader();
    const current = nav.querySelectorAll('[aria-current="page"]');
    expect([...current].map((el) => el.textContent)).toEqual(["Group supervision"]);
  });

  it("opens a submenu with its disclosure button and closes it with Escape, focus returning", async () => {
    const nav = renderHeader();
    const button = within(nav).getByRole("button", { name: "Supervision submenu" });
    const submenu = document.getElementById(button.getAttribute("aria-controls")!)!;
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(submenu.hasAttribute("data-open")).toBe(false);

    await userEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(submenu.hasAttribute("data-open")).toBe(true);
    expect(within(submenu).getByRole("link", { name: "Individual supervision" })).toBeTruthy();

    within(submenu).getByRole("link", { name: "Individual supervision" }).focus();
    await userEvent.keyboard("{Escape}");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(button);
  });

  it("opens submenus from the keyboard, one at a time", async () => {
    const nav = renderHeader();
    const first = within(nav).getByRole("button", { name: "Supervision submenu" });
    const second = within(nav).getByRole("button", { name: "Contact submenu" });
    first.focus();
    await userEvent.keyboard("{Enter}");
    expect(first.getAttribute("aria-expanded")).toBe("true");
    second.focus();
    await userEvent.keyboard(" ");
    expect(second.getAttribute("aria-expanded")).toBe("true");
    expect(first.getAttribute("aria-expanded")).toBe("false");
  });

  it("closes an open submenu on an outside click and on navigation", async () => {
    const nav = renderHeader();
    const button = within(nav).getByRole("button", { name: "Supervision submenu" });
    await userEvent.click(button);
    await userEvent.click(screen.getByText("Outside"));
    expect(button.getAttribute("aria-expanded")).toBe("false");

    await userEvent.click(button);
    act(() => window.history.pushState(null, "", "/contact/"));
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("has a Menu toggle that reveals the whole menu on phones and closes with Escape", async () => {
    renderHeader();
    const toggle = screen.getByRole("button", { name: "Menu" });
    const panel = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    expect(panel.getAttribute("aria-label")).toBe("Main");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");

    await userEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(panel.hasAttribute("data-open")).toBe(true);
    // Every level is in the one list.
    expect(within(panel).getAllByRole("link")).toHaveLength(6);

    fireEvent.keyDown(within(panel).getByRole("link", { name: "Contact" }), { key: "Escape" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(toggle);
  });

  it("has a site search: a GET form to the search page, named for screen readers", () => {
    renderHeader();
    // The bar's (wide screens) and the phone menu's: CSS shows one of them.
    const forms = screen.getAllByRole("search", { name: "Site search" });
    expect(forms).toHaveLength(2);
    for (const form of forms) {
      expect(form.getAttribute("action")).toBe("/search/");
      expect(form.getAttribute("method")).toBe("get");
      const box = within(form).getByRole("searchbox", { name: "Search" });
      expect(box.getAttribute("name")).toBe("q");
      expect(within(form).getByRole("button", { name: "Search" }).getAttribute("type")).toBe(
        "submit",
      );
    }
    const toggle = screen.getByRole("button", { name: "Menu" });
    const panel = document.getElementById(toggle.getAttribute("aria-controls")!)!.parentElement!;
    expect(panel.contains(forms[1]!)).toBe(true);
  });

  it("closes the phone menu when a search is sent from it", async () => {
    renderHeader();
    const toggle = screen.getByRole("button", { name: "Menu" });
    await userEvent.click(toggle);
    const form = screen.getAllByRole("search")[1]!;
    form.addEventListener("submit", (event) => event.preventDefault());
    fireEvent.submit(form);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
  });
});
