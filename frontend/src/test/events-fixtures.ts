/**
 * Pages and answers of the events app, copied from real responses of the demo site
 * (`/api/pages/resolve/?path=/events-and-trainings/...` and
 * `POST /api/events/<id>/registrations/`), with the SEO block shortened and the option
 * lists trimmed. Typed with the generated schema so that a changed API fails the
 * typecheck here.
 */
import type { components } from "../lib/api-types";

type Schemas = components["schemas"];

/** /api/pages/resolve/?path=/events-and-trainings/ */
export const eventIndexPage: Schemas["EventIndexPage"] = {
  id: 35,
  type: "events.EventIndexPage",
  title: "Events & trainings",
  path: "/events-and-trainings/",
  seo: {
    title: "Events & trainings | Firelight Clinical Supervision",
    description:
      "Free Lunch & Learns and a clinical training program that earns continuing education credit.",
    canonical: "http://127.0.0.1:8000/events-and-trainings/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        name: "Events & trainings",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Events & trainings",
      path: "/events-and-trainings/",
    },
  ],
  last_published_at: "2026-11-26T23:00:53.627140-07:00",
  intro:
    "Free Lunch & Learns and a clinical training program that earns continuing education credit.",
  series: null,
  body: [
    {
      type: "rich_text",
      id: "ff8d2640-d50d-40c8-a99f-1d3b3ea0e434",
      value: {
        html: "<p>Our trainings are practical, inclusive and grounded in current research. Most are online so you can join from anywhere.</p>",
      },
    },
  ],
  upcoming: [
    {
      id: 41,
      title: "Lunch & Learn: Progress notes that protect you and your clients",
      path: "/events-and-trainings/lunch-and-learn-notes-that-protect/",
      intro:
        "A practical hour on writing progress notes that are clear, brief and useful, with examples you can adapt.",
      starts_at: "2026-12-05T12:00:00-07:00",
      ends_at: "2026-12-05T13:00:00-07:00",
      time_zone: "America/Denver",
      time_zone_label: "Mountain Time (Denver)",
      format: "online",
      format_label: "Online",
      place: "Online",
      series: {
        slug: "lunch-and-learns",
        name: "Lunch & Learns",
      },
      hero: {
        src: "/media/images/lunch--learn-prog.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/lunch--learn-prog.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/lunch--learn-prog.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "",
      },
      ce_hours: 1.0,
      is_free: true,
      price_from: 0.0,
      capacity: 80,
      seats_left: 57,
      registration: "open",
    },
    {
      id: 44,
      title: "Client retention: evening cohort",
      path: "/events-and-trainings/client-retention-evening-cohort/",
      intro:
        "The client retention training over two evenings, online. This cohort is full; the next one will be announced here.",
      starts_at: "2026-12-10T17:30:00-07:00",
      ends_at: "2026-12-10T20:30:00-07:00",
      time_zone: "America/Denver",
      time_zone_label: "Mountain Time (Denver)",
      format: "online",
      format_label: "Online",
      place: "Online",
      series: null,
      hero: {
        src: "/media/images/client-retention-.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/client-retention-.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/client-retention-.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "",
      },
      ce_hours: 3.0,
      is_free: false,
      price_from: 90.0,
      capacity: 8,
      seats_left: 0,
      registration: "full",
    },
    {
      id: 43,
      title: "Risk assessment: winter session",
      path: "/events-and-trainings/risk-assessment-winter-session/",
      intro:
        "A full-day session of the risk assessment training, in our Denver training room or online.",
      starts_at: "2026-12-17T09:00:00-07:00",
      ends_at: "2026-12-17T16:00:00-07:00",
      time_zone: "America/Denver",
      time_zone_label: "Mountain Time (Denver)",
      format: "hybrid",
      format_label: "Hybrid (in person and online)",
      place: "Denver, CO and online",
      series: null,
      hero: {
        src: "/media/images/risk-assessment-w.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/risk-assessment-w.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/risk-assessment-w.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "",
      },
      ce_hours: 6.0,
      is_free: false,
      price_from: 140.0,
      capacity: 12,
      seats_left: 3,
      registration: "open",
    },
    {
      id: 42,
      title: "Lunch & Learn: Supervision across state lines",
      path: "/events-and-trainings/lunch-and-learn-supervision-across-state-lines/",
      intro:
        "What Colorado and Washington boards accept when your supervisor practises in another state, and how to document it.",
      starts_at: "2026-12-26T11:00:00-08:00",
      ends_at: "2026-12-26T12:00:00-08:00",
      time_zone: "America/Los_Angeles",
      time_zone_label: "Pacific Time (Seattle, Los Angeles)",
      format: "online",
      format_label: "Online",
      place: "Online",
      series: {
        slug: "lunch-and-learns",
        name: "Lunch & Learns",
      },
      hero: {
        src: "/media/images/lunch--learn-supe.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/lunch--learn-supe.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/lunch--learn-supe.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "",
      },
      ce_hours: 1.0,
      is_free: true,
      price_from: 0.0,
      capacity: null,
      seats_left: null,
      registration: "open",
    },
  ],
  past: [
    {
      id: 45,
      title: "Lunch & Learn: Caring for yourself while caring for clients",
      path: "/events-and-trainings/lunch-and-learn-caring-for-yourself/",
      intro:
        "A gentle hour on noticing compassion fatigue early and building small, sustainable habits of rest.",
      starts_at: "2026-11-06T12:00:00-07:00",
      ends_at: "2026-11-06T13:00:00-07:00",
      time_zone: "America/Denver",
      time_zone_label: "Mountain Time (Denver)",
      format: "online",
      format_label: "Online",
      place: "Online",
      series: {
        slug: "lunch-and-learns",
        name: "Lunch & Learns",
      },
      hero: {
        src: "/media/images/lunch--learn-cari.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/lunch--learn-cari.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/lunch--learn-cari.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "",
      },
      ce_hours: 1.0,
      is_free: true,
      price_from: 0.0,
      capacity: 100,
      seats_left: 59,
      registration: "past",
    },
  ],
  sections: [
    {
      title: "Lunch & Learns",
      path: "/events-and-trainings/lunch-and-learns/",
      intro: "Free one-hour conversations on practical topics, open to every clinician.",
    },
    {
      title: "Clinical training program",
      path: "/events-and-trainings/clinical-training-program/",
      intro:
        "A three-part program on keeping clients engaged, assessing risk with confidence and intervening safely, with continuing education credit for each training.",
    },
    {
      title: "Your path to LPC in Colorado",
      path: "/events-and-trainings/path-to-lpc-in-colorado/",
      intro:
        "From Licensed Professional Counselor Candidate (LPCC) to Licensed Professional Counselor (LPC): the exams, the supervised hours and the paperwork, step by step.",
    },
    {
      title: "Your path to LCSW in Colorado",
      path: "/events-and-trainings/path-to-lcsw-in-colorado/",
      intro:
        "From Social Work Candidate (SWC) to Licensed Clinical Social Worker (LCSW): what the board asks for and how supervision fits in.",
    },
  ],
  calendar_path: "/events-and-trainings/calendar.ics",
};

/** /api/pages/resolve/?path=/events-and-trainings/lunch-and-learns/ */
export const seriesIndexPage: Schemas["EventIndexPage"] = {
  id: 36,
  type: "events.EventIndexPage",
  title: "Lunch & Learns",
  path: "/events-and-trainings/lunch-and-learns/",
  seo: {
    title: "Lunch & Learns | Firelight Clinical Supervision",
    description: "Free one-hour conversations on practical topics, open to every clinician.",
    canonical: "http://127.0.0.1:8000/events-and-trainings/lunch-and-learns/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        name: "Lunch & Learns",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Events & trainings",
      path: "/events-and-trainings/",
    },
    {
      title: "Lunch & Learns",
      path: "/events-and-trainings/lunch-and-learns/",
    },
  ],
  last_published_at: "2026-11-26T23:00:49.141012-07:00",
  intro: "Free one-hour conversations on practical topics, open to every clinician.",
  series: {
    slug: "lunch-and-learns",
    name: "Lunch & Learns",
  },
  body: [],
  upcoming: [
    {
      id: 41,
      title: "Lunch & Learn: Progress notes that protect you and your clients",
      path: "/events-and-trainings/lunch-and-learn-notes-that-protect/",
      intro:
        "A practical hour on writing progress notes that are clear, brief and useful, with examples you can adapt.",
      starts_at: "2026-12-05T12:00:00-07:00",
      ends_at: "2026-12-05T13:00:00-07:00",
      time_zone: "America/Denver",
      time_zone_label: "Mountain Time (Denver)",
      format: "online",
      format_label: "Online",
      place: "Online",
      series: {
        slug: "lunch-and-learns",
        name: "Lunch & Learns",
      },
      hero: {
        src: "/media/images/lunch--learn-prog.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/lunch--learn-prog.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/lunch--learn-prog.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "",
      },
      ce_hours: 1.0,
      is_free: true,
      price_from: 0.0,
      capacity: 80,
      seats_left: 57,
      registration: "open",
    },
    {
      id: 42,
      title: "Lunch & Learn: Supervision across state lines",
      path: "/events-and-trainings/lunch-and-learn-supervision-across-state-lines/",
      intro:
        "What Colorado and Washington boards accept when your supervisor practises in another state, and how to document it.",
      starts_at: "2026-12-26T11:00:00-08:00",
      ends_at: "2026-12-26T12:00:00-08:00",
      time_zone: "America/Los_Angeles",
      time_zone_label: "Pacific Time (Seattle, Los Angeles)",
      format: "online",
      format_label: "Online",
      place: "Online",
      series: {
        slug: "lunch-and-learns",
        name: "Lunch & Learns",
      },
      hero: {
        src: "/media/images/lunch--learn-supe.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/lunch--learn-supe.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/lunch--learn-supe.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "",
      },
      ce_hours: 1.0,
      is_free: true,
      price_from: 0.0,
      capacity: null,
      seats_left: null,
      registration: "open",
    },
  ],
  past: [
    {
      id: 45,
      title: "Lunch & Learn: Caring for yourself while caring for clients",
      path: "/events-and-trainings/lunch-and-learn-caring-for-yourself/",
      intro:
        "A gentle hour on noticing compassion fatigue early and building small, sustainable habits of rest.",
      starts_at: "2026-11-06T12:00:00-07:00",
      ends_at: "2026-11-06T13:00:00-07:00",
      time_zone: "America/Denver",
      time_zone_label: "Mountain Time (Denver)",
      format: "online",
      format_label: "Online",
      place: "Online",
      series: {
        slug: "lunch-and-learns",
        name: "Lunch & Learns",
      },
      hero: {
        src: "/media/images/lunch--learn-cari.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/lunch--learn-cari.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/lunch--learn-cari.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "",
      },
      ce_hours: 1.0,
      is_free: true,
      price_from: 0.0,
      capacity: 100,
      seats_left: 59,
      registration: "past",
    },
  ],
  sections: [],
  calendar_path: "/events-and-trainings/lunch-and-learns/calendar.ics",
};

/** /api/pages/resolve/?path=/events-and-trainings/risk-assessment-winter-session/ */
export const eventPage: Schemas["EventPage"] = {
  id: 43,
  type: "events.EventPage",
  title: "Risk assessment: winter session",
  path: "/events-and-trainings/risk-assessment-winter-session/",
  seo: {
    title: "Risk assessment: winter session | Firelight Clinical Supervision",
    description:
      "A full-day session of the risk assessment training, in our Denver training room or online.",
    canonical: "http://127.0.0.1:8000/events-and-trainings/risk-assessment-winter-session/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "Event",
        name: "Risk assessment: winter session",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Events & trainings",
      path: "/events-and-trainings/",
    },
    {
      title: "Risk assessment: winter session",
      path: "/events-and-trainings/risk-assessment-winter-session/",
    },
  ],
  last_published_at: "2026-11-26T23:00:50.210007-07:00",
  intro:
    "A full-day session of the risk assessment training, in our Denver training room or online.",
  hero_image: {
    src: "/media/images/risk-assessment-_G2jRFZw.2e16d0ba.fill-1024x768-c50.format-webp.webp",
    srcset:
      "/media/images/risk-assessment-w.2e16d0ba.fill-640x480-c50.format-webp.webp 640w, /media/images/risk-assessment-_G2jRFZw.2e16d0ba.fill-1024x768-c50.format-webp.webp 1024w, /media/images/risk-assessment_P7ickEt.2e16d0ba.fill-1440x1080-c50.format-webp.webp 1334w",
    width: 1024,
    height: 768,
    alt: "",
  },
  starts_at: "2026-12-17T09:00:00-07:00",
  ends_at: "2026-12-17T16:00:00-07:00",
  time_zone: "America/Denver",
  time_zone_label: "Mountain Time (Denver)",
  format: "hybrid",
  format_label: "Hybrid (in person and online)",
  venue: {
    name: "Firelight training room",
    street_address: "1550 Larimer Street, Suite 400",
    locality: "Denver",
    region: "CO",
    postal_code: "80202",
  },
  series: null,
  training: {
    title: "Risk assessment",
    path: "/events-and-trainings/clinical-training-program/risk-assessment/",
  },
  presenters: [
    {
      name: "Maya Okafor",
      path: "/team/maya-okafor/",
      pronouns: "she/her",
      role_label: "Founder and clinical supervisor",
      short_bio:
        "Founder of the practice and an approved clinical supervisor who has guided more than sixty counselors to licensure.",
      photo: {
        src: "/media/images/portrait-of-maya-.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/portrait-of-maya-.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/portrait-of-maya-.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Maya Okafor",
      },
    },
    {
      name: "Sam Whitehorse",
      path: "/team/sam-whitehorse/",
      pronouns: "they/them",
      role_label: "Clinical supervisor",
      short_bio:
        "Addiction and co-occurring disorders supervisor for LPC and LAC candidates in Colorado.",
      photo: {
        src: "/media/images/portrait-of-sam-w.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/portrait-of-sam-w.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/portrait-of-sam-w.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Sam Whitehorse",
      },
    },
  ],
  audience: "Clinicians at any stage of licensure",
  eligible_license_types: [
    {
      id: 1,
      code: "LPCC",
      name: "Licensed Professional Counselor Candidate",
      state: "CO",
      label: "LPCC – Licensed Professional Counselor Candidate (CO)",
    },
    {
      id: 2,
      code: "LPC",
      name: "Licensed Professional Counselor",
      state: "CO",
      label: "LPC – Licensed Professional Counselor (CO)",
    },
    {
      id: 5,
      code: "MFTC",
      name: "Marriage and Family Therapist Candidate",
      state: "CO",
      label: "MFTC – Marriage and Family Therapist Candidate (CO)",
    },
    {
      id: 6,
      code: "LMFT",
      name: "Licensed Marriage and Family Therapist",
      state: "CO",
      label: "LMFT – Licensed Marriage and Family Therapist (CO)",
    },
    {
      id: 3,
      code: "SWC",
      name: "Social Work Candidate",
      state: "CO",
      label: "SWC – Social Work Candidate (CO)",
    },
    {
      id: 4,
      code: "LCSW",
      name: "Licensed Clinical Social Worker",
      state: "CO",
      label: "LCSW – Licensed Clinical Social Worker (CO)",
    },
    {
      id: 13,
      code: "LMFT",
      name: "Licensed Marriage and Family Therapist",
      state: "WA",
      label: "LMFT – Licensed Marriage and Family Therapist (WA)",
    },
  ],
  ce_hours: 6.0,
  ce_approver: "Approved for continuing education by the Colorado Counseling Association",
  is_free: false,
  price_tiers: [
    {
      id: 1,
      label: "Standard",
      price: 180.0,
      description: "",
    },
    {
      id: 2,
      label: "Pre-licensed",
      price: 140.0,
      description: "For candidates and associates working toward licensure.",
    },
  ],
  capacity: 12,
  seats_left: 3,
  registration: {
    state: "open",
    message: "Registration is open.",
    opens_at: null,
    closes_at: "2026-12-17T16:00:00Z",
    waitlist: true,
    submit_path: "/api/events/43/registrations/",
    license_types: [
      {
        id: 1,
        code: "LPCC",
        name: "Licensed Professional Counselor Candidate",
        state: "CO",
        label: "LPCC – Licensed Professional Counselor Candidate (CO)",
      },
      {
        id: 2,
        code: "LPC",
        name: "Licensed Professional Counselor",
        state: "CO",
        label: "LPC – Licensed Professional Counselor (CO)",
      },
      {
        id: 8,
        code: "LMHCA",
        name: "Licensed Mental Health Counselor Associate",
        state: "WA",
        label: "LMHCA – Licensed Mental Health Counselor Associate (WA)",
      },
    ],
    states: [
      {
        code: "CO",
        name: "Colorado",
      },
      {
        code: "WA",
        name: "Washington",
      },
    ],
  },
  recording_url: null,
  calendar_path: "/events-and-trainings/risk-assessment-winter-session.ics",
  body: [
    {
      type: "rich_text",
      id: "3088ffbb-244c-4a02-b775-4c08c39d8a27",
      value: {
        html: "<p>We keep the group small so that everyone practises. Lunch is provided in the training room; online participants join the same discussions in breakout rooms.</p>",
      },
    },
  ],
};

/** /api/pages/resolve/?path=/events-and-trainings/client-retention-evening-cohort/ */
export const fullEventPage: Schemas["EventPage"] = {
  id: 44,
  type: "events.EventPage",
  title: "Client retention: evening cohort",
  path: "/events-and-trainings/client-retention-evening-cohort/",
  seo: {
    title: "Client retention: evening cohort | Firelight Clinical Supervision",
    description:
      "The client retention training over two evenings, online. This cohort is full; the next one will be announced here.",
    canonical: "http://127.0.0.1:8000/events-and-trainings/client-retention-evening-cohort/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "Event",
        name: "Client retention: evening cohort",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Events & trainings",
      path: "/events-and-trainings/",
    },
    {
      title: "Client retention: evening cohort",
      path: "/events-and-trainings/client-retention-evening-cohort/",
    },
  ],
  last_published_at: "2026-11-26T23:00:50.415041-07:00",
  intro:
    "The client retention training over two evenings, online. This cohort is full; the next one will be announced here.",
  hero_image: {
    src: "/media/images/client-retention_9LtAkW6.2e16d0ba.fill-1024x768-c50.format-webp.webp",
    srcset:
      "/media/images/client-retention-_XHytX6G.2e16d0ba.fill-640x480-c50.format-webp.webp 640w, /media/images/client-retention_9LtAkW6.2e16d0ba.fill-1024x768-c50.format-webp.webp 1024w, /media/images/client-retentio_y7bymEj.2e16d0ba.fill-1440x1080-c50.format-webp.webp 1334w",
    width: 1024,
    height: 768,
    alt: "",
  },
  starts_at: "2026-12-10T17:30:00-07:00",
  ends_at: "2026-12-10T20:30:00-07:00",
  time_zone: "America/Denver",
  time_zone_label: "Mountain Time (Denver)",
  format: "online",
  format_label: "Online",
  venue: null,
  series: null,
  training: {
    title: "Client retention",
    path: "/events-and-trainings/clinical-training-program/client-retention/",
  },
  presenters: [
    {
      name: "Jordan Ellis",
      path: "/team/jordan-ellis/",
      pronouns: "he/him",
      role_label: "Clinical supervisor",
      short_bio:
        "Counselor supervisor for LPC candidates in private practice settings, with a focus on anxiety, OCD and exam preparation.",
      photo: {
        src: "/media/images/portrait-of-jorda.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/portrait-of-jorda.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/portrait-of-jorda.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Jordan Ellis",
      },
    },
  ],
  audience: "Clinicians in their first five years of practice",
  eligible_license_types: [
    {
      id: 1,
      code: "LPCC",
      name: "Licensed Professional Counselor Candidate",
      state: "CO",
      label: "LPCC – Licensed Professional Counselor Candidate (CO)",
    },
    {
      id: 2,
      code: "LPC",
      name: "Licensed Professional Counselor",
      state: "CO",
      label: "LPC – Licensed Professional Counselor (CO)",
    },
    {
      id: 8,
      code: "LMHCA",
      name: "Licensed Mental Health Counselor Associate",
      state: "WA",
      label: "LMHCA – Licensed Mental Health Counselor Associate (WA)",
    },
    {
      id: 9,
      code: "LMHC",
      name: "Licensed Mental Health Counselor",
      state: "WA",
      label: "LMHC – Licensed Mental Health Counselor (WA)",
    },
  ],
  ce_hours: 3.0,
  ce_approver: "Approved for continuing education by the Colorado Counseling Association",
  is_free: false,
  price_tiers: [
    {
      id: 3,
      label: "Standard",
      price: 90.0,
      description: "The first of two evenings.",
    },
  ],
  capacity: 8,
  seats_left: 0,
  registration: {
    state: "full",
    message: "This event is full.",
    opens_at: null,
    closes_at: "2026-12-11T00:30:00Z",
    waitlist: false,
    submit_path: "/api/events/44/registrations/",
    license_types: [],
    states: [],
  },
  recording_url: null,
  calendar_path: "/events-and-trainings/client-retention-evening-cohort.ics",
  body: [
    {
      type: "rich_text",
      id: "46d378d1-29ea-46be-bc61-0f2396da6f18",
      value: {
        html: "<p>Two three-hour evenings with a small group. Between the evenings you try a feedback measure with one client and bring back what happened.</p>",
      },
    },
  ],
};

/** /api/pages/resolve/?path=/events-and-trainings/lunch-and-learn-caring-for-yourself/ */
export const pastEventPage: Schemas["EventPage"] = {
  id: 45,
  type: "events.EventPage",
  title: "Lunch & Learn: Caring for yourself while caring for clients",
  path: "/events-and-trainings/lunch-and-learn-caring-for-yourself/",
  seo: {
    title:
      "Lunch & Learn: Caring for yourself while caring for clients | Firelight Clinical Supervision",
    description:
      "A gentle hour on noticing compassion fatigue early and building small, sustainable habits of rest.",
    canonical: "http://127.0.0.1:8000/events-and-trainings/lunch-and-learn-caring-for-yourself/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "Event",
        name: "Lunch & Learn: Caring for yourself while caring for clients",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Events & trainings",
      path: "/events-and-trainings/",
    },
    {
      title: "Lunch & Learn: Caring for yourself while caring for clients",
      path: "/events-and-trainings/lunch-and-learn-caring-for-yourself/",
    },
  ],
  last_published_at: "2026-11-26T23:00:50.627577-07:00",
  intro:
    "A gentle hour on noticing compassion fatigue early and building small, sustainable habits of rest.",
  hero_image: {
    src: "/media/images/lunch--learn-car.2e16d0ba.fill-1024x768-c50.format-webp.webp",
    srcset:
      "/media/images/lunch--learn-cari.2e16d0ba.fill-640x480-c50.format-webp.webp 640w, /media/images/lunch--learn-car.2e16d0ba.fill-1024x768-c50.format-webp.webp 1024w, /media/images/lunch--learn-ca.2e16d0ba.fill-1440x1080-c50.format-webp.webp 1334w",
    width: 1024,
    height: 768,
    alt: "",
  },
  starts_at: "2026-11-06T12:00:00-07:00",
  ends_at: "2026-11-06T13:00:00-07:00",
  time_zone: "America/Denver",
  time_zone_label: "Mountain Time (Denver)",
  format: "online",
  format_label: "Online",
  venue: null,
  series: {
    slug: "lunch-and-learns",
    name: "Lunch & Learns",
  },
  training: null,
  presenters: [
    {
      name: "Rosa Delgado",
      path: "/team/rosa-delgado/",
      pronouns: "she/her",
      role_label: "Clinical supervisor",
      short_bio:
        "EMDR-trained LICSW supervisor for Washington social work associates in community agencies.",
      photo: {
        src: "/media/images/portrait-of-rosa-.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/portrait-of-rosa-.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/portrait-of-rosa-.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Rosa Delgado",
      },
    },
  ],
  audience: "Every clinician",
  eligible_license_types: [],
  ce_hours: 1.0,
  ce_approver: "Approved for continuing education by the Colorado Counseling Association",
  is_free: true,
  price_tiers: [],
  capacity: 100,
  seats_left: 59,
  registration: {
    state: "past",
    message: "This event has taken place.",
    opens_at: null,
    closes_at: "2026-11-06T19:00:00Z",
    waitlist: true,
    submit_path: "/api/events/45/registrations/",
    license_types: [],
    states: [],
  },
  recording_url: "https://www.example.com/recordings/caring-for-yourself",
  calendar_path: "/events-and-trainings/lunch-and-learn-caring-for-yourself.ics",
  body: [
    {
      type: "rich_text",
      id: "2b043ff4-7dff-4b65-b73a-956832c0b404",
      value: {
        html: "<p>Thank you to everyone who joined. The recording and the handout of simple check-in questions are available to everyone.</p>",
      },
    },
  ],
};

/** /api/pages/resolve/?path=/events-and-trainings/lunch-and-learn-supervision-across-state-lines/ */
export const freeEventPage: Schemas["EventPage"] = {
  id: 42,
  type: "events.EventPage",
  title: "Lunch & Learn: Supervision across state lines",
  path: "/events-and-trainings/lunch-and-learn-supervision-across-state-lines/",
  seo: {
    title: "Lunch & Learn: Supervision across state lines | Firelight Clinical Supervision",
    description:
      "What Colorado and Washington boards accept when your supervisor practises in another state, and how to document it.",
    canonical:
      "http://127.0.0.1:8000/events-and-trainings/lunch-and-learn-supervision-across-state-lines/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "Event",
        name: "Lunch & Learn: Supervision across state lines",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Events & trainings",
      path: "/events-and-trainings/",
    },
    {
      title: "Lunch & Learn: Supervision across state lines",
      path: "/events-and-trainings/lunch-and-learn-supervision-across-state-lines/",
    },
  ],
  last_published_at: "2026-11-26T23:00:50.021449-07:00",
  intro:
    "What Colorado and Washington boards accept when your supervisor practises in another state, and how to document it.",
  hero_image: {
    src: "/media/images/lunch--learn-sup.2e16d0ba.fill-1024x768-c50.format-webp.webp",
    srcset:
      "/media/images/lunch--learn-supe.2e16d0ba.fill-640x480-c50.format-webp.webp 640w, /media/images/lunch--learn-sup.2e16d0ba.fill-1024x768-c50.format-webp.webp 1024w, /media/images/lunch--learn-su.2e16d0ba.fill-1440x1080-c50.format-webp.webp 1334w",
    width: 1024,
    height: 768,
    alt: "",
  },
  starts_at: "2026-12-26T11:00:00-08:00",
  ends_at: "2026-12-26T12:00:00-08:00",
  time_zone: "America/Los_Angeles",
  time_zone_label: "Pacific Time (Seattle, Los Angeles)",
  format: "online",
  format_label: "Online",
  venue: null,
  series: {
    slug: "lunch-and-learns",
    name: "Lunch & Learns",
  },
  training: null,
  presenters: [
    {
      name: "Daniel Reyes",
      path: "/team/daniel-reyes/",
      pronouns: "he/him",
      role_label: "Clinical supervisor",
      short_bio:
        "LCSW supervisor for social work candidates, with a background in hospital and school social work.",
      photo: {
        src: "/media/images/portrait-of-danie.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/portrait-of-danie.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/portrait-of-danie.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Daniel Reyes",
      },
    },
    {
      name: "Priya Shah",
      path: "/team/priya-shah/",
      pronouns: "she/they",
      role_label: "Clinical supervisor",
      short_bio:
        "DBT-trained counselor supervisor for Washington associates, focused on skills-based work with people in crisis.",
      photo: {
        src: "/media/images/portrait-of-priya.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/portrait-of-priya.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/portrait-of-priya.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Priya Shah",
      },
    },
  ],
  audience: "Clinicians in Colorado and Washington",
  eligible_license_types: [
    {
      id: 1,
      code: "LPCC",
      name: "Licensed Professional Counselor Candidate",
      state: "CO",
      label: "LPCC – Licensed Professional Counselor Candidate (CO)",
    },
    {
      id: 2,
      code: "LPC",
      name: "Licensed Professional Counselor",
      state: "CO",
      label: "LPC – Licensed Professional Counselor (CO)",
    },
    {
      id: 8,
      code: "LMHCA",
      name: "Licensed Mental Health Counselor Associate",
      state: "WA",
      label: "LMHCA – Licensed Mental Health Counselor Associate (WA)",
    },
    {
      id: 9,
      code: "LMHC",
      name: "Licensed Mental Health Counselor",
      state: "WA",
      label: "LMHC – Licensed Mental Health Counselor (WA)",
    },
  ],
  ce_hours: 1.0,
  ce_approver: "Approved for continuing education by the Colorado Counseling Association",
  is_free: true,
  price_tiers: [],
  capacity: null,
  seats_left: null,
  registration: {
    state: "open",
    message: "Registration is open.",
    opens_at: null,
    closes_at: "2026-12-26T19:00:00Z",
    waitlist: true,
    submit_path: "/api/events/42/registrations/",
    license_types: [
      {
        id: 1,
        code: "LPCC",
        name: "Licensed Professional Counselor Candidate",
        state: "CO",
        label: "LPCC – Licensed Professional Counselor Candidate (CO)",
      },
      {
        id: 2,
        code: "LPC",
        name: "Licensed Professional Counselor",
        state: "CO",
        label: "LPC – Licensed Professional Counselor (CO)",
      },
      {
        id: 8,
        code: "LMHCA",
        name: "Licensed Mental Health Counselor Associate",
        state: "WA",
        label: "LMHCA – Licensed Mental Health Counselor Associate (WA)",
      },
    ],
    states: [
      {
        code: "CO",
        name: "Colorado",
      },
      {
        code: "WA",
        name: "Washington",
      },
    ],
  },
  recording_url: null,
  calendar_path: "/events-and-trainings/lunch-and-learn-supervision-across-state-lines.ics",
  body: [
    {
      type: "rich_text",
      id: "7398c8b1-d1b4-4494-bcda-3772830f129a",
      value: {
        html: "<p>Two of our supervisors, one in each state, walk through the rules as they stand and answer your questions. Bring your own situation: we keep examples anonymous.</p>",
      },
    },
  ],
};

/** /api/pages/resolve/?path=/events-and-trainings/clinical-training-program/ */
export const trainingProgramPage: Schemas["TrainingProgramPage"] = {
  id: 37,
  type: "events.TrainingProgramPage",
  title: "Clinical training program",
  path: "/events-and-trainings/clinical-training-program/",
  seo: {
    title: "Clinical training program | Firelight Clinical Supervision",
    description:
      "A three-part program on keeping clients engaged, assessing risk with confidence and intervening safely, with continuing education credit for each training.",
    canonical: "http://127.0.0.1:8000/events-and-trainings/clinical-training-program/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "Course",
        name: "Clinical training program",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Events & trainings",
      path: "/events-and-trainings/",
    },
    {
      title: "Clinical training program",
      path: "/events-and-trainings/clinical-training-program/",
    },
  ],
  last_published_at: "2026-11-26T23:00:53.216824-07:00",
  intro:
    "A three-part program on keeping clients engaged, assessing risk with confidence and intervening safely, with continuing education credit for each training.",
  hero_image: {
    src: "/media/images/a-circle-of-chai.2e16d0ba.fill-1024x768-c50.format-webp.webp",
    srcset:
      "/media/images/a-circle-of-chair.2e16d0ba.fill-640x480-c50.format-webp.webp 640w, /media/images/a-circle-of-chai.2e16d0ba.fill-1024x768-c50.format-webp.webp 1024w, /media/images/a-circle-of-cha.2e16d0ba.fill-1440x1080-c50.format-webp.webp 1334w",
    width: 1024,
    height: 768,
    alt: "",
  },
  objectives: [
    "Recognise the early signs that a client may leave therapy, and respond to them",
    "Conduct and document a structured suicide risk assessment",
    "Build a safety plan together with a client and their supports",
    "Know when and how to consult, and what to write down",
  ],
  price: 480.0,
  price_note: "All three trainings; each can also be taken on its own.",
  ce_approver: "Approved for continuing education by the Colorado Counseling Association",
  total_hours: 18.0,
  ce_hours: 18.0,
  trainings: [
    {
      title: "Client retention",
      path: "/events-and-trainings/clinical-training-program/client-retention/",
      intro:
        "Why clients leave after a few sessions, and what helps them stay: alliance, expectations and feedback.",
      total_hours: 6.0,
      ce_hours: 6.0,
      price: 180.0,
      next_session: {
        id: 44,
        title: "Client retention: evening cohort",
        path: "/events-and-trainings/client-retention-evening-cohort/",
        intro:
          "The client retention training over two evenings, online. This cohort is full; the next one will be announced here.",
        starts_at: "2026-12-10T17:30:00-07:00",
        ends_at: "2026-12-10T20:30:00-07:00",
        time_zone: "America/Denver",
        time_zone_label: "Mountain Time (Denver)",
        format: "online",
        format_label: "Online",
        place: "Online",
        series: null,
        hero: {
          src: "/media/images/client-retention-.2e16d0ba.fill-480x320-c50.format-webp.webp",
          srcset:
            "/media/images/client-retention-.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/client-retention-.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
          width: 480,
          height: 320,
          alt: "",
        },
        ce_hours: 3.0,
        is_free: false,
        price_from: 90.0,
        capacity: 8,
        seats_left: 0,
        registration: "full",
      },
    },
    {
      title: "Risk assessment",
      path: "/events-and-trainings/clinical-training-program/risk-assessment/",
      intro:
        "A structured, compassionate approach to assessing suicide risk, and documenting it clearly.",
      total_hours: 6.0,
      ce_hours: 6.0,
      price: 180.0,
      next_session: {
        id: 43,
        title: "Risk assessment: winter session",
        path: "/events-and-trainings/risk-assessment-winter-session/",
        intro:
          "A full-day session of the risk assessment training, in our Denver training room or online.",
        starts_at: "2026-12-17T09:00:00-07:00",
        ends_at: "2026-12-17T16:00:00-07:00",
        time_zone: "America/Denver",
        time_zone_label: "Mountain Time (Denver)",
        format: "hybrid",
        format_label: "Hybrid (in person and online)",
        place: "Denver, CO and online",
        series: null,
        hero: {
          src: "/media/images/risk-assessment-w.2e16d0ba.fill-480x320-c50.format-webp.webp",
          srcset:
            "/media/images/risk-assessment-w.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/risk-assessment-w.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
          width: 480,
          height: 320,
          alt: "",
        },
        ce_hours: 6.0,
        is_free: false,
        price_from: 140.0,
        capacity: 12,
        seats_left: 3,
        registration: "open",
      },
    },
    {
      title: "Safety intervention",
      path: "/events-and-trainings/clinical-training-program/safety-intervention/",
      intro:
        "Safety planning with clients and their supports, means safety counselling and follow-up after a crisis.",
      total_hours: 6.0,
      ce_hours: 6.0,
      price: 180.0,
      next_session: null,
    },
  ],
  upcoming_sessions: [
    {
      id: 44,
      title: "Client retention: evening cohort",
      path: "/events-and-trainings/client-retention-evening-cohort/",
      intro:
        "The client retention training over two evenings, online. This cohort is full; the next one will be announced here.",
      starts_at: "2026-12-10T17:30:00-07:00",
      ends_at: "2026-12-10T20:30:00-07:00",
      time_zone: "America/Denver",
      time_zone_label: "Mountain Time (Denver)",
      format: "online",
      format_label: "Online",
      place: "Online",
      series: null,
      hero: {
        src: "/media/images/client-retention-.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/client-retention-.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/client-retention-.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "",
      },
      ce_hours: 3.0,
      is_free: false,
      price_from: 90.0,
      capacity: 8,
      seats_left: 0,
      registration: "full",
    },
    {
      id: 43,
      title: "Risk assessment: winter session",
      path: "/events-and-trainings/risk-assessment-winter-session/",
      intro:
        "A full-day session of the risk assessment training, in our Denver training room or online.",
      starts_at: "2026-12-17T09:00:00-07:00",
      ends_at: "2026-12-17T16:00:00-07:00",
      time_zone: "America/Denver",
      time_zone_label: "Mountain Time (Denver)",
      format: "hybrid",
      format_label: "Hybrid (in person and online)",
      place: "Denver, CO and online",
      series: null,
      hero: {
        src: "/media/images/risk-assessment-w.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/risk-assessment-w.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/risk-assessment-w.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "",
      },
      ce_hours: 6.0,
      is_free: false,
      price_from: 140.0,
      capacity: 12,
      seats_left: 3,
      registration: "open",
    },
  ],
  body: [
    {
      type: "rich_text",
      id: "cd650747-4620-4412-95d4-9f523a1a72df",
      value: {
        html: "<p>The program is built for clinicians in their first years of practice and for the supervisors who guide them. Each training mixes short teaching segments with case discussion and practice in pairs, so that what you learn is usable the next day.</p>",
      },
    },
    {
      type: "rich_text",
      id: "15b07df7-593e-4b07-9622-e90e1be83872",
      value: {
        html: "<p>Take the trainings in any order. Certificates of attendance are e-mailed within a week of each session.</p>",
      },
    },
  ],
  related_posts: [
    {
      id: 51,
      title: "Why clients stop coming after the first few sessions",
      path: "/blog/why-clients-stop-coming-after-the-first-sessions/",
      date: "2026-08-26",
      intro:
        "Early dropout is common and rarely personal. What tends to drive it, and the small changes in the first sessions that help clients decide to come back.",
      reading_minutes: 3,
      hero: {
        src: "/media/images/blog-why-clients-.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-why-clients-.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-why-clients-.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of flowing blue and silver bands like a river, with a warm light on the horizon",
      },
      author: {
        name: "Sam Whitehorse",
        path: "/team/sam-whitehorse/",
      },
      categories: [
        {
          slug: "client-retention",
          name: "Client retention",
        },
      ],
    },
    {
      id: 48,
      title: "Safety planning as a collaboration, not a form",
      path: "/blog/safety-planning-as-a-collaboration/",
      date: "2026-10-27",
      intro:
        "A safety plan works best when the client helps write it. How to make safety planning a shared, practical conversation, and where supervision and consultation come in.",
      reading_minutes: 2,
      hero: {
        src: "/media/images/blog-safety-plann.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-safety-plann.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-safety-plann.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of a soft violet gradient with a single warm glow rising over layered hills",
      },
      author: {
        name: "Priya Shah",
        path: "/team/priya-shah/",
      },
      categories: [
        {
          slug: "risk-assessment",
          name: "Risk assessment",
        },
      ],
    },
  ],
};

/** /api/pages/resolve/?path=/events-and-trainings/clinical-training-program/risk-assessment/ */
export const trainingPage: Schemas["TrainingPage"] = {
  id: 39,
  type: "events.TrainingPage",
  title: "Risk assessment",
  path: "/events-and-trainings/clinical-training-program/risk-assessment/",
  seo: {
    title: "Risk assessment | Firelight Clinical Supervision",
    description:
      "A structured, compassionate approach to assessing suicide risk, and documenting it clearly.",
    canonical:
      "http://127.0.0.1:8000/events-and-trainings/clinical-training-program/risk-assessment/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "Course",
        name: "Risk assessment",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Events & trainings",
      path: "/events-and-trainings/",
    },
    {
      title: "Clinical training program",
      path: "/events-and-trainings/clinical-training-program/",
    },
    {
      title: "Risk assessment",
      path: "/events-and-trainings/clinical-training-program/risk-assessment/",
    },
  ],
  last_published_at: "2026-11-26T23:00:53.319328-07:00",
  intro:
    "A structured, compassionate approach to assessing suicide risk, and documenting it clearly.",
  hero_image: {
    src: "/media/images/risk-assessment-.2e16d0ba.fill-1024x768-c50.format-webp.webp",
    srcset:
      "/media/images/risk-assessment-t.2e16d0ba.fill-640x480-c50.format-webp.webp 640w, /media/images/risk-assessment-.2e16d0ba.fill-1024x768-c50.format-webp.webp 1024w, /media/images/risk-assessment.2e16d0ba.fill-1440x1080-c50.format-webp.webp 1334w",
    width: 1024,
    height: 768,
    alt: "",
  },
  program: {
    title: "Clinical training program",
    path: "/events-and-trainings/clinical-training-program/",
  },
  objectives: [
    "Ask about suicidal thoughts directly and without judgement",
    "Gather risk and protective factors in a structured interview",
    "Write a risk assessment note that a colleague can act on",
  ],
  modules: [
    {
      title: "Asking the question",
      hours: 1.5,
      summary: "Language that opens the conversation, with examples and role play.",
    },
    {
      title: "A structured interview",
      hours: 2.5,
      summary: "Ideation, intent, plan, access, history, and what protects the person.",
    },
    {
      title: "Documentation",
      hours: 2.0,
      summary: "What to record, how to record your reasoning, and when to consult.",
    },
  ],
  total_hours: 6.0,
  ce_hours: 6.0,
  ce_approver: "Approved for continuing education by the Colorado Counseling Association",
  price: 180.0,
  upcoming_sessions: [
    {
      id: 43,
      title: "Risk assessment: winter session",
      path: "/events-and-trainings/risk-assessment-winter-session/",
      intro:
        "A full-day session of the risk assessment training, in our Denver training room or online.",
      starts_at: "2026-12-17T09:00:00-07:00",
      ends_at: "2026-12-17T16:00:00-07:00",
      time_zone: "America/Denver",
      time_zone_label: "Mountain Time (Denver)",
      format: "hybrid",
      format_label: "Hybrid (in person and online)",
      place: "Denver, CO and online",
      series: null,
      hero: {
        src: "/media/images/risk-assessment-w.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/risk-assessment-w.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/risk-assessment-w.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "",
      },
      ce_hours: 6.0,
      is_free: false,
      price_from: 140.0,
      capacity: 12,
      seats_left: 3,
      registration: "open",
    },
  ],
  body: [],
  related_posts: [
    {
      id: 53,
      title: "Documenting suicide risk assessment: the basics",
      path: "/blog/documenting-suicide-risk-assessment/",
      date: "2026-06-24",
      intro:
        "Clear risk documentation supports clients and clinicians alike. A plain-language guide to what a good risk note usually includes, and why consultation belongs in the record.",
      reading_minutes: 2,
      hero: {
        src: "/media/images/blog-documenting-.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-documenting-.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-documenting-.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of a calm lavender gradient with two soft rose-coloured circles side by side",
      },
      author: {
        name: "Maya Okafor",
        path: "/team/maya-okafor/",
      },
      categories: [
        {
          slug: "risk-assessment",
          name: "Risk assessment",
        },
      ],
    },
    {
      id: 48,
      title: "Safety planning as a collaboration, not a form",
      path: "/blog/safety-planning-as-a-collaboration/",
      date: "2026-10-27",
      intro:
        "A safety plan works best when the client helps write it. How to make safety planning a shared, practical conversation, and where supervision and consultation come in.",
      reading_minutes: 2,
      hero: {
        src: "/media/images/blog-safety-plann.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-safety-plann.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-safety-plann.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of a soft violet gradient with a single warm glow rising over layered hills",
      },
      author: {
        name: "Priya Shah",
        path: "/team/priya-shah/",
      },
      categories: [
        {
          slug: "risk-assessment",
          name: "Risk assessment",
        },
      ],
    },
  ],
};

/** The home page's upcoming events (up to three). */
export const upcomingEvents: Schemas["EventSummary"][] = [
  {
    id: 41,
    title: "Lunch & Learn: Progress notes that protect you and your clients",
    path: "/events-and-trainings/lunch-and-learn-notes-that-protect/",
    intro:
      "A practical hour on writing progress notes that are clear, brief and useful, with examples you can adapt.",
    starts_at: "2026-12-05T12:00:00-07:00",
    ends_at: "2026-12-05T13:00:00-07:00",
    time_zone: "America/Denver",
    time_zone_label: "Mountain Time (Denver)",
    format: "online",
    format_label: "Online",
    place: "Online",
    series: {
      slug: "lunch-and-learns",
      name: "Lunch & Learns",
    },
    hero: {
      src: "/media/images/lunch--learn-prog.2e16d0ba.fill-480x320-c50.format-webp.webp",
      srcset:
        "/media/images/lunch--learn-prog.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/lunch--learn-prog.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
      width: 480,
      height: 320,
      alt: "",
    },
    ce_hours: 1.0,
    is_free: true,
    price_from: 0.0,
    capacity: 80,
    seats_left: 57,
    registration: "open",
  },
  {
    id: 44,
    title: "Client retention: evening cohort",
    path: "/events-and-trainings/client-retention-evening-cohort/",
    intro:
      "The client retention training over two evenings, online. This cohort is full; the next one will be announced here.",
    starts_at: "2026-12-10T17:30:00-07:00",
    ends_at: "2026-12-10T20:30:00-07:00",
    time_zone: "America/Denver",
    time_zone_label: "Mountain Time (Denver)",
    format: "online",
    format_label: "Online",
    place: "Online",
    series: null,
    hero: {
      src: "/media/images/client-retention-.2e16d0ba.fill-480x320-c50.format-webp.webp",
      srcset:
        "/media/images/client-retention-.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/client-retention-.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
      width: 480,
      height: 320,
      alt: "",
    },
    ce_hours: 3.0,
    is_free: false,
    price_from: 90.0,
    capacity: 8,
    seats_left: 0,
    registration: "full",
  },
  {
    id: 43,
    title: "Risk assessment: winter session",
    path: "/events-and-trainings/risk-assessment-winter-session/",
    intro:
      "A full-day session of the risk assessment training, in our Denver training room or online.",
    starts_at: "2026-12-17T09:00:00-07:00",
    ends_at: "2026-12-17T16:00:00-07:00",
    time_zone: "America/Denver",
    time_zone_label: "Mountain Time (Denver)",
    format: "hybrid",
    format_label: "Hybrid (in person and online)",
    place: "Denver, CO and online",
    series: null,
    hero: {
      src: "/media/images/risk-assessment-w.2e16d0ba.fill-480x320-c50.format-webp.webp",
      srcset:
        "/media/images/risk-assessment-w.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/risk-assessment-w.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
      width: 480,
      height: 320,
      alt: "",
    },
    ce_hours: 6.0,
    is_free: false,
    price_from: 140.0,
    capacity: 12,
    seats_left: 3,
    registration: "open",
  },
];

/** 201: registered. */
export const registrationCreated: Schemas["RegistrationReceipt"] = {
  status: "confirmed",
  message:
    "You are registered. A confirmation with the details and a calendar file is on its way to your inbox.",
  seats_left: 2,
};

/** 201 again: the same e-mail again gets the same answer. */
export const registrationAgain: Schemas["RegistrationReceipt"] = registrationCreated;

/** 400: every field missing. */
export const registrationInvalid: Schemas["Error"] = {
  error: {
    code: "invalid",
    message: "Some fields need attention.",
    fields: {
      name: ["Enter your name."],
      email: ["Enter an e-mail address like name@example.com."],
      license_type: ["Choose your license type."],
      state: ["Choose the state you practise in."],
      consent: ["Agree to be e-mailed about this event to register."],
    },
  },
};

/** 409: the last seat went between page load and submit. */
export const registrationFull: Schemas["Error"] = {
  error: {
    code: "event_full",
    message: "This event is full and has no waitlist.",
  },
};

/** 409: the event is over. */
export const registrationPast: Schemas["Error"] = {
  error: {
    code: "event_past",
    message: "This event has already taken place.",
  },
};
