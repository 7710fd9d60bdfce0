import { useId, useState } from "react";

import { EventTime } from "../../components/event-time";
import { ResponsiveImage } from "../../components/responsive-image";
import { SeatsBadge } from "../../components/seats-badge";
import type { components } from "../../lib/api-types";
import { ceHoursText, seatsBadge, type RegistrationState } from "../../lib/event-facts";
import { formatEventMoment } from "../../lib/event-time";
import { formatMoney } from "../../lib/format";
import { CalendarLink, FactList, HeroImage, PageBody, PageHeader, Section } from "./event-parts";
import type { RegistrationReceipt } from "./registration-api";
import { RegistrationForm } from "./registration-form";
import "./events.css";

type Schemas = components["schemas"];
type EventPageData = Schemas["EventPage"];
type Presenter = Schemas["Presenter"];
type Venue = Schemas["Venue"];

/** The registration state a 409 answer's code means. */
const REFUSALS: Record<string, RegistrationState> = {
  event_full: "full",
  event_past: "past",
  registration_closed: "closed",
  registration_not_open: "not_open",
};

/** "Thursday, December 17, 2026, 9:00 AM MST", in the event's zone. */
function momentText(timestamp: string, timeZone: string): string {
  return formatEventMoment(timestamp, timeZone) ?? timestamp;
}

function VenueAddress({ venue, online }: { venue: Venue; online: boolean }) {
  const cityLine = [venue.locality, [venue.region, venue.postal_code].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  return (
    <>
      <address className="event-venue">
        {venue.name ? <span className="event-venue__name">{venue.name}</span> : null}
        {venue.street_address ? <span>{venue.street_address}</span> : null}
        {cityLine ? <span>{cityLine}</span> : null}
      </address>
      {online ? <p className="event-venue__online">and online</p> : null}
    </>
  );
}

function PresenterCard({ presenter }: { presenter: Presenter }) {
  return (
    <article className="presenter">
      {presenter.photo ? (
        <ResponsiveImage className="presenter__photo" image={presenter.photo} sizes="5rem" />
      ) : null}
      <div className="presenter__text">
        <h3 className="presenter__name">
          <a href={presenter.path}>{presenter.name}</a>
        </h3>
        {presenter.pronouns ? <p className="presenter__pronouns">{presenter.pronouns}</p> : null}
        {presenter.role_label ? <p className="presenter__role">{presenter.role_label}</p> : null}
        {presenter.short_bio ? <p className="presenter__bio">{presenter.short_bio}</p> : null}
      </div>
    </article>
  );
}

/**
 * "6 CE hours, approved by the Colorado Counseling Association." The approver may be a
 * name or a whole sentence ("Approved for continuing education by …"): a sentence is
 * shown as it is.
 */
export function creditText(ceHours: number, approver: string): string | null {
  const hours = ceHoursText(ceHours);
  if (!hours) return null;
  const who = approver.trim().replace(/\.$/, "");
  if (!who) return `${hours}.`;
  if (/^approved\b/i.test(who)) return `${hours}. ${who}.`;
  return `${hours}, approved by ${who}.`;
}

function Prices({ page }: { page: EventPageData }) {
  if (page.is_free || page.price_tiers.length === 0) return <>Free</>;
  return (
    <ul className="event-prices">
      {page.price_tiers.map((tier) => (
        <li key={tier.id}>
          <span className="event-prices__label">
            {tier.label} – {tier.price > 0 ? formatMoney(tier.price) : "Free"}
          </span>
          {tier.description ? (
            <span className="event-prices__description">{tier.description}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * An event: when and where (in the event's time zone and the visitor's), who presents
 * it, its credit and prices, the seats left (announced when they change), a calendar
 * file, and registration while it is open.
 */
export default function EventPage({ page }: { page: EventPageData }) {
  const { registration } = page;
  const registerHeadingId = useId();
  /** Seats and state as the latest answer of the API left them. */
  const [seatsLeft, setSeatsLeft] = useState(page.seats_left);
  const [state, setState] = useState<RegistrationState>(registration.state);
  const badge = seatsBadge(state, seatsLeft, registration.waitlist);
  const open = registration.state === "open" || registration.state === "waitlist";
  const past = registration.state === "past";
  const ceHours = ceHoursText(page.ce_hours);
  const credit = creditText(page.ce_hours, page.ce_approver);

  const onRegistered = (receipt: RegistrationReceipt) => {
    if (receipt.seats_left !== null) setSeatsLeft(receipt.seats_left);
  };
  const onRefused = (code: string) => {
    const refused = REFUSALS[code];
    if (!refused) return;
    setState(refused);
    if (refused === "full") setSeatsLeft(0);
  };

  const facts = [
    {
      term: "When",
      value: (
        <EventTime
          startsAt={page.starts_at}
          endsAt={page.ends_at}
          timeZone={page.time_zone}
          zoneLabel={page.time_zone_label}
        />
      ),
    },
    {
      term: "Where",
      value: page.venue ? (
        <VenueAddress venue={page.venue} online={page.format === "hybrid"} />
      ) : (
        "Online"
      ),
    },
    // "Online" is said once: where an online event happens is its format.
    ...(page.venue || page.format_label.trim().toLowerCase() !== "online"
      ? [{ term: "Format", value: page.format_label }]
      : []),
    ...(page.audience ? [{ term: "Who it’s for", value: page.audience }] : []),
    { term: "Price", value: <Prices page={page} /> },
    ...(ceHours ? [{ term: "Continuing education", value: ceHours }] : []),
  ];

  return (
    <article className="event-page container">
      <PageHeader title={page.title} intro={page.intro} eyebrow={page.series?.name}>
        {page.training ? (
          <p className="events-header__link">
            <a href={page.training.path}>Part of the {page.training.title} training</a>
          </p>
        ) : null}
      </PageHeader>

      <div className="event-layout">
        <Section heading="At a glance" className="event-glance">
          <FactList facts={facts} />
          {/* Always present, so that a change of seats after registering is announced. */}
          <p className="event-seats" aria-live="polite">
            {badge ? <SeatsBadge badge={badge} /> : null}
          </p>
          <div className="event-actions">
            {open ? (
              <a className="button button--primary" href="#register">
                {registration.state === "waitlist" ? "Join the waitlist" : "Register now"}
              </a>
            ) : null}
            {past ? null : (
              <CalendarLink className="button button--secondary" href={page.calendar_path}>
                Add to calendar
              </CalendarLink>
            )}
            {page.recording_url ? (
              <a className="button button--primary" href={page.recording_url} rel="external">
                Watch the recording
              </a>
            ) : null}
          </div>
        </Section>

        <div className="event-main">
          <HeroImage image={page.hero_image} />
          <PageBody blocks={page.body} />

          {page.presenters.length > 0 ? (
            <Section heading={page.presenters.length === 1 ? "Presenter" : "Presenters"}>
              <ul className="presenters">
                {page.presenters.map((presenter) => (
                  <li key={presenter.path}>
                    <PresenterCard presenter={presenter} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}

          {credit ? (
            <Section heading="Continuing education">
              <p>{credit}</p>
              {page.eligible_license_types.length > 0 ? (
                <>
                  <h3 className="events-subheading">Eligible license types</h3>
                  <ul className="event-licenses">
                    {page.eligible_license_types.map((license) => (
                      <li key={license.id}>{license.label}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </Section>
          ) : null}

          <Section
            heading="Register"
            id="register"
            headingId={registerHeadingId}
            className="event-register"
          >
            {open ? (
              <>
                {registration.state === "waitlist" ? (
                  <p className="event-register__message">{registration.message}</p>
                ) : null}
                <p className="event-register__closes">
                  Registration closes {momentText(registration.closes_at, page.time_zone)}.
                </p>
                <RegistrationForm
                  registration={registration}
                  tiers={page.price_tiers}
                  labelledBy={registerHeadingId}
                  onRegistered={onRegistered}
                  onRefused={onRefused}
                />
              </>
            ) : (
              <div className="event-notice">
                <p className="event-notice__message">{registration.message}</p>
                {registration.state === "not_open" && registration.opens_at ? (
                  <p>Registration opens {momentText(registration.opens_at, page.time_zone)}.</p>
                ) : null}
              </div>
            )}
          </Section>
        </div>
      </div>
    </article>
  );
}
