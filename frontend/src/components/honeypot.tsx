interface HoneypotProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * The `website` field people never see and bots fill in (the API quietly drops what
 * arrives with it): off screen, out of the tab order and hidden from assistive
 * technology, labelled for the odd person whose browser shows it anyway.
 */
export function Honeypot({ id, value, onChange }: HoneypotProps) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor={id}>Leave this field empty</label>
      <input
        id={id}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
