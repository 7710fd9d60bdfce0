/**
 * Form pages, the newsletter page and the answers of their endpoints, copied from real
 * responses of the demo site (`/api/pages/resolve/?path=...`, the submission, newsletter
 * and CSRF endpoints), with the SEO block and the longest choice lists shortened. Typed
 * with the generated schema so that a changed API fails the typecheck here.
 */
import type { components } from "../lib/api-types";

type Schemas = components["schemas"];
type FormField = Schemas["FormField"];

/** /api/pages/resolve/?path=/team/free-phone-consultation/ */
export const consultationPage: Schemas["FormPage"] = {
  id: 32,
  type: "forms.FormPage",
  title: "Free phone consultation",
  path: "/team/free-phone-consultation/",
  seo: {
    title: "Free phone consultation | Firelight Clinical Supervision",
    description:
      "Tell us a little about where you are in your career and we will call you to talk through your options — free, and with no obligation.",
    canonical: "http://127.0.0.1:8000/team/free-phone-consultation/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "WebPage",
        name: "Free phone consultation",
        url: "http://127.0.0.1:8000/team/free-phone-consultation/",
      },
    ],
  },
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
      title: "Free phone consultation",
      path: "/team/free-phone-consultation/",
    },
  ],
  last_published_at: "2026-11-26T21:11:04.061399-07:00",
  intro:
    "Tell us a little about where you are in your career and we will call you to talk through your options — free, and with no obligation.",
  body: [],
  fields: [
    {
      name: "your_name",
      label: "Your name",
      type: "text",
      help_text: "",
      required: true,
      choices: [],
      default: "",
      max_length: 255,
      autocomplete: "name",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "e_mail",
      label: "E-mail",
      type: "email",
      help_text: "We reply from hello@firelight.example.",
      required: true,
      choices: [],
      default: "",
      max_length: 254,
      autocomplete: "email",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "phone",
      label: "Phone",
      type: "tel",
      help_text: "The number we should call for the consultation.",
      required: true,
      choices: [],
      default: "",
      max_length: 30,
      autocomplete: "tel",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "state_where_you_practise",
      label: "State where you practise",
      type: "select",
      help_text: "",
      required: true,
      choices: [
        {
          value: "CO",
          label: "Colorado",
        },
        {
          value: "WA",
          label: "Washington",
        },
      ],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "current_license",
      label: "Current license",
      type: "select",
      help_text: "Choose your candidate license if you are not yet fully licensed.",
      required: true,
      choices: [
        {
          value: "CO-LPC",
          label: "LPC — Licensed Professional Counselor (Colorado)",
        },
        {
          value: "CO-LPCC",
          label: "LPCC — Licensed Professional Counselor Candidate (Colorado)",
        },
        {
          value: "WA-LMHC",
          label: "LMHC — Licensed Mental Health Counselor (Washington)",
        },
        {
          value: "WA-LMHCA",
          label: "LMHCA — Licensed Mental Health Counselor Associate (Washington)",
        },
      ],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "what_are_you_looking_for",
      label: "What are you looking for?",
      type: "checkboxes",
      help_text: "Choose all that apply.",
      required: true,
      choices: [
        {
          value: "Individual supervision",
          label: "Individual supervision",
        },
        {
          value: "Group supervision",
          label: "Group supervision",
        },
        {
          value: "Clinical consultation",
          label: "Clinical consultation",
        },
        {
          value: "Supervision of supervision",
          label: "Supervision of supervision",
        },
        {
          value: "Not sure yet",
          label: "Not sure yet",
        },
      ],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "preferred_supervisor",
      label: "Preferred supervisor",
      type: "select",
      help_text: "Optional: we will suggest someone if you have no preference.",
      required: false,
      choices: [
        {
          value: "no-preference",
          label: "No preference",
        },
        {
          value: "daniel-reyes",
          label: "Daniel Reyes",
        },
        {
          value: "helen-park",
          label: "Helen Park",
        },
        {
          value: "jordan-ellis",
          label: "Jordan Ellis",
        },
        {
          value: "maya-okafor",
          label: "Maya Okafor",
        },
        {
          value: "priya-shah",
          label: "Priya Shah",
        },
        {
          value: "rosa-delgado",
          label: "Rosa Delgado",
        },
        {
          value: "sam-whitehorse",
          label: "Sam Whitehorse",
        },
      ],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "supervisor",
    },
    {
      name: "best_times_to_call",
      label: "Best times to call",
      type: "checkboxes",
      help_text: "",
      required: false,
      choices: [
        {
          value: "Weekday mornings",
          label: "Weekday mornings",
        },
        {
          value: "Weekday afternoons",
          label: "Weekday afternoons",
        },
        {
          value: "Weekday evenings",
          label: "Weekday evenings",
        },
        {
          value: "Saturdays",
          label: "Saturdays",
        },
      ],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "anything_else_we_should_know",
      label: "Anything else we should know?",
      type: "textarea",
      help_text: "",
      required: false,
      choices: [],
      default: "",
      max_length: 5000,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "i_agree_that_firelight_may_contact_me_about_this_request",
      label: "I agree that Firelight may contact me about this request.",
      type: "checkbox",
      help_text: "",
      required: true,
      choices: [],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
  ],
  submit_label: "Request my free call",
  privacy_note: "We use your details only to answer you. They are never shared or sold.",
  thank_you_title: "Thank you",
  thank_you_text:
    "<p>We will call you within two business days to arrange your free 20-minute consultation. If a time suits you better, reply to our e-mail.</p>",
  submit_path: "/api/forms/32/submissions/",
};

/** /api/pages/resolve/?path=/contact/ */
export const contactPage: Schemas["FormPage"] = {
  id: 51,
  type: "forms.FormPage",
  title: "Contact",
  path: "/contact/",
  seo: {
    title: "Contact | Firelight Clinical Supervision",
    description:
      "Questions about supervision, consultation or trainings? We would love to hear from you.",
    canonical: "http://127.0.0.1:8000/contact/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "WebPage",
        name: "Contact",
        url: "http://127.0.0.1:8000/contact/",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Contact",
      path: "/contact/",
    },
  ],
  last_published_at: "2026-11-26T21:11:07.195229-07:00",
  intro: "Questions about supervision, consultation or trainings? We would love to hear from you.",
  body: [
    {
      type: "rich_text",
      id: "ceaf8b99-5659-4742-93f8-f7b5201fd086",
      value: {
        html: '<p>We answer messages within one business day. For a longer conversation, <a href="/team/free-phone-consultation/">request a free phone consultation</a>.</p>',
      },
    },
  ],
  fields: [
    {
      name: "your_name",
      label: "Your name",
      type: "text",
      help_text: "",
      required: true,
      choices: [],
      default: "",
      max_length: 255,
      autocomplete: "name",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "e_mail",
      label: "E-mail",
      type: "email",
      help_text: "",
      required: true,
      choices: [],
      default: "",
      max_length: 254,
      autocomplete: "email",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "phone",
      label: "Phone",
      type: "tel",
      help_text: "Optional, if you would rather we call.",
      required: false,
      choices: [],
      default: "",
      max_length: 30,
      autocomplete: "tel",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "topic",
      label: "Topic",
      type: "select",
      help_text: "",
      required: true,
      choices: [
        {
          value: "Supervision",
          label: "Supervision",
        },
        {
          value: "Clinical consultation",
          label: "Clinical consultation",
        },
        {
          value: "Trainings and events",
          label: "Trainings and events",
        },
        {
          value: "Something else",
          label: "Something else",
        },
      ],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "message",
      label: "Message",
      type: "textarea",
      help_text: "",
      required: true,
      choices: [],
      default: "",
      max_length: 5000,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "i_agree_that_firelight_may_reply_to_me_about_my_message",
      label: "I agree that Firelight may reply to me about my message.",
      type: "checkbox",
      help_text: "",
      required: true,
      choices: [],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
  ],
  submit_label: "Send message",
  privacy_note: "We use your details only to answer you. They are never shared or sold.",
  thank_you_title: "Thank you",
  thank_you_text: "<p>Your message is with us. We answer within one business day.</p>",
  submit_path: "/api/forms/51/submissions/",
};

/** /api/pages/resolve/?path=/contact/work-with-us/ (with a file field: sent as multipart) */
export const workWithUsPage: Schemas["FormPage"] = {
  id: 52,
  type: "forms.FormPage",
  title: "Work with us",
  path: "/contact/work-with-us/",
  seo: {
    title: "Work with us | Firelight Clinical Supervision",
    description:
      "We are always glad to meet licensed supervisors who share our values. Tell us about your experience.",
    canonical: "http://127.0.0.1:8000/contact/work-with-us/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "WebPage",
        name: "Work with us",
        url: "http://127.0.0.1:8000/contact/work-with-us/",
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Contact",
      path: "/contact/",
    },
    {
      title: "Work with us",
      path: "/contact/work-with-us/",
    },
  ],
  last_published_at: "2026-11-26T21:11:05.977717-07:00",
  intro:
    "We are always glad to meet licensed supervisors who share our values. Tell us about your experience.",
  body: [],
  fields: [
    {
      name: "your_name",
      label: "Your name",
      type: "text",
      help_text: "",
      required: true,
      choices: [],
      default: "",
      max_length: 255,
      autocomplete: "name",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "e_mail",
      label: "E-mail",
      type: "email",
      help_text: "",
      required: true,
      choices: [],
      default: "",
      max_length: 254,
      autocomplete: "email",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "phone",
      label: "Phone",
      type: "tel",
      help_text: "",
      required: false,
      choices: [],
      default: "",
      max_length: 30,
      autocomplete: "tel",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "license",
      label: "License",
      type: "select",
      help_text: "Your independent license.",
      required: true,
      choices: [
        {
          value: "CO-LCSW",
          label: "LCSW — Licensed Clinical Social Worker (Colorado)",
        },
        {
          value: "CO-LPC",
          label: "LPC — Licensed Professional Counselor (Colorado)",
        },
        {
          value: "WA-LMHC",
          label: "LMHC — Licensed Mental Health Counselor (Washington)",
        },
      ],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "states_you_are_licensed_in",
      label: "States you are licensed in",
      type: "checkboxes",
      help_text: "",
      required: true,
      choices: [
        {
          value: "Colorado",
          label: "Colorado",
        },
        {
          value: "Washington",
          label: "Washington",
        },
        {
          value: "Another state",
          label: "Another state",
        },
      ],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "specialties",
      label: "Specialties",
      type: "checkboxes",
      help_text: "",
      required: false,
      choices: [
        {
          value: "Trauma",
          label: "Trauma",
        },
        {
          value: "Suicide and risk assessment",
          label: "Suicide and risk assessment",
        },
        {
          value: "LGBTQIA+ affirming care",
          label: "LGBTQIA+ affirming care",
        },
      ],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "hours_a_week_you_could_offer",
      label: "Hours a week you could offer",
      type: "number",
      help_text: "",
      required: false,
      choices: [],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "availability",
      label: "Availability",
      type: "checkboxes",
      help_text: "",
      required: false,
      choices: [
        {
          value: "Weekday mornings",
          label: "Weekday mornings",
        },
        {
          value: "Weekday afternoons",
          label: "Weekday afternoons",
        },
        {
          value: "Weekday evenings",
          label: "Weekday evenings",
        },
        {
          value: "Saturdays",
          label: "Saturdays",
        },
      ],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "cv",
      label: "CV",
      type: "file",
      help_text: "A PDF or Word document, up to 5 MB.",
      required: true,
      choices: [],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: ".pdf,.docx,.doc",
      max_size: 5242880,
      prefill_param: "",
    },
    {
      name: "anything_else_you_would_like_us_to_know",
      label: "Anything else you would like us to know?",
      type: "textarea",
      help_text: "",
      required: false,
      choices: [],
      default: "",
      max_length: 5000,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
    {
      name: "i_agree_that_firelight_may_keep_my_application_for_24_months",
      label: "I agree that Firelight may keep my application for 24 months.",
      type: "checkbox",
      help_text: "",
      required: true,
      choices: [],
      default: "",
      max_length: null,
      autocomplete: "",
      accept: "",
      max_size: null,
      prefill_param: "",
    },
  ],
  submit_label: "Send my application",
  privacy_note: "We use your details only to answer you. They are never shared or sold.",
  thank_you_title: "Thank you",
  thank_you_text:
    "<p>Thank you for your interest in joining us. We read every application and will be in touch within two weeks.</p>",
  submit_path: "/api/forms/52/submissions/",
};

/** /api/pages/resolve/?path=/newsletter/ */
export const newsletterPage: Schemas["NewsletterPage"] = {
  id: 55,
  type: "forms.NewsletterPage",
  title: "Newsletter",
  path: "/newsletter/",
  seo: {
    title: "Newsletter | Firelight Clinical Supervision",
    description: "A short monthly e-mail with new articles, trainings and Lunch & Learns.",
    canonical: "http://127.0.0.1:8000/newsletter/",
    og_image: null,
    noindex: false,
    json_ld: [
      {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        itemListElement: [
          {
            "@type": "ListItem",
            position: 1,
            name: "Home",
            item: "http://127.0.0.1:8000/",
          },
          {
            "@type": "ListItem",
            position: 2,
            name: "Newsletter",
            item: "http://127.0.0.1:8000/newsletter/",
          },
        ],
      },
    ],
  },
  breadcrumbs: [
    {
      title: "Home",
      path: "/",
    },
    {
      title: "Newsletter",
      path: "/newsletter/",
    },
  ],
  last_published_at: "2026-11-26T21:11:06.967238-07:00",
  intro: "A short monthly e-mail with new articles, trainings and Lunch & Learns.",
  confirm_text: "Press the button to confirm your subscription.",
  confirmed_text: "You are on the list. Thank you for joining us.",
  unsubscribe_text: "Press the button and we will stop sending you the newsletter.",
  unsubscribed_text: "You are unsubscribed. We will not e-mail you again.",
};

/** POST /api/forms/51/submissions/ → 201 */
export const submissionReceipt: Schemas["Receipt"] = {
  id: 1,
  message: "Thank you: we have received it.",
};

/** POST /api/forms/51/submissions/ → 400 (empty name, "x" as the e-mail) */
export const submissionInvalid: Schemas["Error"] = {
  error: {
    code: "invalid",
    message: "Some answers need attention.",
    fields: {
      your_name: ["This field is required."],
      e_mail: ["Enter a valid email address."],
      topic: ["This field is required."],
      message: ["This field is required."],
      i_agree_that_firelight_may_reply_to_me_about_my_message: ["This field is required."],
    },
  },
};

/** POST /api/newsletter/subscriptions/ → 202 */
export const newsletterAccepted: Schemas["Message"] = {
  message: "Almost done: we have sent you an e-mail. Follow its link to confirm your subscription.",
};

/** POST /api/newsletter/subscriptions/ → 400 */
export const newsletterInvalid: Schemas["Error"] = {
  error: {
    code: "invalid",
    message: "Some fields need attention.",
    fields: { email: ["Enter an e-mail address like name@example.com."] },
  },
};

/** POST /api/newsletter/confirm/ (or unsubscribe/) with an unknown token → 404 */
export const unknownToken: Schemas["Error"] = {
  error: {
    code: "unknown_token",
    message: "This link is no longer valid. Sign up again from the footer of any page.",
  },
};

/** POST /api/newsletter/confirm/ → 200 */
export const confirmed: Schemas["Message"] = {
  message: "You are on the list. Thank you for joining us.",
};

/** POST /api/newsletter/unsubscribe/ → 200 */
export const unsubscribed: Schemas["Message"] = {
  message: "You are unsubscribed. We will not e-mail you again.",
};

function field(
  name: string,
  label: string,
  type: FormField["type"],
  extra: Partial<FormField> = {},
): FormField {
  return {
    name,
    label,
    type,
    help_text: "",
    required: false,
    choices: [],
    default: "",
    max_length: null,
    autocomplete: "",
    accept: "",
    max_size: null,
    prefill_param: "",
    ...extra,
  };
}

const days = [
  { value: "Weekday mornings", label: "Weekday mornings" },
  { value: "Weekday evenings", label: "Weekday evenings" },
  { value: "Saturdays", label: "Saturdays" },
];

/** A form with one field of every type the API describes, as an editor could build it. */
export const everyFieldPage: Schemas["FormPage"] = {
  ...contactPage,
  id: 60,
  title: "Every field",
  path: "/every-field/",
  body: [],
  fields: [
    field("your_name", "Your name", "text", {
      required: true,
      max_length: 255,
      autocomplete: "name",
    }),
    field("message", "Message", "textarea", { max_length: 5000, help_text: "Plain text." }),
    field("e_mail", "E-mail", "email", { required: true, max_length: 254, autocomplete: "email" }),
    field("phone", "Phone", "tel", { max_length: 30, autocomplete: "tel" }),
    field("hours", "Hours a week", "number"),
    field("website_address", "Your website", "url", { max_length: 500, autocomplete: "url" }),
    field("start", "Start date", "date"),
    field("call_at", "Best time to call", "datetime"),
    field("agree", "I agree to be contacted.", "checkbox", { required: true }),
    field("times", "Best times", "checkboxes", { choices: days, required: true }),
    field("topic", "Topic", "select", {
      choices: [
        { value: "supervision", label: "Supervision" },
        { value: "consultation", label: "Clinical consultation" },
      ],
    }),
    field("formats", "Formats", "multiselect", {
      choices: [
        { value: "online", label: "Online" },
        { value: "in_person", label: "In person" },
      ],
      default: "online",
    }),
    field("stage", "Stage", "radio", {
      choices: [
        { value: "starting", label: "Just starting" },
        { value: "licensed", label: "Fully licensed" },
      ],
      required: true,
    }),
    field("cv", "CV", "file", { accept: ".pdf,.docx,.doc", max_size: 5242880 }),
  ],
  submit_path: "/api/forms/60/submissions/",
};
