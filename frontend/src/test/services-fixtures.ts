/**
 * Pages of the services app, copied from real resolve responses of the demo site
 * (`/api/pages/resolve/?path=...`), with the SEO block shortened to what tests need.
 * Typed with the generated schema so that a changed API fails the typecheck here.
 */
import type { components } from "../lib/api-types";
import { seo } from "./fixtures";
import { member } from "./team-fixtures";

type Schemas = components["schemas"];

/** /api/pages/resolve/?path=/supervision/ */
export const serviceIndexPage: Schemas["ServiceIndexPage"] = {
  id: 4,
  type: "services.ServiceIndexPage",
  title: "Supervision",
  path: "/supervision/",
  seo: seo("Supervision", "/supervision/"),
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Supervision",
      path: "/supervision/",
    },
  ],
  last_published_at: "2026-11-26T18:06:42.758073-07:00",
  kind: "supervision",
  intro:
    "Clinical supervision for therapists working toward licensure in Colorado, Washington and beyond — individually, in small groups, online or in person.",
  body: [
    {
      type: "rich_text",
      id: "634bf632-1309-4601-9661-fa65c5fd5056",
      value: {
        html: "<p>Supervision is where your clinical judgement takes shape. Our supervisors hold the credentials your state board requires, and they also know what it feels like to carry a full caseload while logging hours. Every arrangement starts with a free consultation call so you can find the right fit.</p>",
      },
    },
    {
      type: "rich_text",
      id: "7e4ddbfc-1314-49f6-8502-a08a8fc6f0c6",
      value: {
        html: '<p>Not sure which format suits you? Compare <a href="/supervision/individual/">individual supervision</a> with <a href="/supervision/group/">group supervision</a>, or <a href="/find-a-supervisor/">let us suggest a supervisor</a> based on your goals.</p>',
      },
    },
  ],
  services: [
    {
      title: "Supervision community",
      path: "/supervision/community/",
      intro:
        "A membership-style community for pre-licensed clinicians: a monthly supervision group, drop-in office hours and a peer case-consultation space, at a predictable monthly price.",
      kind: "supervision",
      formats: [
        {
          value: "group",
          label: "Group",
        },
        {
          value: "online",
          label: "Online",
        },
      ],
      counts_toward_licensure: true,
      price_from: "95.00",
    },
    {
      title: "Individual supervision",
      path: "/supervision/individual/",
      intro:
        "Weekly or biweekly one-to-one supervision that counts toward licensure, focused on your cases, your growth edges and your exam preparation.",
      kind: "supervision",
      formats: [
        {
          value: "individual",
          label: "Individual",
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
      counts_toward_licensure: true,
      price_from: "120.00",
    },
    {
      title: "Group supervision",
      path: "/supervision/group/",
      intro:
        "Small groups of three to six clinicians who learn from each other's cases, led by an approved supervisor. Hours count toward licensure up to your board's limit.",
      kind: "supervision",
      formats: [
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
      counts_toward_licensure: true,
      price_from: "55.00",
    },
    {
      title: "Online supervision",
      path: "/supervision/online/",
      intro:
        "Secure video supervision for clinicians anywhere in the states we serve, with the same structure and documentation as meeting in person.",
      kind: "supervision",
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
      ],
      counts_toward_licensure: true,
      price_from: "115.00",
    },
    {
      title: "Supervision for agencies",
      path: "/supervision/agencies/",
      intro:
        "Contracted clinical supervision for community mental health centres, group practices and schools that need licensed supervisors for their staff.",
      kind: "supervision",
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
      counts_toward_licensure: true,
      price_from: "110.00",
    },
  ],
};

/** /api/pages/resolve/?path=/supervision/group/ */
export const servicePage: Schemas["ServicePage"] = {
  id: 7,
  type: "services.ServicePage",
  title: "Group supervision",
  path: "/supervision/group/",
  seo: seo("Group supervision", "/supervision/group/"),
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Supervision",
      path: "/supervision/",
    },
    {
      title: "Group supervision",
      path: "/supervision/group/",
    },
  ],
  last_published_at: "2026-11-26T18:06:41.367080-07:00",
  kind: "supervision",
  kind_label: "Clinical supervision",
  intro:
    "Small groups of three to six clinicians who learn from each other's cases, led by an approved supervisor. Hours count toward licensure up to your board's limit.",
  audience: [
    {
      value: "pre_licensed",
      label: "Pre-licensed clinicians",
    },
  ],
  formats: [
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
  group_size: {
    min: 3,
    max: 6,
  },
  frequency: "Every other week, 90 minutes",
  counts_toward_licensure: true,
  specialties: [
    {
      name: "Culturally responsive practice",
      kind: "professional_topic",
    },
    {
      name: "Ethics and documentation",
      kind: "professional_topic",
    },
    {
      name: "Trauma and PTSD",
      kind: "clinical_issue",
    },
  ],
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
      code: "LPCC",
      name: "Licensed Professional Counselor Candidate",
      profession: "counseling",
      profession_label: "Professional counseling",
      level: "candidate",
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
      code: "SWC",
      name: "Social Work Candidate",
      profession: "social_work",
      profession_label: "Social work",
      level: "candidate",
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
      code: "LMFTA",
      name: "Licensed Marriage and Family Therapist Associate",
      profession: "marriage_family",
      profession_label: "Marriage and family therapy",
      level: "candidate",
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
  ],
  price_items: [
    {
      label: "Group supervision",
      format: "group",
      format_label: "Group",
      unit: "person_session",
      unit_label: "per person, per session",
      minutes: 90,
      price: "55.00",
      group_size: "3–6",
      sliding_scale_min: "40.00",
      effective_date: "2026-01-01",
    },
  ],
  faqs: [
    {
      id: 3,
      question: "Can I switch supervisors later?",
      answer:
        "<p>Yes. Fit matters, and needs change. We help you change supervisors within the practice and transfer your documentation so no hours are lost.</p>",
    },
    {
      id: 5,
      question: "Does group supervision count?",
      answer:
        "<p>In most cases, up to a limit set by your board. Each licensure path page lists the current limits and links to the rule it comes from.</p>",
    },
    {
      id: 7,
      question: "Do you offer a sliding scale?",
      answer:
        "<p>A limited number of sliding-scale places open each quarter for clinicians working in community settings. The lowest fee for each service is listed in the price table.</p>",
    },
  ],
  body: [
    {
      type: "rich_text",
      id: "46a9c0f8-c16c-4e47-98c4-75ff46c6b791",
      value: {
        html: "<p>Groups stay small and stable so that trust can grow. Each meeting follows a simple rhythm: a check-in, one or two case presentations, and a short teaching segment chosen by the group. Hearing how colleagues think through a case is one of the fastest ways to sharpen your own judgement.</p>",
      },
    },
  ],
  cta: {
    heading: "Is this a good fit for you?",
    text: "Book a free 20-minute call and we will help you decide.",
    label: "Get started with a free consultation call",
    path: "/team/free-phone-consultation/",
  },
  supervisors: ["maya-okafor", "sam-whitehorse", "daniel-reyes"].map(member),
};

/** /api/pages/resolve/?path=/locations/ */
export const locationIndexPage: Schemas["LocationIndexPage"] = {
  id: 21,
  type: "services.LocationIndexPage",
  title: "Locations",
  path: "/locations/",
  seo: seo("Locations", "/locations/"),
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Locations",
      path: "/locations/",
    },
  ],
  last_published_at: "2026-11-26T18:06:42.815569-07:00",
  intro:
    "We supervise and consult in person along Colorado's Front Range and online across the states where our supervisors are licensed.",
  body: [
    {
      type: "rich_text",
      id: "93979e46-8335-4015-8d81-47816878fec3",
      value: {
        html: "<p>Each state sets its own path to licensure. Choose your state to see the license tracks we support and how online supervision works there.</p>",
      },
    },
  ],
  locations: [
    {
      title: "Colorado",
      path: "/locations/colorado/",
      intro:
        "Supervision toward LPC, LCSW, LMFT and LAC licensure, in person in Denver and online across Colorado.",
      state: {
        code: "CO",
        name: "Colorado",
        board_name:
          "Colorado Department of Regulatory Agencies, Division of Professions and Occupations",
        board_url: "https://dpo.colorado.gov/",
        online_supervision_across_state_lines: true,
      },
    },
    {
      title: "Washington",
      path: "/locations/washington/",
      intro: "Supervision toward LMHC, LICSW and LMFT licensure, online across Washington.",
      state: {
        code: "WA",
        name: "Washington",
        board_name: "Washington State Department of Health",
        board_url: "https://doh.wa.gov/licenses-permits-and-certificates",
        online_supervision_across_state_lines: false,
      },
    },
  ],
};

/** /api/pages/resolve/?path=/locations/colorado/ */
export const locationPage: Schemas["LocationPage"] = {
  id: 22,
  type: "services.LocationPage",
  title: "Colorado",
  path: "/locations/colorado/",
  seo: seo("Colorado", "/locations/colorado/"),
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Locations",
      path: "/locations/",
    },
    {
      title: "Colorado",
      path: "/locations/colorado/",
    },
  ],
  last_published_at: "2026-11-26T18:06:42.083336-07:00",
  state: {
    code: "CO",
    name: "Colorado",
    board_name:
      "Colorado Department of Regulatory Agencies, Division of Professions and Occupations",
    board_url: "https://dpo.colorado.gov/",
    online_supervision_across_state_lines: true,
  },
  intro:
    "Supervision toward LPC, LCSW, LMFT and LAC licensure, in person in Denver and online across Colorado.",
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
  ],
  online_supervision_notes:
    "<p>Colorado accepts clinical supervision by secure video, and supervisors do not need to be in the same room as their supervisees. Your supervisor must hold the credential the board requires for your track.</p>",
  licensure_paths: [
    {
      title: "Your path to LPC in Colorado",
      path: "/events-and-trainings/path-to-lpc-in-colorado/",
      starting_credential: {
        code: "LPCC",
        name: "Licensed Professional Counselor Candidate",
        profession: "counseling",
        profession_label: "Professional counseling",
        level: "candidate",
        state: "CO",
      },
      target_license: {
        code: "LPC",
        name: "Licensed Professional Counselor",
        profession: "counseling",
        profession_label: "Professional counseling",
        level: "independent",
        state: "CO",
      },
    },
    {
      title: "Your path to LCSW in Colorado",
      path: "/events-and-trainings/path-to-lcsw-in-colorado/",
      starting_credential: {
        code: "SWC",
        name: "Social Work Candidate",
        profession: "social_work",
        profession_label: "Social work",
        level: "candidate",
        state: "CO",
      },
      target_license: {
        code: "LCSW",
        name: "Licensed Clinical Social Worker",
        profession: "social_work",
        profession_label: "Social work",
        level: "independent",
        state: "CO",
      },
    },
  ],
  services: [
    {
      title: "Supervision community",
      path: "/supervision/community/",
      kind: "supervision",
    },
    {
      title: "Individual supervision",
      path: "/supervision/individual/",
      kind: "supervision",
    },
    {
      title: "Group supervision",
      path: "/supervision/group/",
      kind: "supervision",
    },
    {
      title: "Online supervision",
      path: "/supervision/online/",
      kind: "supervision",
    },
    {
      title: "Supervision for agencies",
      path: "/supervision/agencies/",
      kind: "supervision",
    },
    {
      title: "Consultation community",
      path: "/clinical-consultation/community/",
      kind: "consultation",
    },
    {
      title: "Individual consultation",
      path: "/clinical-consultation/individual/",
      kind: "consultation",
    },
    {
      title: "Group consultation",
      path: "/clinical-consultation/group/",
      kind: "consultation",
    },
    {
      title: "DBT and CBT consultation",
      path: "/clinical-consultation/dbt-cbt/",
      kind: "consultation",
    },
    {
      title: "LGBTQIA+ affirming consultation",
      path: "/clinical-consultation/lgbtqia/",
      kind: "consultation",
    },
    {
      title: "Trauma-informed consultation",
      path: "/clinical-consultation/trauma/",
      kind: "consultation",
    },
    {
      title: "Risk assessment consultation",
      path: "/clinical-consultation/risk-assessment/",
      kind: "consultation",
    },
    {
      title: "Working with older adults",
      path: "/clinical-consultation/older-adults/",
      kind: "consultation",
    },
    {
      title: "Addictions consultation",
      path: "/clinical-consultation/addictions/",
      kind: "consultation",
    },
    {
      title: "Supervision of supervision",
      path: "/clinical-consultation/supervision-of-supervision/",
      kind: "consultation",
    },
  ],
  body: [],
  supervisors: ["sam-whitehorse", "daniel-reyes", "helen-park", "jordan-ellis", "maya-okafor"].map(
    member,
  ),
};

/** /api/pages/resolve/?path=/fees-and-faqs/ */
export const feesPage: Schemas["FeesPage"] = {
  id: 27,
  type: "services.FeesPage",
  title: "Fees & FAQs",
  path: "/fees-and-faqs/",
  seo: seo("Fees & FAQs", "/fees-and-faqs/"),
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Fees & FAQs",
      path: "/fees-and-faqs/",
    },
  ],
  last_published_at: "2026-11-26T18:06:42.276617-07:00",
  intro:
    "Clear, published prices for supervision and consultation, and answers to the questions we hear most.",
  price_items: [
    {
      label: "Community membership",
      format: "group",
      format_label: "Group",
      unit: "month",
      unit_label: "per month",
      minutes: null,
      price: "95.00",
      group_size: "4–8",
      sliding_scale_min: "60.00",
      effective_date: "2026-01-01",
      service: {
        title: "Supervision community",
        path: "/supervision/community/",
      },
    },
    {
      label: "Individual supervision",
      format: "individual",
      format_label: "Individual",
      unit: "session",
      unit_label: "per session",
      minutes: 50,
      price: "120.00",
      group_size: "",
      sliding_scale_min: "85.00",
      effective_date: "2026-01-01",
      service: {
        title: "Individual supervision",
        path: "/supervision/individual/",
      },
    },
    {
      label: "Individual supervision, extended",
      format: "individual",
      format_label: "Individual",
      unit: "session",
      unit_label: "per session",
      minutes: 80,
      price: "180.00",
      group_size: "",
      sliding_scale_min: null,
      effective_date: "2026-01-01",
      service: {
        title: "Individual supervision",
        path: "/supervision/individual/",
      },
    },
    {
      label: "Group supervision",
      format: "group",
      format_label: "Group",
      unit: "person_session",
      unit_label: "per person, per session",
      minutes: 90,
      price: "55.00",
      group_size: "3–6",
      sliding_scale_min: "40.00",
      effective_date: "2026-01-01",
      service: {
        title: "Group supervision",
        path: "/supervision/group/",
      },
    },
    {
      label: "Online individual supervision",
      format: "online",
      format_label: "Online",
      unit: "session",
      unit_label: "per session",
      minutes: 50,
      price: "115.00",
      group_size: "",
      sliding_scale_min: "80.00",
      effective_date: "2026-01-01",
      service: {
        title: "Online supervision",
        path: "/supervision/online/",
      },
    },
    {
      label: "Agency supervision contract",
      format: "group",
      format_label: "Group",
      unit: "hour",
      unit_label: "per hour",
      minutes: 60,
      price: "110.00",
      group_size: "3–8",
      sliding_scale_min: null,
      effective_date: "2026-01-01",
      service: {
        title: "Supervision for agencies",
        path: "/supervision/agencies/",
      },
    },
    {
      label: "Consultation community membership",
      format: "group",
      format_label: "Group",
      unit: "month",
      unit_label: "per month",
      minutes: null,
      price: "75.00",
      group_size: "5–10",
      sliding_scale_min: null,
      effective_date: "2026-01-01",
      service: {
        title: "Consultation community",
        path: "/clinical-consultation/community/",
      },
    },
    {
      label: "Individual consultation",
      format: "individual",
      format_label: "Individual",
      unit: "session",
      unit_label: "per session",
      minutes: 50,
      price: "130.00",
      group_size: "",
      sliding_scale_min: null,
      effective_date: "2026-01-01",
      service: {
        title: "Individual consultation",
        path: "/clinical-consultation/individual/",
      },
    },
    {
      label: "Group consultation",
      format: "group",
      format_label: "Group",
      unit: "person_session",
      unit_label: "per person, per session",
      minutes: 90,
      price: "60.00",
      group_size: "4–6",
      sliding_scale_min: null,
      effective_date: "2026-01-01",
      service: {
        title: "Group consultation",
        path: "/clinical-consultation/group/",
      },
    },
    {
      label: "Risk consultation, single session",
      format: "individual",
      format_label: "Individual",
      unit: "session",
      unit_label: "per session",
      minutes: 30,
      price: "75.00",
      group_size: "",
      sliding_scale_min: null,
      effective_date: "2026-01-01",
      service: {
        title: "Risk assessment consultation",
        path: "/clinical-consultation/risk-assessment/",
      },
    },
    {
      label: "Supervision of supervision",
      format: "individual",
      format_label: "Individual",
      unit: "session",
      unit_label: "per session",
      minutes: 50,
      price: "140.00",
      group_size: "",
      sliding_scale_min: null,
      effective_date: "2026-01-01",
      service: {
        title: "Supervision of supervision",
        path: "/clinical-consultation/supervision-of-supervision/",
      },
    },
  ],
  faq_groups: [
    {
      category: "Getting started",
      faqs: [
        {
          id: 1,
          question: "How do I choose a supervisor?",
          answer:
            "<p>Start with a free consultation call or the matcher. We look at your state and license track first, then your schedule, your clinical interests and the supervision style you learn best with.</p>",
        },
        {
          id: 2,
          question: "What happens on the free consultation call?",
          answer:
            "<p>A 20-minute conversation about where you are in your career, what you need from supervision and any board paperwork. You leave with a suggested supervisor and no obligation.</p>",
        },
        {
          id: 3,
          question: "Can I switch supervisors later?",
          answer:
            "<p>Yes. Fit matters, and needs change. We help you change supervisors within the practice and transfer your documentation so no hours are lost.</p>",
        },
      ],
    },
    {
      category: "Licensure and hours",
      faqs: [
        {
          id: 4,
          question: "Do your supervision hours count toward licensure?",
          answer:
            "<p>Yes. Our supervisors meet the requirements of the boards we work with, and we provide signed logs and verification forms in the format your board asks for.</p>",
        },
        {
          id: 5,
          question: "Does group supervision count?",
          answer:
            "<p>In most cases, up to a limit set by your board. Each licensure path page lists the current limits and links to the rule it comes from.</p>",
        },
        {
          id: 6,
          question: "Do you help with exam preparation?",
          answer:
            "<p>Yes. Exam preparation can be part of individual supervision, and we run study groups before common testing windows.</p>",
        },
      ],
    },
    {
      category: "Fees and payment",
      faqs: [
        {
          id: 7,
          question: "Do you offer a sliding scale?",
          answer:
            "<p>A limited number of sliding-scale places open each quarter for clinicians working in community settings. The lowest fee for each service is listed in the price table.</p>",
        },
        {
          id: 8,
          question: "How do I pay?",
          answer:
            "<p>By card or bank transfer, invoiced monthly. Agencies can be invoiced directly under a contract.</p>",
        },
        {
          id: 9,
          question: "What is your cancellation policy?",
          answer:
            "<p>Sessions cancelled with 24 hours' notice are not charged. We understand emergencies happen and handle them case by case.</p>",
        },
      ],
    },
    {
      category: "Online sessions",
      faqs: [
        {
          id: 10,
          question: "Which video platform do you use?",
          answer:
            "<p>A HIPAA-compliant video platform that runs in your browser. You do not need an account or an app.</p>",
        },
        {
          id: 11,
          question: "Can I be supervised online from another state?",
          answer:
            "<p>It depends on your board. Colorado accepts supervision by video; Washington has its own rules for associates. We confirm the rules for your license on your consultation call.</p>",
        },
      ],
    },
  ],
  body: [
    {
      type: "rich_text",
      id: "e92dae26-a51a-4c90-8f26-0c58a4acbb4d",
      value: {
        html: "<p>Our fees are the same whichever supervisor you work with. A limited number of sliding-scale places are available each quarter for clinicians in community settings.</p>",
      },
    },
  ],
};

/** /api/pages/resolve/?path=/events-and-trainings/path-to-lpc-in-colorado/ */
export const licensurePathPage: Schemas["LicensurePathPage"] = {
  id: 34,
  type: "services.LicensurePathPage",
  title: "Your path to LPC in Colorado",
  path: "/events-and-trainings/path-to-lpc-in-colorado/",
  seo: seo("Your path to LPC in Colorado", "/events-and-trainings/path-to-lpc-in-colorado/"),
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
      title: "Your path to LPC in Colorado",
      path: "/events-and-trainings/path-to-lpc-in-colorado/",
    },
  ],
  last_published_at: "2026-11-26T18:06:42.596887-07:00",
  state: {
    code: "CO",
    name: "Colorado",
    board_name:
      "Colorado Department of Regulatory Agencies, Division of Professions and Occupations",
    board_url: "https://dpo.colorado.gov/",
    online_supervision_across_state_lines: true,
  },
  starting_credential: {
    code: "LPCC",
    name: "Licensed Professional Counselor Candidate",
    profession: "counseling",
    profession_label: "Professional counseling",
    level: "candidate",
    state: "CO",
  },
  target_license: {
    code: "LPC",
    name: "Licensed Professional Counselor",
    profession: "counseling",
    profession_label: "Professional counseling",
    level: "independent",
    state: "CO",
  },
  intro:
    "From Licensed Professional Counselor Candidate (LPCC) to Licensed Professional Counselor (LPC): the exams, the supervised hours and the paperwork, step by step.",
  requirements: [
    {
      metric: "total_hours",
      label: "Total supervised practice hours",
      value: 2000.0,
      unit: "hours",
      note: "Post-degree supervised practice.",
      source_url: "https://dpo.colorado.gov/ProfessionalCounselor",
      last_verified: "2026-10-15",
    },
    {
      metric: "supervision_hours",
      label: "Hours of clinical supervision",
      value: 100.0,
      unit: "hours",
      note: "Clinical supervision during those hours.",
      source_url: "https://dpo.colorado.gov/ProfessionalCounselor",
      last_verified: "2026-10-15",
    },
    {
      metric: "min_months",
      label: "Minimum months of practice",
      value: 24.0,
      unit: "months",
      note: "The practice hours may not be completed faster.",
      source_url: "https://dpo.colorado.gov/ProfessionalCounselor",
      last_verified: "2026-10-15",
    },
  ],
  steps: [
    {
      title: "Finish your graduate degree",
      body: "<p>Complete a master's or doctoral degree in professional counseling that meets the board's coursework requirements.</p>",
      documents: ["Official transcript"],
      exam: "",
      fee: null,
      board_url: "https://dpo.colorado.gov/ProfessionalCounselor",
    },
    {
      title: "Pass the national exam",
      body: "<p>Pass the National Counselor Examination (NCE) or the National Clinical Mental Health Counseling Examination (NCMHCE).</p>",
      documents: ["Exam score report"],
      exam: "NCE or NCMHCE",
      fee: "275.00",
      board_url: "https://dpo.colorado.gov/ProfessionalCounselor",
    },
    {
      title: "Pass the Colorado jurisprudence exam",
      body: "<p>An open-book online exam on the Colorado Mental Health Practice Act.</p>",
      documents: [],
      exam: "Colorado Jurisprudence Examination",
      fee: null,
      board_url: "https://dpo.colorado.gov/ProfessionalCounselor",
    },
    {
      title: "Register as an LPCC",
      body: "<p>Apply to the board for your candidate registration before you start counting hours.</p>",
      documents: ["Application", "Proof of exams", "Verification of degree"],
      exam: "",
      fee: null,
      board_url: "https://dpo.colorado.gov/ProfessionalCounselor",
    },
    {
      title: "Complete supervised practice",
      body: "<p>Work under an approved supervisor and keep signed logs of your practice and supervision hours.</p>",
      documents: ["Supervision logs signed by your supervisor"],
      exam: "",
      fee: null,
      board_url: "https://dpo.colorado.gov/ProfessionalCounselor",
    },
    {
      title: "Apply for your LPC",
      body: "<p>Submit your verified experience to the board and apply for the LPC.</p>",
      documents: ["Verification of supervised experience"],
      exam: "",
      fee: null,
      board_url: "https://dpo.colorado.gov/ProfessionalCounselor",
    },
  ],
  last_verified: "2026-10-15",
  body: [],
};
