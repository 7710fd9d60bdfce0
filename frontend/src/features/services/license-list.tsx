import type { components } from "../../lib/api-types";

type LicenseType = components["schemas"]["LicenseType"];

const LEVEL_LABELS: Record<LicenseType["level"], string> = {
  candidate: "Candidate",
  independent: "Independent",
};

/** License types as "CODE — Name", optionally tagged with their level. */
export function LicenseList({
  licenses,
  showLevel = false,
}: {
  licenses: readonly LicenseType[];
  showLevel?: boolean;
}) {
  return (
    <ul className="licenses">
      {licenses.map((license) => (
        <li className="license" key={`${license.state}-${license.code}`}>
          <span className="license__code">{license.code}</span>
          <span className="license__name">
            <span className="visually-hidden">, </span>
            {license.name}
          </span>
          {showLevel ? (
            <span className={`license__level license__level--${license.level}`}>
              <span className="visually-hidden">, </span>
              {LEVEL_LABELS[license.level]}
              <span className="visually-hidden"> license</span>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
