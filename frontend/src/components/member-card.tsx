import type { ReactNode } from "react";

import type { components } from "../lib/api-types";
import { AcceptingBadge } from "./accepting-badge";
import { ResponsiveImage } from "./responsive-image";
import "./member-card.css";

type TeamMemberSummary = components["schemas"]["TeamMemberSummary"];

interface MemberCardProps {
  member: TeamMemberSummary;
  /** The level of the name's heading, so the card fits the page's outline. */
  headingLevel?: 2 | 3 | 4;
  /** What a listing adds under the card: a match score, reasons, actions. */
  children?: ReactNode;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0])
    .join("");
}

/**
 * A supervisor in a list: portrait, name linking to the profile, pronouns, role, a
 * short bio, licenses and whether they take new supervisees.
 */
export function MemberCard({ member, headingLevel = 3, children }: MemberCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="member-card">
      <div className="member-card__header">
        {member.photo ? (
          <ResponsiveImage className="member-card__photo" image={member.photo} sizes="5.5rem" />
        ) : (
          <span className="member-card__photo member-card__initials" aria-hidden="true">
            {initials(member.name)}
          </span>
        )}
        <div className="member-card__identity">
          <Heading className="member-card__name">
            <a href={member.path}>{member.name}</a>
          </Heading>
          {member.pronouns ? <p className="member-card__pronouns">{member.pronouns}</p> : null}
          <p className="member-card__role">{member.role_label}</p>
        </div>
      </div>
      {member.accepting_new ? <AcceptingBadge /> : null}
      {member.short_bio ? <p className="member-card__bio">{member.short_bio}</p> : null}
      {member.licenses.length > 0 ? (
        <ul className="member-card__licenses" aria-label="Licenses">
          {member.licenses.map((license) => (
            <li className="member-card__license" key={`${license.state}-${license.code}`}>
              <strong>{license.code}</strong> <span className="visually-hidden">in </span>
              {license.state_name}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </article>
  );
}

/** Supervisors' cards in a responsive grid, as a list. */
export function MemberGrid({
  members,
  headingLevel,
}: {
  members: readonly TeamMemberSummary[];
  headingLevel?: 2 | 3 | 4;
}) {
  return (
    <ul className="member-grid">
      {members.map((member) => (
        <li key={member.id}>
          <MemberCard member={member} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
