import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import type { BodyBlock } from "../../../lib/api-client";
import { image } from "../../../test/fixtures";
import { BlockCallToAction } from "../block-call-to-action";
import { BlockCards } from "../block-cards";
import { BlockEmbed, withIframeTitle } from "../block-embed";
import { BlockFaqList } from "../block-faq-list";
import { BlockHeading } from "../block-heading";
import { BlockImage } from "../block-image";
import { BlockQuote } from "../block-quote";
import { BlockRichText } from "../block-rich-text";
import { StreamField } from "../stream-field";

describe("block renderers", () => {
  it("heading renders the level the editor chose", () => {
    const { rerender } = render(<BlockHeading value={{ text: "Our approach", level: "h2" }} />);
    expect(screen.getByRole("heading", { level: 2, name: "Our approach" })).toBeTruthy();
    rerender(<BlockHeading value={{ text: "Details", level: "h3" }} />);
    expect(screen.getByRole("heading", { level: 3, name: "Details" })).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 2 })).toBeNull();
  });

  it("rich text renders the HTML with its links", () => {
    render(
      <BlockRichText value={{ html: '<p>Read <a href="/supervision/">how it works</a>.</p>' }} />,
    );
    const link = screen.getByRole("link", { name: "how it works" });
    expect(link.getAttribute("href")).toBe("/supervision/");
    expect(link.closest("p")?.textContent).toBe("Read how it works.");
  });

  it("image renders width, height, srcset, sizes, lazy loading and a caption", () => {
    render(<BlockImage value={{ image, caption: "The foothills at dusk" }} />);
    const img = screen.getByRole("img", { name: image.alt });
    expect(img.getAttribute("width")).toBe("1024");
    expect(img.getAttribute("height")).toBe("768");
    expect(img.getAttribute("srcset")).toBe(image.srcset);
    expect(img.getAttribute("sizes")).toBeTruthy();
    expect(img.getAttribute("loading")).toBe("lazy");
    expect(img.closest("figure")?.querySelector("figcaption")?.textContent).toBe(
      "The foothills at dusk",
    );
  });

  it("image with empty alt is decorative", () => {
    const { container } = render(
      <BlockImage value={{ image: { ...image, alt: "" }, caption: "" }} />,
    );
    expect(container.querySelector("img")?.getAttribute("alt")).toBe("");
    expect(screen.queryByRole("img")).toBeNull();
    expect(container.querySelector("figcaption")).toBeNull();
  });

  it("quote renders a blockquote with attribution and role in the figcaption", () => {
    const { container } = render(
      <BlockQuote
        value={{ text: "I left clearer.", attribution: "Jordan Reyes", role: "LPC candidate" }}
      />,
    );
    const figure = container.querySelector("figure");
    expect(figure?.querySelector("blockquote")?.textContent).toBe("I left clearer.");
    expect(figure?.querySelector("figcaption")?.textContent).toContain("Jordan Reyes");
    expect(figure?.querySelector("figcaption")?.textContent).toContain("LPC candidate");
  });

  it("call to action renders its heading, text and a button-styled link", () => {
    render(
      <BlockCallToAction
        value={{
          heading: "Not sure where to start?",
          text: "Book a free call.",
          button_label: "Request a call",
          href: "/team/free-phone-consultation/",
          external: false,
        }}
      />,
    );
    const region = screen.getByRole("region", { name: "Not sure where to start?" });
    const link = within(region).getByRole("link", { name: "Request a call" });
    expect(link.getAttribute("href")).toBe("/team/free-phone-consultation/");
    expect(link.className).toContain("button");
    expect(within(region).getByText("Book a free call.")).toBeTruthy();
  });

  it("call to action without a public target renders no dead link", () => {
    render(
      <BlockCallToAction
        value={{ heading: "Soon", text: "", button_label: "Go", href: null, external: false }}
      />,
    );
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("FAQ list renders each question as details/summary with the answer HTML", () => {
    const { container } = render(
      <BlockFaqList
        value={{
          heading: "Common questions",
          items: [
            {
              question: "Can I be supervised online?",
              answer: "<p>In most cases, <strong>yes</strong>.</p>",
            },
            { question: "What does it cost?", answer: "<p>See our fees.</p>" },
          ],
        }}
      />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Common questions" })).toBeTruthy();
    const details = container.querySelectorAll("details");
    expect(details).toHaveLength(2);
    expect(details[0]?.querySelector("summary")?.textContent).toBe("Can I be supervised online?");
    expect(details[0]?.querySelector("strong")?.textContent).toBe("yes");
    expect(details[0]?.open).toBe(false);
  });

  it("embed renders the provider HTML, titling its iframe", () => {
    const { container } = render(
      <BlockEmbed
        value={{
          url: "https://www.youtube.com/watch?v=abc",
          html: '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
          title: "Meet our supervisors",
          caption: "A two-minute introduction",
        }}
      />,
    );
    const iframe = container.querySelector("iframe");
    expect(iframe?.getAttribute("src")).toBe("https://www.youtube.com/embed/abc");
    expect(iframe?.getAttribute("title")).toBe("Meet our supervisors");
    expect(container.querySelector("figcaption")?.textContent).toBe("A two-minute introduction");
  });

  it("embed without HTML falls back to a link card to the URL", () => {
    const { container } = render(
      <BlockEmbed
        value={{ url: "https://vimeo.com/123", html: null, title: "Our training", caption: "" }}
      />,
    );
    expect(container.querySelector("iframe")).toBeNull();
    const link = screen.getByRole("link", { name: /Our training/ });
    expect(link.getAttribute("href")).toBe("https://vimeo.com/123");
    expect(link.textContent).toContain("vimeo.com");
  });

  it("embed keeps a title the provider already set", () => {
    expect(withIframeTitle('<iframe title="Player" src="x"></iframe>', "Ours")).toBe(
      '<iframe title="Player" src="x"></iframe>',
    );
    expect(withIframeTitle('<iframe src="x"></iframe>', 'A "quoted" <title>')).toBe(
      '<iframe title="A &quot;quoted&quot; &lt;title>" src="x"></iframe>',
    );
  });

  it("cards render a list of linked cards with images", () => {
    render(
      <BlockCards
        value={{
          heading: "How we can help",
          cards: [
            {
              title: "Supervision",
              text: "Toward licensure.",
              image: { ...image, alt: "" },
              href: "/supervision/",
              external: false,
            },
            {
              title: "Consultation",
              text: "For licensed clinicians.",
              image: null,
              href: "https://example.org/",
              external: true,
            },
            { title: "Coming soon", text: "", image: null, href: null, external: false },
          ],
        }}
      />,
    );
    const region = screen.getByRole("region", { name: "How we can help" });
    const items = within(region).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(within(items[0]!).getByRole("heading", { level: 3, name: "Supervision" })).toBeTruthy();
    expect(within(items[0]!).getByRole("link", { name: "Supervision" }).getAttribute("href")).toBe(
      "/supervision/",
    );
    expect(items[0]!.querySelector("img")?.getAttribute("width")).toBe("1024");
    expect(within(items[1]!).getByRole("link").getAttribute("rel")).toBe("external");
    expect(within(items[2]!).queryByRole("link")).toBeNull();
  });
});

describe("StreamField", () => {
  it("renders blocks in order and skips unknown block types", () => {
    const blocks = [
      { type: "heading", id: "a", value: { text: "First", level: "h2" } },
      { type: "table", id: "b", value: { rows: [["x"]] } },
      { type: "rich_text", id: "c", value: { html: "<p>Second</p>" } },
    ] as unknown as BodyBlock[];
    const { container } = render(<StreamField blocks={blocks} />);
    const rendered = container.querySelectorAll(".block");
    expect(rendered).toHaveLength(2);
    expect(rendered[0]?.className).toContain("block-heading");
    expect(rendered[1]?.className).toContain("block-rich-text");
    expect(rendered[1]?.textContent).toBe("Second");
  });
});
