import { afterEach, describe, expect, it } from "vitest";

import { interceptableHref, interceptableSubmit, isSpaPath } from "../links";

function clickOn(html: string, init: MouseEventInit = {}): string | null {
  document.body.innerHTML = html;
  const anchor = document.querySelector("a")!;
  const target = anchor.querySelector("span") ?? anchor;
  let result: string | null = "not clicked";
  const listener = (event: MouseEvent) => {
    result = interceptableHref(event);
    event.preventDefault(); // jsdom does not navigate, but keep it from trying
  };
  document.addEventListener("click", listener);
  target.dispatchEvent(
    new MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ...init }),
  );
  document.removeEventListener("click", listener);
  return result;
}

describe("interceptableHref", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("intercepts same-origin page links, from nested elements too", () => {
    expect(clickOn('<a href="/supervision/"><span>Supervision</span></a>')).toBe("/supervision/");
    expect(clickOn(`<a href="${window.location.origin}/fees/?state=co#top">Fees</a>`)).toBe(
      "/fees/?state=co#top",
    );
  });

  it("leaves other origins and schemes to the browser", () => {
    expect(clickOn('<a href="https://www.linkedin.com/company/x">LinkedIn</a>')).toBeNull();
    expect(clickOn('<a href="mailto:hello@firelight.example">Mail</a>')).toBeNull();
    expect(clickOn('<a href="tel:+17205550142,2">Call</a>')).toBeNull();
  });

  it("leaves modifier clicks, other buttons, new tabs and downloads alone", () => {
    expect(clickOn('<a href="/a/">A</a>', { metaKey: true })).toBeNull();
    expect(clickOn('<a href="/a/">A</a>', { ctrlKey: true })).toBeNull();
    expect(clickOn('<a href="/a/">A</a>', { shiftKey: true })).toBeNull();
    expect(clickOn('<a href="/a/">A</a>', { altKey: true })).toBeNull();
    expect(clickOn('<a href="/a/">A</a>', { button: 1 })).toBeNull();
    expect(clickOn('<a href="/a/" target="_blank">A</a>')).toBeNull();
    expect(clickOn('<a href="/a/" download>A</a>')).toBeNull();
    expect(clickOn('<a href="/a/" rel="external">A</a>')).toBeNull();
    expect(clickOn('<a href="/a/" target="_self">A</a>')).toBe("/a/");
  });

  it("leaves backend paths and files alone", () => {
    for (const href of [
      "/admin/",
      "/admin/pages/3/",
      "/documents/12/fees.pdf",
      "/media/images/x.webp",
      "/api/site/",
      "/sitemap.xml",
      "/blog/feed/",
    ]) {
      expect(clickOn(`<a href="${href}">x</a>`), href).toBeNull();
    }
  });

  it("leaves links to other media types (a feed) to the browser", () => {
    expect(
      clickOn('<a href="/news/rss/" rel="alternate" type="application/rss+xml">RSS</a>'),
    ).toBeNull();
    expect(clickOn('<a href="/blog/" type="text/html">Blog</a>')).toBe("/blog/");
  });

  it("leaves in-page anchors to the browser", () => {
    window.history.replaceState(null, "", "/fees/");
    expect(clickOn('<a href="#costs">Costs</a>')).toBeNull();
    expect(clickOn('<a href="/fees/#costs">Costs</a>')).toBeNull();
    expect(clickOn('<a href="/other/#costs">Costs</a>')).toBe("/other/#costs");
  });

  it("ignores clicks a component has already handled", () => {
    document.body.innerHTML = '<a href="/a/">A</a>';
    let result: string | null = "not clicked";
    const handled = (event: MouseEvent) => event.preventDefault();
    const check = (event: MouseEvent) => (result = interceptableHref(event));
    document.body.addEventListener("click", handled);
    document.addEventListener("click", check);
    document.querySelector("a")!.click();
    document.removeEventListener("click", check);
    expect(result).toBeNull();
  });
});

describe("isSpaPath", () => {
  it("accepts page paths", () => {
    expect(isSpaPath("/")).toBe(true);
    expect(isSpaPath("/supervision/group/")).toBe(true);
    expect(isSpaPath("/administration/")).toBe(true);
  });
});

function submit(html: string, prevent = false): string | null {
  document.body.innerHTML = html;
  const form = document.querySelector("form")!;
  let result: string | null = "not submitted";
  const handled = (event: Event) => event.preventDefault();
  const listener = (event: SubmitEvent) => {
    result = interceptableSubmit(event);
    event.preventDefault(); // jsdom does not submit forms
  };
  if (prevent) form.addEventListener("submit", handled);
  document.addEventListener("submit", listener);
  form.dispatchEvent(new SubmitEvent("submit", { bubbles: true, cancelable: true }));
  document.removeEventListener("submit", listener);
  return result;
}

describe("interceptableSubmit", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("turns a GET form to a site page into the URL it would load", () => {
    expect(
      submit(
        '<form action="/search/" method="get"><input name="q" value="risk &amp; safety"></form>',
      ),
    ).toBe("/search/?q=risk+%26+safety");
    // The fields replace the action's own query, as the browser does.
    expect(submit('<form action="/search/?page=3"><input name="q" value="a"></form>')).toBe(
      "/search/?q=a",
    );
    expect(submit('<form action="/search/"><input name="q" value=""></form>')).toBe("/search/?q=");
  });

  it("leaves posts, other origins, backend paths, new tabs and handled forms alone", () => {
    expect(submit('<form action="/search/" method="post"><input name="q"></form>')).toBeNull();
    expect(submit('<form action="https://example.com/search/"><input name="q"></form>')).toBeNull();
    expect(submit('<form action="/admin/pages/search/"><input name="q"></form>')).toBeNull();
    expect(submit('<form action="/search/" target="_blank"><input name="q"></form>')).toBeNull();
    expect(submit('<form action="/search/"><input name="q"></form>', true)).toBeNull();
  });
});
