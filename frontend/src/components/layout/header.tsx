import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { usePathname } from "wouter/use-browser-location";

import type { Site } from "../../lib/api-client";
import { FlameMark } from "./flame-mark";
import { NavMenu } from "./nav-menu";

const MENU_ID = "site-menu";

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
