/** The passkey problem codes the staff pages show: from better-auth's answers and from the browser's errors. */
import { describe, expect, it } from "vitest";
import {
  browserPasskeyProblem,
  knownPasskeyProblem,
  passkeyProblem,
  passkeyProblems,
} from "../../../src/lib/staff-passkey.ts";

describe("passkey problems", () => {
  it("maps better-auth's status and codes", () => {
    expect(passkeyProblem(429, "")).toBe("rateLimited");
    expect(passkeyProblem(429, "ACCOUNT_DISABLED")).toBe("rateLimited");
    expect(passkeyProblem(403, "ACCOUNT_LOCKED")).toBe("locked");
    expect(passkeyProblem(403, "ACCOUNT_DISABLED")).toBe("disabled");
    expect(passkeyProblem(403, "SESSION_NOT_FRESH")).toBe("stale");
    expect(passkeyProblem(401, "PASSKEY_NOT_FOUND")).toBe("unknownKey");
    expect(passkeyProblem(400, "CHALLENGE_NOT_FOUND")).toBe("expired");
    expect(passkeyProblem(400, "AUTHENTICATION_FAILED")).toBe("failed");
    expect(passkeyProblem(500, "")).toBe("failed");
  });

  it("maps the browser's WebAuthn errors", () => {
    expect(browserPasskeyProblem({ name: "InvalidStateError" })).toBe("exists");
    expect(browserPasskeyProblem({ name: "Error", code: "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED" })).toBe("exists");
    expect(browserPasskeyProblem({ name: "NotAllowedError" })).toBe("cancelled");
    expect(browserPasskeyProblem({ name: "AbortError" })).toBe("cancelled");
    expect(browserPasskeyProblem({ code: "ERROR_CEREMONY_ABORTED" })).toBe("cancelled");
    expect(browserPasskeyProblem({ name: "NotSupportedError" })).toBe("unsupported");
    expect(browserPasskeyProblem({ name: "SecurityError" })).toBe("unsupported");
    expect(browserPasskeyProblem(new TypeError("x"))).toBe("failed");
    expect(browserPasskeyProblem(undefined)).toBe("failed");
  });

  it("accepts only known codes from the API", () => {
    for (const code of passkeyProblems) expect(knownPasskeyProblem(code)).toBe(code);
    expect(knownPasskeyProblem("toString")).toBe("failed");
    expect(knownPasskeyProblem(undefined)).toBe("failed");
    expect(knownPasskeyProblem(3)).toBe("failed");
  });
});
