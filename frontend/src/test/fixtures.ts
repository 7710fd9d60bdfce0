/**
 * Pages and site data shaped exactly like the API's (see /api/schema/), built in code
 * so each test states the data it relies on.
 */
import type { ApiPage, BodyBlock, Site } from "../lib/api-client";
import type { components } from "../lib/api-types";

type HomePage = components["schemas"]["HomePage"];
type StandardPage = components["schemas"]["StandardPage"];

export const image = {
  src: "/media/images/light.fill-1024x768.webp",
  srcset:
    "/media/images/light.fill-640x480.webp 640w, /media/images/light.fill-1024x768.webp 1024w",
  width: 1024,
  height: 768,
  alt: "Warm evening light over layered foothills",
};

export function seo(title: string, path: string) {
  return {
    title: `${title} | Firelight Clinical Supervision`,
    description: `All about ${title.toLowerCase()}.`,
    canonical: `https://firelight.example${path}`,
    og_image: null,
    json_ld: [{ "@context": "https://schema.org", "@type": "WebPage", name: title }],
    noindex: false,
  };
}

export function standardPage(title: string, path: string, body: BodyBlock[] = []): StandardPage {
  return {
    id: Math.abs([...path].reduce((hash, char) => hash * 31 + char.charCodeAt(0), 7)) % 10000,
    type: "core.StandardPage",
    title,
    path,
    seo: seo(title, path),
    breadcrumbs: [
      { title: "Home", path: "/" },
      { title, path },
    ],
    last_published_at: "2026-11-26T17:41:37-07:00",
    intro: `An introduction to ${title.toLowerCase()}.`,
    body,
  };
}

export function homePage(
  body: BodyBlock[] = [],
  latestPosts: HomePage["latest_posts"] = [],
  upcomingEvents: HomePage["upcoming_events"] = [],
): HomePage {
  return {
    id: 3,
    type: "home.HomePage",
    title: "Home",
    path: "/",
    seo: { ...seo("Home", "/"), title: "Firelight — Clinical supervision", og_image: image },
    breadcrumbs: [{ title: "Home", path: "/" }],
    last_published_at: null,
    hero: {
      heading: "Supervision that helps you grow",
      text: "Warm, experienced supervisors.",
      image,
      primary_label: "Get started",
      primary_path: "/team/free-phone-consultation/",
      secondary_label: "Find your supervisor",
      secondary_path: "/find-a-supervisor/",
    },
    body,
    latest_posts: latestPosts,
    upcoming_events: upcomingEvents,
    events_path: "/events-and-trainings/",
  };
}

export function unknownPage(): ApiPage {
  return { ...standardPage("Podcast episode", "/podcast/episode/"), type: "podcast.EpisodePage" };
}

export const site: Site = {
  name: "Firelight Clinical Supervision",
  tagline: "Clinical supervision and consultation for therapists",
  base_url: "https://firelight.example",
  phone: "(720) 555-0142",
  phone_extension: "2",
  fax: "(720) 555-0199",
  email: "hello@firelight.example",
  consultation_cta: {
    label: "Get started with a free consultation call",
    text: "A free 20-minute call.",
    path: "/team/free-phone-consultation/",
  },
  social_links: [
    { network: "linkedin", label: "LinkedIn", url: "https://www.linkedin.com/company/firelight" },
  ],
  footer_text: "<p>All are welcome here.</p>",
  newsletter: {
    heading: "Join the list",
    text: "A short monthly e-mail with new articles, trainings and Lunch & Learns.",
  },
  menus: {
    main: [
      {
        title: "Supervision",
        path: "/supervision/",
        children: [
          { title: "Individual supervision", path: "/supervision/individual/" },
          { title: "Group supervision", path: "/supervision/group/" },
        ],
      },
      { title: "Fees & FAQs", path: "/fees-and-faqs/", children: [] },
      {
        title: "Contact",
        path: "/contact/",
        children: [{ title: "Work with us", path: "/contact/work-with-us/" }],
      },
    ],
  },
};

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}
