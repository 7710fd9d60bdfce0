import { StreamField } from "../../components/blocks/stream-field";
import { EventGrid } from "../../components/event-card";
import { indexPathOf, PostGrid } from "../../components/post-card";
import { ResponsiveImage } from "../../components/responsive-image";
import type { components } from "../../lib/api-types";
import "./home-page.css";

type HomePageData = components["schemas"]["HomePage"];

export default function HomePage({ page }: { page: HomePageData }) {
  const { hero, latest_posts: latest, upcoming_events: events } = page;
  return (
    <article className="home-page">
      <section className="hero" aria-labelledby="page-heading">
        <div className="container hero__inner">
          <div className="hero__copy">
            <h1 id="page-heading" className="hero__heading" tabIndex={-1}>
              {hero.heading || page.title}
            </h1>
            {hero.text ? <p className="hero__text">{hero.text}</p> : null}
            {hero.primary_path || hero.secondary_path ? (
              <div className="hero__actions">
                {hero.primary_path ? (
                  <a className="button button--primary button--large" href={hero.primary_path}>
                    {hero.primary_label}
                  </a>
                ) : null}
                {hero.secondary_path ? (
                  <a className="button button--secondary button--large" href={hero.secondary_path}>
                    {hero.secondary_label}
                  </a>
                ) : null}
              </div>
            ) : null}
          </div>
          {hero.image ? (
            <div className="hero__media">
              <ResponsiveImage
                className="hero__image"
                image={hero.image}
                sizes="(min-width: 60rem) 36rem, calc(100vw - 2.5rem)"
                priority
              />
            </div>
          ) : null}
        </div>
      </section>
      <div className="container">
        <StreamField blocks={page.body} />
      </div>
      {events.length > 0 ? (
        <section className="container home-posts home-events" aria-labelledby="home-events-heading">
          <div className="home-posts__bar">
            <h2 id="home-events-heading">Upcoming events</h2>
            {page.events_path ? (
              <a className="home-posts__all" href={page.events_path}>
                All events and trainings
              </a>
            ) : null}
          </div>
          <EventGrid events={events} headingLevel={3} />
        </section>
      ) : null}
      {latest.length > 0 ? (
        <section className="container home-posts" aria-labelledby="home-posts-heading">
          <div className="home-posts__bar">
            <h2 id="home-posts-heading">Latest posts</h2>
            <a className="home-posts__all" href={indexPathOf(latest[0]?.path ?? "/blog/")}>
              All posts
            </a>
          </div>
          <PostGrid posts={latest} headingLevel={3} />
        </section>
      ) : null}
    </article>
  );
}
