import type { components } from "../../lib/api-types";

type Style = components["schemas"]["Style"];

/** The ends of each style scale, as the matcher's options name them. */
export const STYLE_SCALES: readonly { key: keyof Style; low: string; high: string }[] = [
  { key: "structure", low: "Structured", high: "Flexible" },
  { key: "direction", low: "Directive", high: "Collaborative" },
  { key: "teaching", low: "Didactic", high: "Reflective" },
];

export const SCALE_STEPS = [1, 2, 3, 4, 5] as const;

/** Where a value sits on a scale, in words: "2 of 5, closer to structured". */
export function describeScale(value: number, low: string, high: string): string {
  const max = SCALE_STEPS.length;
  const middle = (max + 1) / 2;
  const side =
    value === middle ? "in the middle" : `closer to ${(value < middle ? low : high).toLowerCase()}`;
  return `${value} of ${max}, ${side}`;
}

/**
 * A position on a scale between two styles, drawn as five dots with the chosen one
 * filled (shape, not only colour) and read out as a sentence.
 */
export function StyleScale({ value, low, high }: { value: number; low: string; high: string }) {
  return (
    <div className="style-scale">
      <span className="style-scale__end" aria-hidden="true">
        {low}
      </span>
      <span className="style-scale__dots" aria-hidden="true">
        {SCALE_STEPS.map((step) => (
          <span
            key={step}
            className={
              step === value ? "style-scale__dot style-scale__dot--on" : "style-scale__dot"
            }
          />
        ))}
      </span>
      <span className="style-scale__end style-scale__end--high" aria-hidden="true">
        {high}
      </span>
      <span className="visually-hidden">
        {low} to {high}: {describeScale(value, low, high)}
      </span>
    </div>
  );
}
