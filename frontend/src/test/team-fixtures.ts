/**
 * Pages and answers of the team app, copied from real responses of the demo site
 * (`/api/pages/resolve/?path=...` and `POST /api/match/`), with the SEO block shortened
 * to what tests need. Typed with the generated schema so that a changed API fails the
 * typecheck here.
 */
import type { components } from "../lib/api-types";
import { seo } from "./fixtures";

type Schemas = components["schemas"];

/** /api/pages/resolve/?path=/team/ */
export const teamIndexPage: Schemas["TeamIndexPage"] = {
  id: 24,
  type: "team.TeamIndexPage",
  title: "Our team",
  path: "/team/",
  seo: seo("Our team", "/team/"),
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Our team",
      path: "/team/",
    },
  ],
  last_published_at: "2026-11-26T18:27:56.605453-07:00",
  intro:
    "Experienced, warm supervisors and consultants with a wide range of specialties, styles and schedules.",
  body: [
    {
      type: "rich_text",
      id: "af80b54b-34b0-410b-bb6b-12bc51c50884",
      value: {
        html: '<p>Every supervisor on our team is licensed in the states they serve and trained as a clinical supervisor. Read their profiles, or <a href="/find-a-supervisor/">use the matcher</a> to see who fits your needs best.</p>',
      },
    },
  ],
  members: [
    {
      id: 25,
      name: "Maya Okafor",
      slug: "maya-okafor",
      path: "/team/maya-okafor/",
      pronouns: "she/her",
      role: "founder",
      role_label: "Founder and clinical supervisor",
      short_bio:
        "Founder of the practice and an approved clinical supervisor who has guided more than sixty counselors to licensure.",
      photo: {
        src: "/media/images/maya-okafor.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/maya-okafor.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/maya-okafor.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Maya Okafor",
      },
      accepting_new: true,
      formats: ["individual", "group", "online", "in_person"],
      specialties: ["Ethics and documentation", "Suicide and risk assessment", "Trauma and PTSD"],
      licenses: [
        {
          code: "LPC",
          name: "Licensed Professional Counselor",
          state: "CO",
          state_name: "Colorado",
          number: "LPC.CO-SAMPLE-001",
          can_supervise: true,
          verified: "2026-09-01",
        },
        {
          code: "LAC",
          name: "Licensed Addiction Counselor",
          state: "CO",
          state_name: "Colorado",
          number: "LAC.CO-SAMPLE-002",
          can_supervise: false,
          verified: "2026-09-01",
        },
      ],
    },
    {
      id: 26,
      name: "Daniel Reyes",
      slug: "daniel-reyes",
      path: "/team/daniel-reyes/",
      pronouns: "he/him",
      role: "supervisor",
      role_label: "Clinical supervisor",
      short_bio:
        "LCSW supervisor for social work candidates, with a background in hospital and school social work.",
      photo: {
        src: "/media/images/daniel-reyes.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/daniel-reyes.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/daniel-reyes.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Daniel Reyes",
      },
      accepting_new: true,
      formats: ["individual", "dyad", "online"],
      specialties: ["Children and adolescents", "Culturally responsive practice", "Family systems"],
      licenses: [
        {
          code: "LCSW",
          name: "Licensed Clinical Social Worker",
          state: "CO",
          state_name: "Colorado",
          number: "LCSW.CO-SAMPLE-001",
          can_supervise: true,
          verified: "2026-09-01",
        },
        {
          code: "LICSW",
          name: "Licensed Independent Clinical Social Worker",
          state: "WA",
          state_name: "Washington",
          number: "LICSW.WA-SAMPLE-002",
          can_supervise: true,
          verified: "2026-09-01",
        },
      ],
    },
    {
      id: 27,
      name: "Priya Shah",
      slug: "priya-shah",
      path: "/team/priya-shah/",
      pronouns: "she/they",
      role: "supervisor",
      role_label: "Clinical supervisor",
      short_bio:
        "DBT-trained counselor supervisor for Washington associates, focused on skills-based work with people in crisis.",
      photo: {
        src: "/media/images/priya-shah.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/priya-shah.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/priya-shah.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Priya Shah",
      },
      accepting_new: true,
      formats: ["individual", "group", "online"],
      specialties: ["DBT", "LGBTQIA+ clients", "Suicide and risk assessment"],
      licenses: [
        {
          code: "LMHC",
          name: "Licensed Mental Health Counselor",
          state: "WA",
          state_name: "Washington",
          number: "LMHC.WA-SAMPLE-001",
          can_supervise: true,
          verified: "2026-09-01",
        },
      ],
    },
    {
      id: 28,
      name: "Sam Whitehorse",
      slug: "sam-whitehorse",
      path: "/team/sam-whitehorse/",
      pronouns: "they/them",
      role: "supervisor",
      role_label: "Clinical supervisor",
      short_bio:
        "Addiction and co-occurring disorders supervisor for LPC and LAC candidates in Colorado.",
      photo: {
        src: "/media/images/sam-whitehorse.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/sam-whitehorse.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/sam-whitehorse.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Sam Whitehorse",
      },
      accepting_new: true,
      formats: ["individual", "group", "in_person", "online"],
      specialties: [
        "Culturally responsive practice",
        "Substance use and addictions",
        "Trauma and PTSD",
      ],
      licenses: [
        {
          code: "LPC",
          name: "Licensed Professional Counselor",
          state: "CO",
          state_name: "Colorado",
          number: "LPC.CO-SAMPLE-001",
          can_supervise: true,
          verified: "2026-09-01",
        },
        {
          code: "LAC",
          name: "Licensed Addiction Counselor",
          state: "CO",
          state_name: "Colorado",
          number: "LAC.CO-SAMPLE-002",
          can_supervise: true,
          verified: "2026-09-01",
        },
      ],
    },
    {
      id: 29,
      name: "Helen Park",
      slug: "helen-park",
      path: "/team/helen-park/",
      pronouns: "she/her",
      role: "consultant",
      role_label: "Clinical consultant",
      short_bio:
        "Consultant for licensed clinicians working with older adults, grief and caregiving families.",
      photo: {
        src: "/media/images/helen-park.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/helen-park.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/helen-park.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Helen Park",
      },
      accepting_new: false,
      formats: ["individual", "online"],
      specialties: ["Grief and loss", "Older adults", "Supervisor development"],
      licenses: [
        {
          code: "LMFT",
          name: "Licensed Marriage and Family Therapist",
          state: "CO",
          state_name: "Colorado",
          number: "LMFT.CO-SAMPLE-001",
          can_supervise: true,
          verified: "2026-09-01",
        },
        {
          code: "LPC",
          name: "Licensed Professional Counselor",
          state: "CO",
          state_name: "Colorado",
          number: "LPC.CO-SAMPLE-002",
          can_supervise: false,
          verified: "2026-09-01",
        },
      ],
    },
    {
      id: 30,
      name: "Jordan Ellis",
      slug: "jordan-ellis",
      path: "/team/jordan-ellis/",
      pronouns: "he/him",
      role: "supervisor",
      role_label: "Clinical supervisor",
      short_bio:
        "Counselor supervisor for LPC candidates in private practice settings, with a focus on anxiety, OCD and exam preparation.",
      photo: {
        src: "/media/images/jordan-ellis.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/jordan-ellis.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/jordan-ellis.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Jordan Ellis",
      },
      accepting_new: true,
      formats: ["individual", "dyad", "group", "online", "in_person"],
      specialties: [
        "Anxiety and OCD",
        "CBT",
        "Licensure exam preparation",
        "Private practice development",
      ],
      licenses: [
        {
          code: "LPC",
          name: "Licensed Professional Counselor",
          state: "CO",
          state_name: "Colorado",
          number: "LPC.CO-SAMPLE-001",
          can_supervise: true,
          verified: "2026-09-01",
        },
      ],
    },
    {
      id: 31,
      name: "Rosa Delgado",
      slug: "rosa-delgado",
      path: "/team/rosa-delgado/",
      pronouns: "she/her",
      role: "supervisor",
      role_label: "Clinical supervisor",
      short_bio:
        "EMDR-trained LICSW supervisor for Washington social work associates in community agencies.",
      photo: {
        src: "/media/images/rosa-delgado.2e16d0ba.fill-320x320-c75.format-webp.webp",
        srcset:
          "/media/images/rosa-delgado.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/rosa-delgado.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
        width: 320,
        height: 320,
        alt: "Illustrated portrait of Rosa Delgado",
      },
      accepting_new: true,
      formats: ["individual", "group", "online"],
      specialties: ["Couples", "EMDR", "Trauma and PTSD"],
      licenses: [
        {
          code: "LICSW",
          name: "Licensed Independent Clinical Social Worker",
          state: "WA",
          state_name: "Washington",
          number: "LICSW.WA-SAMPLE-001",
          can_supervise: true,
          verified: "2026-09-01",
        },
        {
          code: "LMHC",
          name: "Licensed Mental Health Counselor",
          state: "WA",
          state_name: "Washington",
          number: "LMHC.WA-SAMPLE-002",
          can_supervise: true,
          verified: "2026-09-01",
        },
      ],
    },
  ],
  filters: {
    states: [
      {
        code: "CO",
        name: "Colorado",
        board_name:
          "Colorado Department of Regulatory Agencies, Division of Professions and Occupations",
        board_url: "https://dpo.colorado.gov/",
        online_supervision_across_state_lines: true,
      },
      {
        code: "WA",
        name: "Washington",
        board_name: "Washington State Department of Health",
        board_url: "https://doh.wa.gov/licenses-permits-and-certificates",
        online_supervision_across_state_lines: false,
      },
    ],
    license_types: [
      {
        code: "LAC",
        name: "Licensed Addiction Counselor",
        profession: "addiction",
        profession_label: "Addiction counseling",
        level: "independent",
        state: "CO",
      },
      {
        code: "LPCC",
        name: "Licensed Professional Counselor Candidate",
        profession: "counseling",
        profession_label: "Professional counseling",
        level: "candidate",
        state: "CO",
      },
      {
        code: "LPC",
        name: "Licensed Professional Counselor",
        profession: "counseling",
        profession_label: "Professional counseling",
        level: "independent",
        state: "CO",
      },
      {
        code: "MFTC",
        name: "Marriage and Family Therapist Candidate",
        profession: "marriage_family",
        profession_label: "Marriage and family therapy",
        level: "candidate",
        state: "CO",
      },
      {
        code: "LMFT",
        name: "Licensed Marriage and Family Therapist",
        profession: "marriage_family",
        profession_label: "Marriage and family therapy",
        level: "independent",
        state: "CO",
      },
      {
        code: "SWC",
        name: "Social Work Candidate",
        profession: "social_work",
        profession_label: "Social work",
        level: "candidate",
        state: "CO",
      },
      {
        code: "LCSW",
        name: "Licensed Clinical Social Worker",
        profession: "social_work",
        profession_label: "Social work",
        level: "independent",
        state: "CO",
      },
      {
        code: "LMHCA",
        name: "Licensed Mental Health Counselor Associate",
        profession: "counseling",
        profession_label: "Professional counseling",
        level: "candidate",
        state: "WA",
      },
      {
        code: "LMHC",
        name: "Licensed Mental Health Counselor",
        profession: "counseling",
        profession_label: "Professional counseling",
        level: "independent",
        state: "WA",
      },
      {
        code: "LMFTA",
        name: "Licensed Marriage and Family Therapist Associate",
        profession: "marriage_family",
        profession_label: "Marriage and family therapy",
        level: "candidate",
        state: "WA",
      },
      {
        code: "LMFT",
        name: "Licensed Marriage and Family Therapist",
        profession: "marriage_family",
        profession_label: "Marriage and family therapy",
        level: "independent",
        state: "WA",
      },
      {
        code: "SWAIC",
        name: "Social Worker Associate Independent Clinical",
        profession: "social_work",
        profession_label: "Social work",
        level: "candidate",
        state: "WA",
      },
      {
        code: "LICSW",
        name: "Licensed Independent Clinical Social Worker",
        profession: "social_work",
        profession_label: "Social work",
        level: "independent",
        state: "WA",
      },
    ],
    specialties: [
      {
        name: "Anxiety and OCD",
        kind: "clinical_issue",
      },
      {
        name: "CBT",
        kind: "modality",
      },
      {
        name: "Children and adolescents",
        kind: "population",
      },
      {
        name: "Couples",
        kind: "population",
      },
      {
        name: "Culturally responsive practice",
        kind: "professional_topic",
      },
      {
        name: "DBT",
        kind: "modality",
      },
      {
        name: "EMDR",
        kind: "modality",
      },
      {
        name: "Ethics and documentation",
        kind: "professional_topic",
      },
      {
        name: "Family systems",
        kind: "modality",
      },
      {
        name: "Grief and loss",
        kind: "clinical_issue",
      },
      {
        name: "LGBTQIA+ clients",
        kind: "population",
      },
      {
        name: "Licensure exam preparation",
        kind: "professional_topic",
      },
      {
        name: "Older adults",
        kind: "population",
      },
      {
        name: "Private practice development",
        kind: "professional_topic",
      },
      {
        name: "Substance use and addictions",
        kind: "clinical_issue",
      },
      {
        name: "Suicide and risk assessment",
        kind: "clinical_issue",
      },
      {
        name: "Supervisor development",
        kind: "professional_topic",
      },
      {
        name: "Trauma and PTSD",
        kind: "clinical_issue",
      },
    ],
    formats: [
      {
        value: "individual",
        label: "Individual",
      },
      {
        value: "dyad",
        label: "Dyad",
      },
      {
        value: "group",
        label: "Group",
      },
      {
        value: "online",
        label: "Online",
      },
      {
        value: "in_person",
        label: "In person",
      },
    ],
  },
};

/** The team as directory cards, for the pages that list supervisors. */
export const teamMembers = teamIndexPage.members;

/** One member's card, by slug. */
export function member(slug: string): Schemas["TeamMemberSummary"] {
  const found = teamMembers.find((item) => item.slug === slug);
  if (!found) throw new Error(`No team member ${slug} in the fixtures`);
  return found;
}

/** /api/pages/resolve/?path=/team/maya-okafor/ */
export const teamMemberPage: Schemas["TeamMemberPage"] = {
  id: 25,
  type: "team.TeamMemberPage",
  title: "Maya Okafor",
  path: "/team/maya-okafor/",
  seo: seo("Maya Okafor", "/team/maya-okafor/"),
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Our team",
      path: "/team/",
    },
    {
      title: "Maya Okafor",
      path: "/team/maya-okafor/",
    },
  ],
  last_published_at: "2026-11-26T18:27:55.333395-07:00",
  pronouns: "she/her",
  role: "founder",
  role_label: "Founder and clinical supervisor",
  photo: {
    src: "/media/images/maya-okafor.2e16d0ba.fill-320x320-c75.format-webp.webp",
    srcset:
      "/media/images/maya-okafor.2e16d0ba.fill-320x320-c75.format-webp.webp 320w, /media/images/maya-okafor.2e16d0ba.fill-640x640-c75.format-webp.webp 640w",
    width: 320,
    height: 320,
    alt: "Illustrated portrait of Maya Okafor",
  },
  short_bio:
    "Founder of the practice and an approved clinical supervisor who has guided more than sixty counselors to licensure.",
  bio: "<p>Maya started Firelight after a decade in community mental health, where she saw how much good supervision shaped new clinicians. She supervises LPC candidates and consults on trauma and risk. Her supervision is warm and practical: clear structure, honest feedback and a lot of curiosity about how you want to practise.</p>",
  languages: ["English"],
  licenses: [
    {
      code: "LPC",
      name: "Licensed Professional Counselor",
      state: "CO",
      state_name: "Colorado",
      number: "LPC.CO-SAMPLE-001",
      can_supervise: true,
      verified: "2026-09-01",
    },
    {
      code: "LAC",
      name: "Licensed Addiction Counselor",
      state: "CO",
      state_name: "Colorado",
      number: "LAC.CO-SAMPLE-002",
      can_supervise: false,
      verified: "2026-09-01",
    },
  ],
  certifications: ["Approved clinical supervisor", "Sample profile: fictional person"],
  years_licensed: 14,
  years_supervising: 9,
  supervision_model: "Integrated developmental model",
  style: {
    structure: 2,
    direction: 3,
    teaching: 3,
  },
  style_statement: "I want you to leave each session clearer about your next step with a client.",
  specialties: [
    {
      name: "Ethics and documentation",
      kind: "professional_topic",
    },
    {
      name: "Suicide and risk assessment",
      kind: "clinical_issue",
    },
    {
      name: "Trauma and PTSD",
      kind: "clinical_issue",
    },
  ],
  work_settings: [
    {
      value: "community_mental_health",
      label: "Community mental health",
    },
    {
      value: "private_practice",
      label: "Private practice",
    },
  ],
  formats: [
    {
      value: "individual",
      label: "Individual",
    },
    {
      value: "group",
      label: "Group",
    },
    {
      value: "online",
      label: "Online",
    },
    {
      value: "in_person",
      label: "In person",
    },
  ],
  availability: [
    {
      weekday: 1,
      weekday_label: "Tuesday",
      start: "13:00",
      end: "17:00",
      time_zone: "America/Denver",
    },
    {
      weekday: 3,
      weekday_label: "Thursday",
      start: "13:00",
      end: "17:00",
      time_zone: "America/Denver",
    },
  ],
  accepting_new: true,
  fee_notes: "Sliding-scale places available for community clinicians.",
  consultation_path: "/team/free-phone-consultation/",
  posts: [
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
  ],
};

/** /api/pages/resolve/?path=/find-a-supervisor/ */
export const matchPage: Schemas["MatchPage"] = {
  id: 33,
  type: "team.MatchPage",
  title: "Find a supervisor",
  path: "/find-a-supervisor/",
  seo: seo("Find a supervisor", "/find-a-supervisor/"),
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Find a supervisor",
      path: "/find-a-supervisor/",
    },
  ],
  last_published_at: "2026-11-26T18:27:56.634235-07:00",
  intro:
    "Answer a few questions about your state, license, schedule and interests, and we will suggest the supervisors who fit you best.",
  no_results_text:
    "Nobody on the team fits every answer right now. Here is why, and the closest alternatives.",
  body: [
    {
      type: "rich_text",
      id: "558676e5-0090-4d26-8e57-0e1c1f1aec58",
      value: {
        html: "<p>The matcher looks at licensure requirements first, then at your schedule, specialties and the supervision style you prefer.</p>",
      },
    },
  ],
  options: {
    states: [
      {
        code: "CO",
        name: "Colorado",
        board_name:
          "Colorado Department of Regulatory Agencies, Division of Professions and Occupations",
        board_url: "https://dpo.colorado.gov/",
        online_supervision_across_state_lines: true,
      },
      {
        code: "WA",
        name: "Washington",
        board_name: "Washington State Department of Health",
        board_url: "https://doh.wa.gov/licenses-permits-and-certificates",
        online_supervision_across_state_lines: false,
      },
    ],
    license_types: [
      {
        id: "7",
        code: "LAC",
        name: "Licensed Addiction Counselor",
        state: "CO",
        level: "independent",
      },
      {
        id: "1",
        code: "LPCC",
        name: "Licensed Professional Counselor Candidate",
        state: "CO",
        level: "candidate",
      },
      {
        id: "2",
        code: "LPC",
        name: "Licensed Professional Counselor",
        state: "CO",
        level: "independent",
      },
      {
        id: "5",
        code: "MFTC",
        name: "Marriage and Family Therapist Candidate",
        state: "CO",
        level: "candidate",
      },
      {
        id: "6",
        code: "LMFT",
        name: "Licensed Marriage and Family Therapist",
        state: "CO",
        level: "independent",
      },
      {
        id: "3",
        code: "SWC",
        name: "Social Work Candidate",
        state: "CO",
        level: "candidate",
      },
      {
        id: "4",
        code: "LCSW",
        name: "Licensed Clinical Social Worker",
        state: "CO",
        level: "independent",
      },
      {
        id: "8",
        code: "LMHCA",
        name: "Licensed Mental Health Counselor Associate",
        state: "WA",
        level: "candidate",
      },
      {
        id: "9",
        code: "LMHC",
        name: "Licensed Mental Health Counselor",
        state: "WA",
        level: "independent",
      },
      {
        id: "12",
        code: "LMFTA",
        name: "Licensed Marriage and Family Therapist Associate",
        state: "WA",
        level: "candidate",
      },
      {
        id: "13",
        code: "LMFT",
        name: "Licensed Marriage and Family Therapist",
        state: "WA",
        level: "independent",
      },
      {
        id: "10",
        code: "SWAIC",
        name: "Social Worker Associate Independent Clinical",
        state: "WA",
        level: "candidate",
      },
      {
        id: "11",
        code: "LICSW",
        name: "Licensed Independent Clinical Social Worker",
        state: "WA",
        level: "independent",
      },
    ],
    specialties: [
      {
        id: "4",
        name: "Anxiety and OCD",
        kind: "clinical_issue",
      },
      {
        id: "7",
        name: "CBT",
        kind: "modality",
      },
      {
        id: "12",
        name: "Children and adolescents",
        kind: "population",
      },
      {
        id: "13",
        name: "Couples",
        kind: "population",
      },
      {
        id: "18",
        name: "Culturally responsive practice",
        kind: "professional_topic",
      },
      {
        id: "6",
        name: "DBT",
        kind: "modality",
      },
      {
        id: "8",
        name: "EMDR",
        kind: "modality",
      },
      {
        id: "14",
        name: "Ethics and documentation",
        kind: "professional_topic",
      },
      {
        id: "9",
        name: "Family systems",
        kind: "modality",
      },
      {
        id: "5",
        name: "Grief and loss",
        kind: "clinical_issue",
      },
      {
        id: "10",
        name: "LGBTQIA+ clients",
        kind: "population",
      },
      {
        id: "15",
        name: "Licensure exam preparation",
        kind: "professional_topic",
      },
      {
        id: "11",
        name: "Older adults",
        kind: "population",
      },
      {
        id: "17",
        name: "Private practice development",
        kind: "professional_topic",
      },
      {
        id: "3",
        name: "Substance use and addictions",
        kind: "clinical_issue",
      },
      {
        id: "2",
        name: "Suicide and risk assessment",
        kind: "clinical_issue",
      },
      {
        id: "16",
        name: "Supervisor development",
        kind: "professional_topic",
      },
      {
        id: "1",
        name: "Trauma and PTSD",
        kind: "clinical_issue",
      },
    ],
    stages: [
      {
        value: "starting",
        label: "Just starting my supervised hours",
      },
      {
        value: "mid_hours",
        label: "Part-way through my hours",
      },
      {
        value: "licensed",
        label: "Fully licensed",
      },
      {
        value: "supervising",
        label: "Supervising others",
      },
    ],
    formats: [
      {
        value: "individual",
        label: "Individual",
      },
      {
        value: "dyad",
        label: "Dyad",
      },
      {
        value: "group",
        label: "Group",
      },
    ],
    modes: [
      {
        value: "either",
        label: "Online or in person",
      },
      {
        value: "online",
        label: "Online",
      },
      {
        value: "in_person",
        label: "In person",
      },
    ],
    weekdays: [
      {
        value: "0",
        label: "Monday",
      },
      {
        value: "1",
        label: "Tuesday",
      },
      {
        value: "2",
        label: "Wednesday",
      },
      {
        value: "3",
        label: "Thursday",
      },
      {
        value: "4",
        label: "Friday",
      },
      {
        value: "5",
        label: "Saturday",
      },
      {
        value: "6",
        label: "Sunday",
      },
    ],
    parts_of_day: [
      {
        value: "morning",
        label: "Morning (8–12h)",
      },
      {
        value: "afternoon",
        label: "Afternoon (12–17h)",
      },
      {
        value: "evening",
        label: "Evening (17–21h)",
      },
    ],
    time_zones: [
      {
        value: "America/Denver",
        label: "Mountain time (Denver)",
      },
      {
        value: "America/Phoenix",
        label: "Arizona time (Phoenix)",
      },
      {
        value: "America/Los_Angeles",
        label: "Pacific time (Seattle)",
      },
      {
        value: "America/Chicago",
        label: "Central time (Chicago)",
      },
      {
        value: "America/New_York",
        label: "Eastern time (New York)",
      },
    ],
    work_settings: [
      {
        value: "community_mental_health",
        label: "Community mental health",
      },
      {
        value: "agency",
        label: "Agency or group practice",
      },
      {
        value: "private_practice",
        label: "Private practice",
      },
      {
        value: "school",
        label: "School",
      },
    ],
    style_scales: [
      {
        value: "structure",
        low: "Structured",
        high: "Flexible",
      },
      {
        value: "direction",
        low: "Directive",
        high: "Collaborative",
      },
      {
        value: "teaching",
        low: "Didactic",
        high: "Reflective",
      },
    ],
  },
};

/** The request and answer of a walk-through that finds Maya Okafor. */
export const matchRequest: Schemas["MatchAnswersRequest"] = {
  states: ["CO"],
  target_license: 2,
  stage: "starting",
  format: "individual",
  mode: "online",
  availability: [
    {
      weekday: 1,
      part: "afternoon",
    },
    {
      weekday: 3,
      part: "afternoon",
    },
  ],
  time_zone: "America/Denver",
  specialties: [1, 6],
  setting: "community_mental_health",
  style: {
    structure: 2,
  },
};

export const matchResponse: Schemas["MatchResponse"] = {
  id: 41,
  results: [
    {
      ...member("maya-okafor"),
      score: 86.7,
      reasons: [
        "Licensed LPC in Colorado, approved to supervise",
        "Shares your interests: trauma and PTSD",
        "Tue/Thu afternoons overlap",
        "Supervision style close to what you asked for",
        "Experienced in your work setting",
      ],
    },
  ],
  considered: 7,
  excluded: [
    {
      filter: "license",
      reason: "not licensed to supervise your track in your state",
      count: 2,
    },
    {
      filter: "accepting",
      reason: "not accepting new supervisees",
      count: 1,
    },
    {
      filter: "schedule",
      reason: "no shared time in your week",
      count: 3,
    },
  ],
  alternatives: [],
  suggestions: [],
  message: "",
};

/** Answers nobody on the team fits: Washington LMHC, group, Sunday morning. */
export const noMatchRequest: Schemas["MatchAnswersRequest"] = {
  states: ["WA"],
  target_license: 9,
  stage: "mid_hours",
  format: "group",
  mode: "either",
  availability: [
    {
      weekday: 6,
      part: "morning",
    },
  ],
  time_zone: "America/Los_Angeles",
  specialties: [6],
  setting: "",
};

export const noMatchResponse: Schemas["MatchResponse"] = {
  id: 42,
  results: [],
  considered: 7,
  excluded: [
    {
      filter: "license",
      reason: "not licensed to supervise your track in your state",
      count: 4,
    },
    {
      filter: "format",
      reason: "does not offer the format you chose",
      count: 1,
    },
    {
      filter: "schedule",
      reason: "no shared time in your week",
      count: 2,
    },
  ],
  alternatives: [
    {
      ...member("priya-shah"),
      score: 75.0,
      reasons: ["Licensed LMHC in Washington, approved to supervise", "Shares your interests: DBT"],
      missing: "no shared time in your week",
    },
    {
      ...member("rosa-delgado"),
      score: 41.7,
      reasons: ["Licensed LMHC in Washington, approved to supervise"],
      missing: "no shared time in your week",
    },
    {
      ...member("daniel-reyes"),
      score: 25.0,
      reasons: ["Licensed LICSW in Washington, approved to supervise"],
      missing: "does not offer the format you chose",
    },
  ],
  suggestions: [
    "Add more times in your week: some supervisors who fit are available at other times.",
    "Consider another format: group supervision is often easier to schedule and costs less.",
  ],
  message:
    "Nobody on the team fits every answer right now. Here is why, and the closest alternatives.",
};

/** A 400 for answers with an unknown state and nothing else. */
export const invalidResponse: Schemas["Error"] = {
  error: {
    code: "invalid",
    message: "Some fields need attention.",
    fields: {
      states: ["We do not serve: ZZ."],
      target_license: ["This field is required."],
      stage: ["This field is required."],
      format: ["This field is required."],
      availability: ["This field is required."],
      time_zone: ["This field is required."],
    },
  },
};
