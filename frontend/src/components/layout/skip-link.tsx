import type { MouseEvent } from "react";

/** First in tab order. Moves focus into the main content without adding a history entry. */
export function SkipLink({ targetId }: { targetId: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(targetId);
    if (!main) return;
    event.preventDefault();
    const heading = main.querySelector<HTMLElement>("h1");
    (heading ?? main).focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={onClick}>
      Skip to main content
    </a>
  );
}
