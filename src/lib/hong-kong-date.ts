/**
 * Today's date in Hong Kong as YYYY-MM-DD, the default start date of an assessment everywhere (browser, PDF, CLI,
 * server, staff workspace). Built on `formatToParts`, so it does not depend on how a locale happens to format dates.
 * Outside the engine on purpose: the engine reads no clock.
 */
const parts = new Intl.DateTimeFormat("en", {
  timeZone: "Asia/Hong_Kong",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function hongKongToday(now: Date = new Date()): string {
  const found = Object.fromEntries(parts.formatToParts(now).map((p) => [p.type, p.value]));
  return `${found.year}-${found.month}-${found.day}`;
}
