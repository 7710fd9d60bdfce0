import type { Site } from "../../lib/api-client";
import { phoneLabel, telHref } from "../../lib/phone";
import { RichText } from "../rich-text";
import { FlameMark } from "./flame-mark";
import { NewsletterSignup } from "./newsletter-signup";

const YEAR = new Date().getFullYear();

export function Footer({ site }: { site: Site | null }) {
  if (!site) return <footer className="site-footer" />;
  const cta = site.consultation_cta;
  return (
    <footer className="site-footer">
      {cta.path ? (
        <section className="footer-cta" aria-labelledby="footer-cta-heading">
          <div className="container footer-cta__inner">
            <h2 id="footer-cta-heading" className="footer-cta__heading">
              {cta.text || cta.label}
            </h2>
            <a className="button button--primary" href={cta.path}>
              {cta.label}
            </a>
          </div>
        </section>
      ) : null}
      {site.newsletter ? <NewsletterSignup newsletter={site.newsletter} /> : null}
      <div className="container site-footer__grid">
        <div className="site-footer__about">
          <p className="site-footer__name">
            <FlameMark className="site-footer__mark" />
            {site.name}
          </p>
          {site.tagline ? <p className="site-footer__tagline">{site.tagline}</p> : null}
          {site.footer_text ? (
            <RichText className="site-footer__text" html={site.footer_text} />
          ) : null}
        </div>
        <div>
          <h2 className="site-footer__heading">Contact</h2>
          <ul className="site-footer__list">
            {site.phone ? (
              <li>
                <span className="site-footer__label">Phone</span>{" "}
                <a href={telHref(site.phone, site.phone_extension)}>
                  {phoneLabel(site.phone, site.phone_extension)}
                </a>
              </li>
            ) : null}
            {site.fax ? (
              <li>
                <span className="site-footer__label">Fax</span> {site.fax}
              </li>
            ) : null}
            {site.email ? (
              <li>
                <span className="site-footer__label">Email</span>{" "}
                <a href={`mailto:${site.email}`}>{site.email}</a>
              </li>
            ) : null}
          </ul>
        </div>
        {site.social_links.length > 0 ? (
          <div>
            <h2 className="site-footer__heading">Follow us</h2>
            <ul className="site-footer__list">
              {site.social_links.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="me external">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div className="container site-footer__legal">
        <p>
          © {YEAR} {site.name}
        </p>
      </div>
    </footer>
  );
}
