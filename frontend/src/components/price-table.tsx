import type { ReactNode } from "react";

import type { components } from "../lib/api-types";
import { formatDate, formatMoney } from "../lib/format";
import "./price-table.css";

type PriceItem = components["schemas"]["PriceItem"];
type FeeRow = components["schemas"]["FeeRow"];

interface PriceTableProps {
  /** Price items; rows that name their service (fees table) link to it. */
  items: readonly (PriceItem | FeeRow)[];
  caption: string;
}

function NotApplicable() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">Not applicable</span>
    </>
  );
}

function Cell({ label, children, empty }: { label: string; children: ReactNode; empty?: boolean }) {
  return (
    // The explicit roles keep the table semantics where CSS restyles the rows as cards
    // (some browsers drop them for a table whose display is changed).
    <td role="cell" data-label={label} data-empty={empty ? "" : undefined}>
      {children}
    </td>
  );
}

/**
 * A real table on wide screens; under 40rem each row becomes a card whose cells carry
 * their column name, so prices stay readable on a phone and in a screen reader.
 */
export function PriceTable({ items, caption }: PriceTableProps) {
  if (items.length === 0) return null;
  const showLength = items.some((item) => item.minutes !== null);
  const showGroupSize = items.some((item) => item.group_size !== "");
  const dates = new Set(items.map((item) => item.effective_date));
  const [effectiveDate] = dates;

  return (
    <div className="price-table">
      <table className="price-table__table" role="table">
        <caption className="price-table__caption">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              Service
            </th>
            <th role="columnheader" scope="col">
              Format
            </th>
            {showLength ? (
              <th role="columnheader" scope="col">
                Length
              </th>
            ) : null}
            {showGroupSize ? (
              <th role="columnheader" scope="col">
                Group size
              </th>
            ) : null}
            <th role="columnheader" scope="col" className="price-table__price-heading">
              Price
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {items.map((item, index) => (
            <tr role="row" key={index}>
              <th role="rowheader" scope="row" className="price-table__label">
                {"service" in item ? <a href={item.service.path}>{item.label}</a> : item.label}
              </th>
              <Cell label="Format">{item.format_label}</Cell>
              {showLength ? (
                <Cell label="Length" empty={item.minutes === null}>
                  {item.minutes === null ? <NotApplicable /> : `${item.minutes} min`}
                </Cell>
              ) : null}
              {showGroupSize ? (
                <Cell label="Group size" empty={item.group_size === ""}>
                  {item.group_size ? `${item.group_size} people` : <NotApplicable />}
                </Cell>
              ) : null}
              <Cell label="Price">
                <span className="price-table__value">
                  <span className="price-table__amount">{formatMoney(item.price)}</span>{" "}
                  <span className="price-table__unit">{item.unit_label}</span>
                  {item.sliding_scale_min !== null ? (
                    <span className="price-table__sliding">
                      <span className="visually-hidden">, </span>
                      from {formatMoney(item.sliding_scale_min)} sliding scale
                    </span>
                  ) : null}
                </span>
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
      {dates.size === 1 && effectiveDate ? (
        <p className="price-table__note">Prices effective {formatDate(effectiveDate)}.</p>
      ) : null}
    </div>
  );
}
