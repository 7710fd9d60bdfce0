/** Shown only when a page takes a while; until then the previous page stays visible. */
export function LoadingState() {
  return (
    <div className="state state--loading container" role="status">
      <span className="visually-hidden">Loading page…</span>
      <div className="skeleton skeleton--title" />
      <div className="skeleton skeleton--line" />
      <div className="skeleton skeleton--line" />
      <div className="skeleton skeleton--line skeleton--short" />
    </div>
  );
}
