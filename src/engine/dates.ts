/** Calendar arithmetic on YYYY-MM-DD strings in UTC (no time zones, no clocks: results are reproducible). */

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds whole months; the day is clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const whole = Math.floor(months);
  const target = new Date(Date.UTC(y, m - 1 + whole, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  // Fractions of a month are counted as 30-day months.
  const fraction = months - whole;
  if (fraction > 0) target.setUTCDate(target.getUTCDate() + Math.round(fraction * 30));
  return format(target);
}

export function addWeeks(date: string, weeks: number): string {
  return addDays(date, Math.round(weeks * 7));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}
