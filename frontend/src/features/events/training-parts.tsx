import { EventGrid } from "../../components/event-card";
import { PostGrid } from "../../components/post-card";
import type { components } from "../../lib/api-types";
import { ceHoursText, hoursText } from "../../lib/event-facts";
import { formatMoney } from "../../lib/format";
import { FactList, Section, type Fact } from "./event-parts";

type Schemas = components["schemas"];
type EventSummary = Schemas["EventSummary"];
type PostSummary = Schemas["PostSummary"];

interface KeyFactsProps {
  totalHours: number;
  ceHours: number;
  ceApprover: string;
  price: number | null;
  priceNote?: string;
}

/** Hours, credit and price of a training or of the whole program. */
export function KeyFacts({ totalHours, ceHours, ceApprover, price, priceNote }: KeyFactsProps) {
  const ce = ceHoursText(ceHours);
  const facts: Fact[] = [{ term: "Total hours", value: hoursText(totalHours) }];
  if (ce) {
    facts.push({
      term: "Continuing education",
      value: (
        <>
          {ce}
          {ceApprover ? <span className="events-facts__note">{ceApprover}</span> : null}
        </>
      ),
    });
  }
  if (price !== null) {
    facts.push({
      term: "Price",
      value: (
        <>
          {price > 0 ? formatMoney(price) : "Free"}
          {priceNote ? <span className="events-facts__note">{priceNote}</span> : null}
        </>
      ),
    });
  }
  return (
    <Section heading="At a glance" className="events-glance">
      <FactList facts={facts} />
    </Section>
  );
}

/** The scheduled sessions of a training or program, soonest first. */
export function UpcomingSessions({ sessions }: { sessions: readonly EventSummary[] }) {
  return (
    <Section heading="Upcoming sessions" wide>
      {sessions.length > 0 ? (
        <EventGrid events={sessions} headingLevel={3} />
      ) : (
        <p className="events-empty">
          No sessions are scheduled yet. New dates are announced on this page and in our newsletter.
        </p>
      )}
    </Section>
  );
}

/** Blog posts on the same subjects. */
export function RelatedPosts({ posts }: { posts: readonly PostSummary[] }) {
  if (posts.length === 0) return null;
  return (
    <Section heading="Related reading" wide>
      <PostGrid posts={posts} headingLevel={3} />
    </Section>
  );
}
