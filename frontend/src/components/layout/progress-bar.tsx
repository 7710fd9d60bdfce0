/** The slim bar at the top of the viewport while a page loads. Screen readers get
 * aria-busy on main instead, so the bar itself is hidden from them. */
export function ProgressBar({ active }: { active: boolean }) {
  return <div className="progress-bar" data-active={active || undefined} aria-hidden="true" />;
}
