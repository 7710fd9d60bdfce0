/**
 * The id of the footer's newsletter sign-up, for links to it ("the form at the foot of
 * this page"). A module of its own: when the newsletter page imported it from
 * `newsletter-signup.tsx`, the bundler moved React's JSX runtime out of the entry into a
 * chunk of its own, one more request and 3.3 kB more on every first load.
 */
export const NEWSLETTER_SIGNUP_ID = "newsletter";
