/**
 * One JSON line per event on stdout. Callers pass references, codes, counts and timings only: never a name, an
 * email, a phone number, a message, an address, a client IP or any other text a client chose (personal data stays in
 * the database). Lines are bounded whatever the caller passes: strings are cut at `maxString` characters, lists at
 * `maxItems` entries, so a log line never exceeds about 4 KB.
 */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined | readonly string[]>>;

export type Logger = (fields: LogFields) => void;

const maxString = 160;
const maxItems = 12;
const maxFields = 16;

function cut(text: string): string {
  return text.length > maxString ? `${text.slice(0, maxString - 1)}…` : text;
}

/** The fields as they are written: the first `maxFields`, each string and list cut to size. */
export function boundFields(fields: LogFields): Record<string, string | number | boolean | string[]> {
  const out: Record<string, string | number | boolean | string[]> = {};
  for (const [key, value] of Object.entries(fields).slice(0, maxFields)) {
    if (value === undefined) continue;
    const name = cut(key);
    if (typeof value === "string") out[name] = cut(value);
    else if (Array.isArray(value)) {
      const items = value.slice(0, maxItems).map((item) => cut(String(item)));
      if (value.length > maxItems) items.push(`… ${value.length - maxItems} more`);
      out[name] = items;
    } else out[name] = value as number | boolean;
  }
  return out;
}

export const logLine: Logger = (fields) => {
  console.log(JSON.stringify({ time: new Date().toISOString(), ...boundFields(fields) }));
};

/** The error's class and code, never its message (which may quote data). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? `${error.name} ${code}` : error.name;
  }
  return typeof error;
}
