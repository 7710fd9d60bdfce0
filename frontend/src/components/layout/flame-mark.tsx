/** The Firelight mark: a small flame in the current text colour. */
export function FlameMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path
        d="M16 3c1.4 4.8 7.5 7.6 7.5 15a7.5 7.5 0 0 1-15 0c0-4.2 2.3-6.5 3.9-8.4.3 2.3 1.4 3.8 3 4.5C14.6 10 15 6.6 16 3z"
        fill="currentColor"
      />
      <path
        d="M16 15.5c.8 2.3 3.4 3.4 3.4 6.4a3.4 3.4 0 0 1-6.8 0c0-1.8 1.1-3 1.9-3.9.2.9.7 1.5 1.3 1.7-.1-1.5 0-2.8.2-4.2z"
        className="flame-core"
      />
    </svg>
  );
}
