import type { ReactNode } from "react";

import { EventGrid } from "../../components/event-card";
import { PostGrid } from "../../components/post-card";
import type { components } from "../../lib/api-types";
import { ceHoursText, hoursText } from "../../lib/event-facts";
import { formatMoney } from "../../lib/format";
import { FactList, HeroImage, Objectives, PageBody, Section, type Fact } from "./event-parts";

type Schemas = components["schemas"];
type TrainingPageData = Schemas["TrainingPage"];
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

interface TrainingArticleProps {
  /** What a training and its program have in common. */
  page: Pick<
    TrainingPageData,
    | "hero_image"
    | "total_hours"
    | "ce_hours"
    | "ce_approver"
    | "objectives"
    | "upcoming_sessions"
    | "body"
    | "related_posts"
  > & { price: number | null };
  className: string;
  /** The page's header. */
  header: ReactNode;
  priceNote?: string;
  /** What the page has of its own, between its objectives and its sessions. */
  children: ReactNode;
}

/**
 * A training's or program's page: its header, picture, key facts and objectives, then
 * its own content, the sessions scheduled, its body and related reading.
 */
export function TrainingArticle({
  page,
  className,
  header,
  priceNote,
  children,
}: TrainingArticleProps) {
  return (
    <article className={`${className} container`}>
      {header}
      <div className="events-measure">
        <HeroImage image={page.hero_image} />
      </div>
      <KeyFacts
        totalHours={page.total_hours}
        ceHours={page.ce_hours}
        ceApprover={page.ce_approver}
        price={page.price}
        priceNote={priceNote}
      />
      <Objectives objectives={page.objectives} />
      {children}
      <UpcomingSessions sessions={page.upcoming_sessions} />
      <PageBody blocks={page.body} />
      <RelatedPosts posts={page.related_posts} />
    </article>
  );
}
