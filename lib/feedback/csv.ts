/**
 * CSV as spreadsheets read it (RFC 4180): cells separated by commas, lines by CRLF, a cell holding
 * a comma, a quote or a line break put in quotes with its quotes doubled. Text comes from the
 * public (comments), so a cell a spreadsheet would run as a formula (=, +, -, @, or a tab or
 * carriage return before one) is opened with an apostrophe, which the spreadsheet shows as text
 * (OWASP "CSV injection"). Numbers are ours and written as they are.
 */
export type CsvCell = string | number | null | undefined;

/** The first characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** A text cell a spreadsheet shows as it is, never runs. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.has(text.charAt(0)) ? `'${text}` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(",");
}

/** The lines, each ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((cells) => `${csvLine(cells)}\r\n`).join("");
}

/** A file to download: with a byte-order mark, so a spreadsheet reads its accents as UTF-8. */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${toCsv(rows)}`;
}
