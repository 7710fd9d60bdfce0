import type { SeatsBadgeText } from "../lib/event-facts";
import "./seats-badge.css";

/** Seats left, full or closed: in words, the colour only repeats what they say. */
export function SeatsBadge({ badge }: { badge: SeatsBadgeText }) {
  return <span className={`seats-badge seats-badge--${badge.tone}`}>{badge.text}</span>;
}
