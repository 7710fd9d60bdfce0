import "./accepting-badge.css";

/** "Accepting new supervisees": words, with a tick that is decoration only. */
export function AcceptingBadge() {
  return <p className="accepting-badge">Accepting new supervisees</p>;
}
