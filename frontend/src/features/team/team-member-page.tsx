import { useId, type ReactNode } from "react";

import { AcceptingBadge } from "../../components/accepting-badge";
import { PostLinks } from "../../components/post-links";
import { ResponsiveImage } from "../../components/responsive-image";
import { RichText } from "../../components/rich-text";
import type { components } from "../../lib/api-types";
import { formatDate, formatTimeRange, timeZoneLabel } from "../../lib/format";
import { consultationHref, slugFromPath } from "./consultation";
import { STYLE_SCALES, StyleScale } from "./style-scale";
import { TeamSection } from "./team-parts";
import "./team.css";

type TeamMemberPageData = components["schemas"]["TeamMemberPage"];
type MemberLicense = components["schemas"]["MemberLicense"];
type Availability = components["schemas"]["Availability"];

function years(count: number): string {
  return count === 1 ? "1 year" : `${count} years`;
}

/** A sub-part of the "at a glance" panel: an h3 with its content. */
function Glance({ heading, children }: { heading: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <div className="member-glance__part" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="member-glance__heading">
        {heading}
      </h3>
      {children}
    </div>
  );
}

function LicenseItem({ license }: { license: MemberLicense }) {
  return (
    <li className="member-license">
      <h3 className="member-license__title">
        <span className="member-license__code">{license.code}</span>
        <span className="visually-hidden">,</span> {license.name}
      </h3>
      <dl className="member-license__facts">
        <div>
          <dt>State</dt>
          <dd>{license.state_name}</dd>
        </div>
        {license.number ? (
          <div>
            <dt>License number</dt>
            <dd>{license.number}</dd>
          </div>
        ) : null}
        <div>
          <dt>Can supervise this track</dt>
          <dd>
            <span
              className={`yes-no yes-no--${license.can_supervise ? "yes" : "no"}`}
              aria-hidden="true"
            />
            {license.can_supervise ? "Yes" : "No"}
          </dd>
        </div>
        {license.verified ? (
          <div>
            <dt>Verified</dt>
            <dd>{formatDate(license.verified)}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

function AvailabilityList({ slots }: { slots: readonly Availability[] }) {
  return (
    <ul className="member-availability">
      {slots.map((slot) => (
        <li key={`${slot.weekday}-${slot.start}-${slot.time_zone}`}>
          <span className="member-availability__day">{slot.weekday_label}</span>{" "}
          <span className="member-availability__time">
            {formatTimeRange(slot.start, slot.end)} {timeZoneLabel(slot.time_zone)}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default function TeamMemberPage({ page }: { page: TeamMemberPageData }) {
  const firstName = page.title.split(/\s+/)[0] ?? page.title;
  const slug = slugFromPath(page.path);

  return (
    <article className="team-member-page container">
      <header className="member-hero">
        {page.photo ? (
          <ResponsiveImage
            className="member-hero__photo"
            image={page.photo}
            sizes="(min-width: 40rem) 13rem, 9rem"
            priority
          />
        ) : null}
        <div className="member-hero__text">
          <h1 id="page-heading" className="member-hero__name" tabIndex={-1}>
            {page.title}
          </h1>
          <p className="member-hero__meta">
            {page.pronouns ? <span className="member-hero__pronouns">{page.pronouns}</span> : null}
            <span className="member-hero__role">{page.role_label}</span>
          </p>
          {page.languages.length > 0 ? (
            <p className="member-hero__languages">Speaks {page.languages.join(", ")}</p>
          ) : null}
          {page.accepting_new ? (
            <AcceptingBadge />
          ) : (
            <p className="member-hero__waitlist">Not taking new supervisees at the moment</p>
          )}
          {page.consultation_path ? (
            <a
              className="button button--primary button--large member-hero__cta"
              href={consultationHref(page.consultation_path, slug)}
            >
              Request a free consultation with {firstName}
            </a>
          ) : null}
        </div>
      </header>

      <div className="member-layout">
        <div className="member-about">
          {page.short_bio ? <p className="member-lead">{page.short_bio}</p> : null}
          {page.bio ? <RichText html={page.bio} /> : null}
        </div>

        <section className="member-glance" aria-labelledby="member-glance-heading">
          <h2 id="member-glance-heading" className="member-glance__title">
            Working with {firstName}
          </h2>
          {page.availability.length > 0 ? (
            <Glance heading="Weekly availability">
              <AvailabilityList slots={page.availability} />
            </Glance>
          ) : null}
          {page.formats.length > 0 ? (
            <Glance heading="Formats">
              <p>{page.formats.map((format) => format.label).join(", ")}</p>
            </Glance>
          ) : null}
          {page.work_settings.length > 0 ? (
            <Glance heading="Work settings">
              <p>{page.work_settings.map((setting) => setting.label).join(", ")}</p>
            </Glance>
          ) : null}
          {page.fee_notes ? (
            <Glance heading="Fees">
              <p>{page.fee_notes}</p>
            </Glance>
          ) : null}
        </section>

        <div className="member-details">
          <TeamSection heading="Supervision style">
            {page.supervision_model ? (
              <p className="member-model">
                <span className="member-model__label">Model:</span> {page.supervision_model}
              </p>
            ) : null}
            <ul className="style-scales">
              {STYLE_SCALES.map((scale) => (
                <li key={scale.key}>
                  <StyleScale value={page.style[scale.key]} low={scale.low} high={scale.high} />
                </li>
              ))}
            </ul>
            {page.style_statement ? (
              <figure className="member-statement">
                <blockquote>
                  <p>{page.style_statement}</p>
                </blockquote>
                <figcaption>— {page.title}</figcaption>
              </figure>
            ) : null}
          </TeamSection>

          {page.specialties.length > 0 ? (
            <TeamSection heading="Specialties">
              <ul className="team-tags">
                {page.specialties.map((specialty) => (
                  <li key={specialty.name}>{specialty.name}</li>
                ))}
              </ul>
            </TeamSection>
          ) : null}

          {page.licenses.length > 0 ? (
            <TeamSection heading="Licenses">
              <ul className="member-licenses">
                {page.licenses.map((license) => (
                  <LicenseItem key={`${license.state}-${license.code}`} license={license} />
                ))}
              </ul>
            </TeamSection>
          ) : null}

          <TeamSection heading="Training and experience">
            <dl className="member-experience">
              <div>
                <dt>Licensed for</dt>
                <dd>{years(page.years_licensed)}</dd>
              </div>
              <div>
                <dt>Supervising for</dt>
                <dd>{years(page.years_supervising)}</dd>
              </div>
            </dl>
            {page.certifications.length > 0 ? (
              <ul className="member-certifications">
                {page.certifications.map((certification) => (
                  <li key={certification}>{certification}</li>
                ))}
              </ul>
            ) : null}
          </TeamSection>

          {page.posts.length > 0 ? (
            <TeamSection heading={`Posts by ${page.title}`}>
              <PostLinks posts={page.posts} />
            </TeamSection>
          ) : null}
        </div>
      </div>
    </article>
  );
}
