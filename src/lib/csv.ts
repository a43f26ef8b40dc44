/**
 * CSV (RFC 4180) that is safe to open in a spreadsheet. A cell that begins with a character a spreadsheet reads as
 * the start of a formula (= + - @, tab, carriage return, and their full-width forms) gets a leading apostrophe, so it
 * shows as text and never runs (CSV / formula injection). Cells with a comma, quote or line break are quoted.
 */
export type CsvCell = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r＝＋－＠]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, with a byte order mark first so spreadsheet programs read UTF-8 (Chinese names) correctly. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
