/**
 * One JSON line per event on stdout. Callers pass references, codes, counts and timings only: never a name, an
 * email, a phone number, a message, an address or a client IP (personal data stays in the database).
 */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined | readonly string[]>>;

export type Logger = (fields: LogFields) => void;

export const logLine: Logger = (fields) => {
  console.log(JSON.stringify({ time: new Date().toISOString(), ...fields }));
};

/** The error's class and code, never its message (which may quote data). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? `${error.name} ${code}` : error.name;
  }
  return typeof error;
}
