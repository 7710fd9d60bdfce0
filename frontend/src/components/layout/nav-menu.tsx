import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { usePathname } from "wouter/use-browser-location";

import type { components } from "../../lib/api-types";
import { isCurrentPath, isInSection } from "./paths";

type MenuItem = components["schemas"]["MenuItem"];

interface NavMenuProps {
  id: string;
  items: readonly MenuItem[];
  /** Phones: the whole menu is shown as one list when the header's toggle opens it. */
  mobileOpen: boolean;
}

function Chevron() {
  return (
    <svg className="submenu-toggle__icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/**
 * The main menu: a disclosure navigation. Top-level items with children get a
 * button that opens their submenu (click, Enter or Space), closed by Escape (focus
 * back on the button), an outside click, focus leaving it, or a navigation.
 */
export function NavMenu({ id, items, mobileOpen }: NavMenuProps) {
  const location = usePathname();
  const baseId = useId();
  const navRef = useRef<HTMLElement>(null);
  // Tagged with the location it was opened at, so any navigation closes it.
  const [open, setOpen] = useState<{ index: number; at: string } | null>(null);
  const openIndex = open?.at === location ? open.index : null;

  const buttonId = (index: number) => `${baseId}-toggle-${index}`;
  const submenuId = (index: number) => `${baseId}-submenu-${index}`;

  useEffect(() => {
    if (openIndex === null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!navRef.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [openIndex]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "Escape" || openIndex === null) return;
    event.stopPropagation();
    setOpen(null);
    document.getElementById(buttonId(openIndex))?.focus();
  };

  return (
    <nav
      ref={navRef}
      id={id}
      className="main-nav"
      aria-label="Main"
      data-open={mobileOpen || undefined}
      onKeyDown={onKeyDown}
    >
      <ul className="main-nav__list">
        {items.map((item, index) => {
          const expanded = openIndex === index;
          const hasChildren = item.children.length > 0;
          return (
            <li
              key={item.path}
              className={
                isInSection(item.path, location) ? "main-nav__item is-section" : "main-nav__item"
              }
              onBlur={(event) => {
                // Only when focus demonstrably moved elsewhere (keyboard); a null
                // relatedTarget (e.g. Safari clicks) is left to the outside-click check.
                const next = event.relatedTarget;
                if (expanded && next instanceof Node && !event.currentTarget.contains(next)) {
                  setOpen(null);
                }
              }}
            >
              <div className="main-nav__row">
                <a
                  className="main-nav__link"
                  href={item.path}
                  aria-current={isCurrentPath(item.path, location) ? "page" : undefined}
                >
                  {item.title}
                </a>
                {hasChildren ? (
                  <button
                    type="button"
                    id={buttonId(index)}
                    className="submenu-toggle"
                    aria-expanded={expanded}
                    aria-controls={submenuId(index)}
                    aria-label={`${item.title} submenu`}
                    onClick={() => setOpen(expanded ? null : { index, at: location })}
                  >
                    <Chevron />
                  </button>
                ) : null}
              </div>
              {hasChildren ? (
                <ul id={submenuId(index)} className="submenu" data-open={expanded || undefined}>
                  {item.children.map((child) => (
                    <li key={child.path}>
                      <a
                        className="submenu__link"
                        href={child.path}
                        aria-current={isCurrentPath(child.path, location) ? "page" : undefined}
                      >
                        {child.title}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
