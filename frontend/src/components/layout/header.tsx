import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { usePathname } from "wouter/use-browser-location";

import type { Site } from "../../lib/api-client";
import { FlameMark } from "./flame-mark";
import { NavMenu } from "./nav-menu";

const MENU_ID = "site-menu";

/**
 * The site search: a GET form to the search page, which the navigator loads
 * client-side (a full page load without JavaScript). In the bar on wide screens, at
 * the top of the menu panel on phones; CSS shows one of the two.
 */
function SiteSearch({ place, onSubmit }: { place: "bar" | "panel"; onSubmit?: () => void }) {
  const id = useId();
  return (
    <form
      className={`header-search header-search--${place}`}
      role="search"
      aria-label="Site search"
      action="/search/"
      method="get"
      onSubmit={onSubmit}
    >
      <label className="visually-hidden" htmlFor={id}>
        Search
      </label>
      <input id={id} className="header-search__input" type="search" name="q" placeholder="Search" />
      <button type="submit" className="header-search__button" aria-label="Search" />
    </form>
  );
}

export function Header({ site }: { site: Site | null }) {
  const location = usePathname();
  const headerRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Tagged with the location it was opened at, so a navigation closes the menu.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const mobileOpen = openAt === location;
  const cta = site?.consultation_cta;
  const items = site?.menus.main ?? [];

  useEffect(() => {
    if (!mobileOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!headerRef.current?.contains(event.target as Node)) setOpenAt(null);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [mobileOpen]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Escape" && mobileOpen) {
      setOpenAt(null);
      toggleRef.current?.focus();
    }
  };

  return (
    <header ref={headerRef} className="site-header" onKeyDown={onKeyDown}>
      <div className="site-header__bar container">
        <a className="brand" href="/">
          <FlameMark className="brand__mark" />
          <span className="brand__name">{site?.name ?? "Firelight"}</span>
        </a>
        <div className="site-header__actions">
          <SiteSearch place="bar" />
          {cta?.path ? (
            <a className="button button--amber header-cta" href={cta.path}>
              {cta.label}
            </a>
          ) : null}
          {items.length > 0 ? (
            <button
              ref={toggleRef}
              type="button"
              className="menu-toggle"
              aria-expanded={mobileOpen}
              aria-controls={MENU_ID}
              onClick={() => setOpenAt(mobileOpen ? null : location)}
            >
              <span className="menu-toggle__icon" aria-hidden="true" />
              Menu
            </button>
          ) : null}
        </div>
      </div>
      {items.length > 0 ? (
        <div className="site-header__nav" data-open={mobileOpen || undefined}>
          <div className="container">
            <SiteSearch place="panel" onSubmit={() => setOpenAt(null)} />
            <NavMenu id={MENU_ID} items={items} mobileOpen={mobileOpen} />
            {cta?.path ? (
              <a className="button button--amber mobile-cta" href={cta.path}>
                {cta.label}
              </a>
            ) : null}
          </div>
        </div>
      ) : null}
    </header>
  );
}
