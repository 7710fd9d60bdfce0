/**
 * Pages and answers of the blog, copied from real responses of the demo site
 * (`/api/pages/resolve/?path=/blog/...`, the comment and read-count endpoints), with the
 * SEO block, the tag list and the post body shortened. Typed with the generated schema
 * so that a changed API fails the typecheck here.
 */
import type { components } from "../lib/api-types";

type Schemas = components["schemas"];

/** /api/pages/resolve/?path=/blog/ */
export const blogIndexPage: Schemas["BlogIndexPage"] = {
  id: 38,
  type: "blog.BlogIndexPage",
  title: "Blog",
  path: "/blog/",
  seo: {
    title: "Blog | Firelight Clinical Supervision",
    description:
      "Articles for therapists on supervision, licensure, risk assessment and building a sustainable practice.",
    canonical: "http://127.0.0.1:8000/blog/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "Blog",
        name: "Blog",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Blog",
      path: "/blog/",
    },
  ],
  last_published_at: "2026-11-26T20:23:42.330729-07:00",
  intro:
    "Articles for therapists on supervision, licensure, risk assessment and building a sustainable practice.",
  active_filter: null,
  posts: [
    {
      id: 39,
      title: "What is relationship-based clinical supervision?",
      path: "/blog/what-is-relationship-based-clinical-supervision/",
      date: "2026-11-18",
      intro:
        "Good supervision is more than signing off hours. What we mean by relationship-based supervision, why it matters for new clinicians, and what it looks like week to week.",
      reading_minutes: 3,
      hero: {
        src: "/media/images/blog-what-is-rela.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-what-is-rela.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-what-is-rela.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of two overlapping warm circles glowing on a soft orange gradient",
      },
      author: {
        name: "Maya Okafor",
        path: "/team/maya-okafor/",
      },
      categories: [
        {
          slug: "supervision",
          name: "Supervision",
        },
      ],
    },
    {
      id: 40,
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
    {
      id: 41,
      title: "Preparing for the Colorado LPC and LCSW licensure path",
      path: "/blog/preparing-for-the-colorado-licensure-path/",
      date: "2026-10-07",
      intro:
        "Licensure in Colorado can feel like a maze. A calm overview of the broad stages, the paperwork habits that help, and where to check the current rules.",
      reading_minutes: 2,
      hero: {
        src: "/media/images/blog-preparing-fo.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-preparing-fo.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-preparing-fo.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of a winding pale path crossing teal and sand-coloured bands of colour",
      },
      author: {
        name: "Jordan Ellis",
        path: "/team/jordan-ellis/",
      },
      categories: [
        {
          slug: "licensure",
          name: "Licensure",
        },
      ],
    },
    {
      id: 42,
      title: "Bringing LGBTQIA+-affirming practice into supervision",
      path: "/blog/lgbtqia-affirming-practice-in-supervision/",
      date: "2026-09-16",
      intro:
        "Affirming care is learned, practised and revisited. How supervision can help clinicians grow in LGBTQIA+-affirming practice, including when the learning edge is our own.",
      reading_minutes: 2,
      hero: {
        src: "/media/images/blog-bringing-lgb.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-bringing-lgb.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-bringing-lgb.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of several soft circles in green and gold overlapping on a meadow-toned gradient",
      },
      author: {
        name: "Priya Shah",
        path: "/team/priya-shah/",
      },
      categories: [
        {
          slug: "inclusive-practice",
          name: "Inclusive practice",
        },
        {
          slug: "supervision",
          name: "Supervision",
        },
      ],
    },
    {
      id: 43,
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
      id: 44,
      title: "What group supervision gives you that one-to-one can't",
      path: "/blog/what-group-supervision-offers/",
      date: "2026-07-29",
      intro:
        "Guest writer Tessa Marlowe on why a good supervision group can become one of the most useful rooms in a clinician's week.",
      reading_minutes: 3,
      hero: {
        src: "/media/images/blog-what-group-s.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-what-group-s.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-what-group-s.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of a ring of small glowing circles around a larger warm one on a deep amber gradient",
      },
      author: {
        name: "Tessa Marlowe",
        path: null,
      },
      categories: [
        {
          slug: "supervision",
          name: "Supervision",
        },
      ],
    },
  ],
  pagination: {
    page: 1,
    page_count: 2,
    total: 12,
    previous: null,
    next: "/blog/?page=2",
  },
  filters: {
    categories: [
      {
        slug: "client-retention",
        name: "Client retention",
        count: 1,
      },
      {
        slug: "inclusive-practice",
        name: "Inclusive practice",
        count: 2,
      },
      {
        slug: "licensure",
        name: "Licensure",
        count: 3,
      },
      {
        slug: "risk-assessment",
        name: "Risk assessment",
        count: 2,
      },
      {
        slug: "supervision",
        name: "Supervision",
        count: 6,
      },
      {
        slug: "sustainable-practice",
        name: "Sustainable practice",
        count: 2,
      },
    ],
    tags: [
      {
        slug: "new-clinicians",
        name: "new clinicians",
        count: 5,
      },
      {
        slug: "supervisory-alliance",
        name: "supervisory alliance",
        count: 4,
      },
      {
        slug: "supervised-hours",
        name: "supervised hours",
        count: 3,
      },
      {
        slug: "burnout",
        name: "burnout",
        count: 2,
      },
      {
        slug: "colorado",
        name: "colorado",
        count: 2,
      },
      {
        slug: "consultation",
        name: "consultation",
        count: 2,
      },
    ],
    authors: [
      {
        slug: "daniel-reyes",
        name: "Daniel Reyes",
        count: 2,
      },
      {
        slug: "helen-park",
        name: "Helen Park",
        count: 1,
      },
      {
        slug: "jordan-ellis",
        name: "Jordan Ellis",
        count: 2,
      },
      {
        slug: "maya-okafor",
        name: "Maya Okafor",
        count: 2,
      },
      {
        slug: "priya-shah",
        name: "Priya Shah",
        count: 2,
      },
      {
        slug: "rosa-delgado",
        name: "Rosa Delgado",
        count: 1,
      },
      {
        slug: "sam-whitehorse",
        name: "Sam Whitehorse",
        count: 1,
      },
      {
        slug: "tessa-marlowe",
        name: "Tessa Marlowe",
        count: 1,
      },
    ],
  },
  most_read: [
    {
      id: 41,
      title: "Preparing for the Colorado LPC and LCSW licensure path",
      path: "/blog/preparing-for-the-colorado-licensure-path/",
      date: "2026-10-07",
      views: 412,
    },
    {
      id: 45,
      title: "Documenting suicide risk assessment: the basics",
      path: "/blog/documenting-suicide-risk-assessment/",
      date: "2026-06-24",
      views: 305,
    },
    {
      id: 43,
      title: "Why clients stop coming after the first few sessions",
      path: "/blog/why-clients-stop-coming-after-the-first-sessions/",
      date: "2026-08-26",
      views: 233,
    },
    {
      id: 47,
      title: "Staying well in community mental health",
      path: "/blog/staying-well-in-community-mental-health/",
      date: "2026-04-15",
      views: 190,
    },
    {
      id: 39,
      title: "What is relationship-based clinical supervision?",
      path: "/blog/what-is-relationship-based-clinical-supervision/",
      date: "2026-11-18",
      views: 148,
    },
  ],
  recent_comments: [
    {
      id: 4,
      name: "Tomás R.",
      excerpt:
        "Parallel process was the thing that made supervision click for me. Nice to see it explained so plainly.",
      created_at: "2026-11-22T09:30:00-07:00",
      post: {
        id: 39,
        title: "What is relationship-based clinical supervision?",
        path: "/blog/what-is-relationship-based-clinical-supervision/",
        date: "2026-11-18",
      },
    },
    {
      id: 3,
      name: "Beth A.",
      excerpt:
        "I'm a new supervisor and I'm printing the section on repairing ruptures. It's reassuring to read that getting it wrong and repairing it is…",
      created_at: "2026-11-21T12:03:00-07:00",
      post: {
        id: 39,
        title: "What is relationship-based clinical supervision?",
        path: "/blog/what-is-relationship-based-clinical-supervision/",
        date: "2026-11-18",
      },
    },
    {
      id: 2,
      name: "Marco",
      excerpt:
        "The point about naming the power difference really landed. I'd never thought about how much I edited what I brought to supervision because…",
      created_at: "2026-11-19T20:15:00-07:00",
      post: {
        id: 39,
        title: "What is relationship-based clinical supervision?",
        path: "/blog/what-is-relationship-based-clinical-supervision/",
        date: "2026-11-18",
      },
    },
    {
      id: 1,
      name: "Kendra L.",
      excerpt:
        "This put words to something I couldn't explain about my best supervisor. She never made me feel like I had to perform competence. Thank you…",
      created_at: "2026-11-19T08:42:00-07:00",
      post: {
        id: 39,
        title: "What is relationship-based clinical supervision?",
        path: "/blog/what-is-relationship-based-clinical-supervision/",
        date: "2026-11-18",
      },
    },
    {
      id: 7,
      name: "Ben",
      excerpt:
        "Appreciated the reminder to revisit plans after a hard week. I tend to write them and move on.",
      created_at: "2026-11-02T19:22:00-07:00",
      post: {
        id: 40,
        title: "Safety planning as a collaboration, not a form",
        path: "/blog/safety-planning-as-a-collaboration/",
        date: "2026-10-27",
      },
    },
  ],
  feed_path: "/blog/feed/",
};

/** /api/pages/resolve/?path=/blog/&category=licensure */
export const blogIndexCategoryPage: Schemas["BlogIndexPage"] = {
  id: 38,
  type: "blog.BlogIndexPage",
  title: "Blog",
  path: "/blog/",
  seo: {
    title: "Blog: Licensure | Firelight Clinical Supervision",
    description:
      "Articles for therapists on supervision, licensure, risk assessment and building a sustainable practice.",
    canonical: "http://127.0.0.1:8000/blog/?category=licensure",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "Blog",
        name: "Blog",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Blog",
      path: "/blog/",
    },
  ],
  last_published_at: "2026-11-26T20:23:42.330729-07:00",
  intro:
    "Articles for therapists on supervision, licensure, risk assessment and building a sustainable practice.",
  active_filter: {
    kind: "category",
    slug: "licensure",
    name: "Licensure",
  },
  posts: [
    {
      id: 41,
      title: "Preparing for the Colorado LPC and LCSW licensure path",
      path: "/blog/preparing-for-the-colorado-licensure-path/",
      date: "2026-10-07",
      intro:
        "Licensure in Colorado can feel like a maze. A calm overview of the broad stages, the paperwork habits that help, and where to check the current rules.",
      reading_minutes: 2,
      hero: {
        src: "/media/images/blog-preparing-fo.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-preparing-fo.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-preparing-fo.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of a winding pale path crossing teal and sand-coloured bands of colour",
      },
      author: {
        name: "Jordan Ellis",
        path: "/team/jordan-ellis/",
      },
      categories: [
        {
          slug: "licensure",
          name: "Licensure",
        },
      ],
    },
    {
      id: 48,
      title: "Moving between Washington and Colorado, or practising across state lines",
      path: "/blog/practising-across-state-lines/",
      date: "2026-02-25",
      intro:
        "Relocating, or seeing clients by telehealth across state lines, raises real licensing questions. A general orientation for clinicians working between Washington and Colorado, with one firm rule: check with each board.",
      reading_minutes: 3,
      hero: {
        src: "/media/images/blog-moving-betwe.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-moving-betwe.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-moving-betwe.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of two pools of blue light joined by a gently curving silver band",
      },
      author: {
        name: "Daniel Reyes",
        path: "/team/daniel-reyes/",
      },
      categories: [
        {
          slug: "licensure",
          name: "Licensure",
        },
      ],
    },
    {
      id: 49,
      title: "What to bring to your first supervision session",
      path: "/blog/what-to-bring-to-your-first-supervision-session/",
      date: "2026-01-14",
      intro:
        "A little preparation makes a first supervision session far more useful. A simple checklist of what to bring, what to reflect on and what to ask.",
      reading_minutes: 2,
      hero: {
        src: "/media/images/blog-what-to-brin.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-what-to-brin.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-what-to-brin.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of a bright circle rising over layered dusky purple and peach hills",
      },
      author: {
        name: "Jordan Ellis",
        path: "/team/jordan-ellis/",
      },
      categories: [
        {
          slug: "licensure",
          name: "Licensure",
        },
        {
          slug: "supervision",
          name: "Supervision",
        },
      ],
    },
  ],
  pagination: {
    page: 1,
    page_count: 1,
    total: 3,
    previous: null,
    next: null,
  },
  filters: {
    categories: [
      {
        slug: "client-retention",
        name: "Client retention",
        count: 1,
      },
      {
        slug: "inclusive-practice",
        name: "Inclusive practice",
        count: 2,
      },
      {
        slug: "licensure",
        name: "Licensure",
        count: 3,
      },
      {
        slug: "risk-assessment",
        name: "Risk assessment",
        count: 2,
      },
      {
        slug: "supervision",
        name: "Supervision",
        count: 6,
      },
      {
        slug: "sustainable-practice",
        name: "Sustainable practice",
        count: 2,
      },
    ],
    tags: [
      {
        slug: "new-clinicians",
        name: "new clinicians",
        count: 5,
      },
      {
        slug: "supervisory-alliance",
        name: "supervisory alliance",
        count: 4,
      },
      {
        slug: "supervised-hours",
        name: "supervised hours",
        count: 3,
      },
      {
        slug: "burnout",
        name: "burnout",
        count: 2,
      },
      {
        slug: "colorado",
        name: "colorado",
        count: 2,
      },
      {
        slug: "consultation",
        name: "consultation",
        count: 2,
      },
    ],
    authors: [
      {
        slug: "daniel-reyes",
        name: "Daniel Reyes",
        count: 2,
      },
      {
        slug: "helen-park",
        name: "Helen Park",
        count: 1,
      },
      {
        slug: "jordan-ellis",
        name: "Jordan Ellis",
        count: 2,
      },
      {
        slug: "maya-okafor",
        name: "Maya Okafor",
        count: 2,
      },
      {
        slug: "priya-shah",
        name: "Priya Shah",
        count: 2,
      },
      {
        slug: "rosa-delgado",
        name: "Rosa Delgado",
        count: 1,
      },
      {
        slug: "sam-whitehorse",
        name: "Sam Whitehorse",
        count: 1,
      },
      {
        slug: "tessa-marlowe",
        name: "Tessa Marlowe",
        count: 1,
      },
    ],
  },
  most_read: [
    {
      id: 41,
      title: "Preparing for the Colorado LPC and LCSW licensure path",
      path: "/blog/preparing-for-the-colorado-licensure-path/",
      date: "2026-10-07",
      views: 412,
    },
    {
      id: 45,
      title: "Documenting suicide risk assessment: the basics",
      path: "/blog/documenting-suicide-risk-assessment/",
      date: "2026-06-24",
      views: 305,
    },
  ],
  recent_comments: [
    {
      id: 4,
      name: "Tomás R.",
      excerpt:
        "Parallel process was the thing that made supervision click for me. Nice to see it explained so plainly.",
      created_at: "2026-11-22T09:30:00-07:00",
      post: {
        id: 39,
        title: "What is relationship-based clinical supervision?",
        path: "/blog/what-is-relationship-based-clinical-supervision/",
        date: "2026-11-18",
      },
    },
    {
      id: 3,
      name: "Beth A.",
      excerpt:
        "I'm a new supervisor and I'm printing the section on repairing ruptures. It's reassuring to read that getting it wrong and repairing it is…",
      created_at: "2026-11-21T12:03:00-07:00",
      post: {
        id: 39,
        title: "What is relationship-based clinical supervision?",
        path: "/blog/what-is-relationship-based-clinical-supervision/",
        date: "2026-11-18",
      },
    },
  ],
  feed_path: "/blog/feed/",
};

/** /api/pages/resolve/?path=/blog/&page=2 */
export const blogIndexPage2: Schemas["BlogIndexPage"] = {
  id: 38,
  type: "blog.BlogIndexPage",
  title: "Blog",
  path: "/blog/",
  seo: {
    title: "Blog: page 2 | Firelight Clinical Supervision",
    description:
      "Articles for therapists on supervision, licensure, risk assessment and building a sustainable practice.",
    canonical: "http://127.0.0.1:8000/blog/?page=2",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "Blog",
        name: "Blog",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Blog",
      path: "/blog/",
    },
  ],
  last_published_at: "2026-11-26T20:23:42.330729-07:00",
  intro:
    "Articles for therapists on supervision, licensure, risk assessment and building a sustainable practice.",
  active_filter: null,
  posts: [
    {
      id: 45,
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
      id: 46,
      title: "Cultural humility in supervision: supporting clinicians of colour",
      path: "/blog/cultural-humility-in-supervision/",
      date: "2026-05-20",
      intro:
        "Clinicians of colour often carry extra weight in training settings. What cultural humility asks of supervisors, and how supervisees can find supervision where their whole selves are welcome.",
      reading_minutes: 3,
      hero: {
        src: "/media/images/blog-cultural-hum.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-cultural-hum.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-cultural-hum.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of interlocking warm and teal shapes on a sunrise gradient",
      },
      author: {
        name: "Daniel Reyes",
        path: "/team/daniel-reyes/",
      },
      categories: [
        {
          slug: "inclusive-practice",
          name: "Inclusive practice",
        },
        {
          slug: "supervision",
          name: "Supervision",
        },
      ],
    },
    {
      id: 47,
      title: "Staying well in community mental health",
      path: "/blog/staying-well-in-community-mental-health/",
      date: "2026-04-15",
      intro:
        "Community mental health work is meaningful and demanding. Practical ways to notice early signs of burnout and protect your capacity, without pretending the system isn't part of the problem.",
      reading_minutes: 3,
      hero: {
        src: "/media/images/blog-staying-well.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-staying-well.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-staying-well.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of soft green hills under a pale gold sky with one small glowing circle",
      },
      author: {
        name: "Rosa Delgado",
        path: "/team/rosa-delgado/",
      },
      categories: [
        {
          slug: "sustainable-practice",
          name: "Sustainable practice",
        },
      ],
    },
  ],
  pagination: {
    page: 2,
    page_count: 2,
    total: 12,
    previous: "/blog/",
    next: null,
  },
  filters: {
    categories: [
      {
        slug: "client-retention",
        name: "Client retention",
        count: 1,
      },
      {
        slug: "inclusive-practice",
        name: "Inclusive practice",
        count: 2,
      },
      {
        slug: "licensure",
        name: "Licensure",
        count: 3,
      },
      {
        slug: "risk-assessment",
        name: "Risk assessment",
        count: 2,
      },
      {
        slug: "supervision",
        name: "Supervision",
        count: 6,
      },
      {
        slug: "sustainable-practice",
        name: "Sustainable practice",
        count: 2,
      },
    ],
    tags: [
      {
        slug: "new-clinicians",
        name: "new clinicians",
        count: 5,
      },
      {
        slug: "supervisory-alliance",
        name: "supervisory alliance",
        count: 4,
      },
      {
        slug: "supervised-hours",
        name: "supervised hours",
        count: 3,
      },
      {
        slug: "burnout",
        name: "burnout",
        count: 2,
      },
      {
        slug: "colorado",
        name: "colorado",
        count: 2,
      },
      {
        slug: "consultation",
        name: "consultation",
        count: 2,
      },
    ],
    authors: [
      {
        slug: "daniel-reyes",
        name: "Daniel Reyes",
        count: 2,
      },
      {
        slug: "helen-park",
        name: "Helen Park",
        count: 1,
      },
      {
        slug: "jordan-ellis",
        name: "Jordan Ellis",
        count: 2,
      },
      {
        slug: "maya-okafor",
        name: "Maya Okafor",
        count: 2,
      },
      {
        slug: "priya-shah",
        name: "Priya Shah",
        count: 2,
      },
      {
        slug: "rosa-delgado",
        name: "Rosa Delgado",
        count: 1,
      },
      {
        slug: "sam-whitehorse",
        name: "Sam Whitehorse",
        count: 1,
      },
      {
        slug: "tessa-marlowe",
        name: "Tessa Marlowe",
        count: 1,
      },
    ],
  },
  most_read: [
    {
      id: 41,
      title: "Preparing for the Colorado LPC and LCSW licensure path",
      path: "/blog/preparing-for-the-colorado-licensure-path/",
      date: "2026-10-07",
      views: 412,
    },
    {
      id: 45,
      title: "Documenting suicide risk assessment: the basics",
      path: "/blog/documenting-suicide-risk-assessment/",
      date: "2026-06-24",
      views: 305,
    },
  ],
  recent_comments: [
    {
      id: 4,
      name: "Tomás R.",
      excerpt:
        "Parallel process was the thing that made supervision click for me. Nice to see it explained so plainly.",
      created_at: "2026-11-22T09:30:00-07:00",
      post: {
        id: 39,
        title: "What is relationship-based clinical supervision?",
        path: "/blog/what-is-relationship-based-clinical-supervision/",
        date: "2026-11-18",
      },
    },
    {
      id: 3,
      name: "Beth A.",
      excerpt:
        "I'm a new supervisor and I'm printing the section on repairing ruptures. It's reassuring to read that getting it wrong and repairing it is…",
      created_at: "2026-11-21T12:03:00-07:00",
      post: {
        id: 39,
        title: "What is relationship-based clinical supervision?",
        path: "/blog/what-is-relationship-based-clinical-supervision/",
        date: "2026-11-18",
      },
    },
  ],
  feed_path: "/blog/feed/",
};

/** /api/pages/resolve/?path=/blog/what-is-relationship-based-clinical-supervision/ */
export const blogPost: Schemas["BlogPage"] = {
  id: 39,
  type: "blog.BlogPage",
  title: "What is relationship-based clinical supervision?",
  path: "/blog/what-is-relationship-based-clinical-supervision/",
  seo: {
    title: "What is relationship-based clinical supervision? | Firelight Clinical Supervision",
    description:
      "Good supervision is more than signing off hours. What we mean by relationship-based supervision, why it matters for new clinicians, and what it looks like week to week.",
    canonical: "http://127.0.0.1:8000/blog/what-is-relationship-based-clinical-supervision/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        name: "What is relationship-based clinical supervision?",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Blog",
      path: "/blog/",
    },
    {
      title: "What is relationship-based clinical supervision?",
      path: "/blog/what-is-relationship-based-clinical-supervision/",
    },
  ],
  last_published_at: "2026-11-26T20:23:44.275231-07:00",
  date: "2026-11-18",
  intro:
    "Good supervision is more than signing off hours. What we mean by relationship-based supervision, why it matters for new clinicians, and what it looks like week to week.",
  hero_image: {
    src: "/media/images/blog-what-is-rel.2e16d0ba.fill-1024x768-c50.format-webp.webp",
    srcset:
      "/media/images/blog-what-is-rela.2e16d0ba.fill-640x480-c50.format-webp.webp 640w, /media/images/blog-what-is-rel.2e16d0ba.fill-1024x768-c50.format-webp.webp 1024w, /media/images/blog-what-is-re.2e16d0ba.fill-1440x1080-c50.format-webp.webp 1440w",
    width: 1024,
    height: 768,
    alt: "Abstract illustration of two overlapping warm circles glowing on a soft orange gradient",
  },
  reading_minutes: 3,
  views: 148,
  author: {
    kind: "member",
    name: "Maya Okafor",
    path: "/team/maya-okafor/",
    role: "Founder and clinical supervisor",
    bio: "Founder of the practice and an approved clinical supervisor who has guided more than sixty counselors to licensure.",
    photo: {
      src: "/media/images/portrait-of-maya-.2e16d0ba.fill-320x320-c75.format-webp.webp",
      srcset:
        "/media/images/portrait-of-maya-.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/portrait-of-maya-.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
      width: 320,
      height: 320,
      alt: "Illustrated portrait of Maya Okafor",
    },
    posts_path: "/blog/?author=maya-okafor",
  },
  categories: [
    {
      slug: "supervision",
      name: "Supervision",
    },
  ],
  tags: [
    {
      slug: "supervisory-alliance",
      name: "supervisory alliance",
    },
    {
      slug: "new-clinicians",
      name: "new clinicians",
    },
  ],
  body: [
    {
      type: "rich_text",
      id: "a9a8651c-5ebd-4b09-9965-8d699061ac14",
      value: {
        html: "<p>When clinicians tell me about the supervision that changed them, they rarely mention a technique. They talk about a supervisor who was curious about them, who noticed when they were struggling, and who made it safe to say, 'I don't know what I'm doing with this client.' That is the heart of relationship-based supervision: the supervisory relationship itself is the main tool for learning.</p>",
      },
    },
    {
      type: "heading",
      id: "cbe04043-8e8a-4b2e-9681-7e5d81b13bb8",
      value: {
        text: "The relationship is the curriculum",
        level: "h2",
      },
    },
    {
      type: "quote",
      id: "e824a28b-5936-493b-a809-23d6b31e6e0c",
      value: {
        text: "The first time I admitted I'd frozen in a session, my supervisor didn't rush to fix it. She asked what I'd noticed in my body. That question changed how I sit with clients.",
        attribution: "Alex",
        role: "LPC candidate",
      },
    },
  ],
  index_path: "/blog/",
  feed_path: "/blog/feed/",
  related: [
    {
      id: 49,
      title: "What to bring to your first supervision session",
      path: "/blog/what-to-bring-to-your-first-supervision-session/",
      date: "2026-01-14",
      intro:
        "A little preparation makes a first supervision session far more useful. A simple checklist of what to bring, what to reflect on and what to ask.",
      reading_minutes: 2,
      hero: {
        src: "/media/images/blog-what-to-brin.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-what-to-brin.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-what-to-brin.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of a bright circle rising over layered dusky purple and peach hills",
      },
      author: {
        name: "Jordan Ellis",
        path: "/team/jordan-ellis/",
      },
      categories: [
        {
          slug: "licensure",
          name: "Licensure",
        },
        {
          slug: "supervision",
          name: "Supervision",
        },
      ],
    },
    {
      id: 44,
      title: "What group supervision gives you that one-to-one can't",
      path: "/blog/what-group-supervision-offers/",
      date: "2026-07-29",
      intro:
        "Guest writer Tessa Marlowe on why a good supervision group can become one of the most useful rooms in a clinician's week.",
      reading_minutes: 3,
      hero: {
        src: "/media/images/blog-what-group-s.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-what-group-s.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-what-group-s.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of a ring of small glowing circles around a larger warm one on a deep amber gradient",
      },
      author: {
        name: "Tessa Marlowe",
        path: null,
      },
      categories: [
        {
          slug: "supervision",
          name: "Supervision",
        },
      ],
    },
    {
      id: 41,
      title: "Preparing for the Colorado LPC and LCSW licensure path",
      path: "/blog/preparing-for-the-colorado-licensure-path/",
      date: "2026-10-07",
      intro:
        "Licensure in Colorado can feel like a maze. A calm overview of the broad stages, the paperwork habits that help, and where to check the current rules.",
      reading_minutes: 2,
      hero: {
        src: "/media/images/blog-preparing-fo.2e16d0ba.fill-480x320-c50.format-webp.webp",
        srcset:
          "/media/images/blog-preparing-fo.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-preparing-fo.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
        width: 480,
        height: 320,
        alt: "Abstract illustration of a winding pale path crossing teal and sand-coloured bands of colour",
      },
      author: {
        name: "Jordan Ellis",
        path: "/team/jordan-ellis/",
      },
      categories: [
        {
          slug: "licensure",
          name: "Licensure",
        },
      ],
    },
  ],
  recent: [
    {
      id: 40,
      title: "Safety planning as a collaboration, not a form",
      path: "/blog/safety-planning-as-a-collaboration/",
      date: "2026-10-27",
    },
    {
      id: 41,
      title: "Preparing for the Colorado LPC and LCSW licensure path",
      path: "/blog/preparing-for-the-colorado-licensure-path/",
      date: "2026-10-07",
    },
    {
      id: 42,
      title: "Bringing LGBTQIA+-affirming practice into supervision",
      path: "/blog/lgbtqia-affirming-practice-in-supervision/",
      date: "2026-09-16",
    },
    {
      id: 43,
      title: "Why clients stop coming after the first few sessions",
      path: "/blog/why-clients-stop-coming-after-the-first-sessions/",
      date: "2026-08-26",
    },
    {
      id: 44,
      title: "What group supervision gives you that one-to-one can't",
      path: "/blog/what-group-supervision-offers/",
      date: "2026-07-29",
    },
  ],
  more_by_author: [
    {
      id: 45,
      title: "Documenting suicide risk assessment: the basics",
      path: "/blog/documenting-suicide-risk-assessment/",
      date: "2026-06-24",
    },
  ],
  previous: {
    id: 40,
    title: "Safety planning as a collaboration, not a form",
    path: "/blog/safety-planning-as-a-collaboration/",
    date: "2026-10-27",
  },
  next: null,
  comments_open: true,
  comment_count: 4,
  comments: [
    {
      id: 1,
      name: "Kendra L.",
      body: "This put words to something I couldn't explain about my best supervisor. She never made me feel like I had to perform competence. Thank you for writing it.",
      created_at: "2026-11-19T08:42:00-07:00",
    },
    {
      id: 2,
      name: "Marco",
      body: "The point about naming the power difference really landed. I'd never thought about how much I edited what I brought to supervision because my hours depended on it.",
      created_at: "2026-11-19T20:15:00-07:00",
    },
    {
      id: 3,
      name: "Beth A.",
      body: "I'm a new supervisor and I'm printing the section on repairing ruptures. It's reassuring to read that getting it wrong and repairing it is part of the work.",
      created_at: "2026-11-21T12:03:00-07:00",
    },
    {
      id: 4,
      name: "Tomás R.",
      body: "Parallel process was the thing that made supervision click for me. Nice to see it explained so plainly.",
      created_at: "2026-11-22T09:30:00-07:00",
    },
  ],
};

/** The home page's `latest_posts`. */
export const latestPosts: Schemas["PostSummary"][] = [
  {
    id: 39,
    title: "What is relationship-based clinical supervision?",
    path: "/blog/what-is-relationship-based-clinical-supervision/",
    date: "2026-11-18",
    intro:
      "Good supervision is more than signing off hours. What we mean by relationship-based supervision, why it matters for new clinicians, and what it looks like week to week.",
    reading_minutes: 3,
    hero: {
      src: "/media/images/blog-what-is-rela.2e16d0ba.fill-480x320-c50.format-webp.webp",
      srcset:
        "/media/images/blog-what-is-rela.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-what-is-rela.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
      width: 480,
      height: 320,
      alt: "Abstract illustration of two overlapping warm circles glowing on a soft orange gradient",
    },
    author: {
      name: "Maya Okafor",
      path: "/team/maya-okafor/",
    },
    categories: [
      {
        slug: "supervision",
        name: "Supervision",
      },
    ],
  },
  {
    id: 40,
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
  {
    id: 41,
    title: "Preparing for the Colorado LPC and LCSW licensure path",
    path: "/blog/preparing-for-the-colorado-licensure-path/",
    date: "2026-10-07",
    intro:
      "Licensure in Colorado can feel like a maze. A calm overview of the broad stages, the paperwork habits that help, and where to check the current rules.",
    reading_minutes: 2,
    hero: {
      src: "/media/images/blog-preparing-fo.2e16d0ba.fill-480x320-c50.format-webp.webp",
      srcset:
        "/media/images/blog-preparing-fo.2e16d0ba.fill-480x320-c50.format-webp.webp 480w, /media/images/blog-preparing-fo.2e16d0ba.fill-960x640-c50.format-webp.webp 960w",
      width: 480,
      height: 320,
      alt: "Abstract illustration of a winding pale path crossing teal and sand-coloured bands of colour",
    },
    author: {
      name: "Jordan Ellis",
      path: "/team/jordan-ellis/",
    },
    categories: [
      {
        slug: "licensure",
        name: "Licensure",
      },
    ],
  },
];

/** Maya Okafor's `posts` on her profile. */
export const memberPosts: Schemas["PostLink"][] = [
  {
    id: 39,
    title: "What is relationship-based clinical supervision?",
    path: "/blog/what-is-relationship-based-clinical-supervision/",
    date: "2026-11-18",
  },
  {
    id: 45,
    title: "Documenting suicide risk assessment: the basics",
    path: "/blog/documenting-suicide-risk-assessment/",
    date: "2026-06-24",
  },
];

/** 201 from POST /api/blog/posts/39/comments/ */
export const commentReceipt: Schemas["CommentReceipt"] = {
  id: 15,
  status: "pending",
  message: "Thank you. Your comment will appear once a moderator has read it.",
};

/** 400 from POST /api/blog/posts/39/comments/ */
export const commentInvalid: Schemas["Error"] = {
  error: {
    code: "invalid",
    message: "Some fields need attention.",
    fields: {
      name: ["This field may not be blank."],
      email: ["Enter a valid email address."],
      body: ["Ensure this field has at least 2 characters."],
    },
  },
};

/** 200 from POST /api/blog/posts/39/views/ */
export const viewCount: Schemas["ViewCount"] = {
  views: 149,
  counted: true,
};
