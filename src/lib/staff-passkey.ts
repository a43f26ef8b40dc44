/**
 * Why a passkey ceremony of the staff area failed, as one short code the pages turn into a sentence
 * (`passkey.problem.<code>` in src/i18n/staff-area.ts). Pure: used by the staff API (better-auth's answers) and by the
 * staff pages' browser script (the browser's own WebAuthn errors).
 */
export const passkeyProblems = [
  "rateLimited",
  "locked",
  "disabled",
  "stale",
  "unknownKey",
  "expired",
  "cancelled",
  "exists",
  "unsupported",
  "failed",
] as const;
export type PasskeyProblem = (typeof passkeyProblems)[number];

/** From better-auth's answer: its status and error code (the passkey plugin's, or the staff area's own). */
export function passkeyProblem(status: number, code: string): PasskeyProblem {
  if (status === 429) return "rateLimited";
  switch (code) {
    case "ACCOUNT_LOCKED":
      return "locked";
    case "ACCOUNT_DISABLED":
      return "disabled";
    case "SESSION_NOT_FRESH":
      return "stale";
    case "PASSKEY_NOT_FOUND":
      return "unknownKey";
    case "CHALLENGE_NOT_FOUND":
      return "expired";
    default:
      return "failed";
  }
}

/** From an error the browser's WebAuthn call threw (@simplewebauthn/browser passes the DOMException's name on). */
export function browserPasskeyProblem(error: unknown): PasskeyProblem {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  if (code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED" || name === "InvalidStateError") return "exists";
  if (name === "NotAllowedError" || name === "AbortError" || code === "ERROR_CEREMONY_ABORTED") return "cancelled";
  if (name === "NotSupportedError" || name === "SecurityError") return "unsupported";
  return "failed";
}

/** A problem code the browser received from the staff API, or "failed" for anything else. */
export function knownPasskeyProblem(value: unknown): PasskeyProblem {
  return passkeyProblems.includes(value as PasskeyProblem) ? (value as PasskeyProblem) : "failed";
}
