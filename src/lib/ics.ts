/**
 * iCalendar (RFC 5545) files of all-day events, for a proposal's key dates. Pure: text in, text out.
 *
 * - Lines end with CRLF and are folded so that no line exceeds 75 octets of UTF-8 (a continuation line starts with one
 *   space); a multi-byte character is never split.
 * - TEXT values escape backslash, semicolon, comma and line breaks.
 * - Each event is all-day: `DTSTART;VALUE=DATE` and an exclusive `DTEND;VALUE=DATE` (the day after its last day).
 */

export interface IcsEvent {
  /** Globally unique and stable across exports of the same event (e.g. `<id>-<date>@<host>`). */
  readonly uid: string;
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  /** Last day (inclusive), YYYY-MM-DD, for events longer than one day. */
  readonly end?: string;
  readonly summary: string;
  readonly description?: string;
  readonly categories?: readonly string[];
}

export interface IcsCalendar {
  /** PRODID, e.g. `-//Example Assurance//Proposal workspace//EN`. */
  readonly prodId: string;
  /** Shown as the calendar's name by clients that read X-WR-CALNAME. */
  readonly name?: string;
  /** When the file was made (DTSTAMP of every event). */
  readonly stamp: Date;
  readonly events: readonly IcsEvent[];
}

const maxOctets = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value: `\` `;` `,` and line breaks (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds one content line into lines of at most 75 octets joined by CRLF + space (RFC 5545 §3.1). */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  // The first line holds 75 octets; each continuation line holds 74 after its leading space.
  let limit = maxOctets;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = maxOctets - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** YYYY-MM-DD → YYYYMMDD. */
function icsDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return date.replace(/-/g, "");
}

/** The calendar day after `date` (YYYY-MM-DD, UTC arithmetic). */
export function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** A UTC date-time in the basic format, e.g. 20261127T083000Z. */
function icsStamp(stamp: Date): string {
  return stamp
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** The calendar as an .ics file's text. */
export function buildIcs(calendar: IcsCalendar): string {
  const stamp = icsStamp(calendar.stamp);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${calendar.prodId}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeIcsText(calendar.name)}`);
  for (const event of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(event.end ?? event.start))}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
    if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeIcsText).join(",")}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldIcsLine).join("\r\n")}\r\n`;
}
