import { describe, expect, it } from "vitest";
import { minPasswordLength, passwordProblem } from "../../../../src/server/staff/password-policy.ts";

describe("staff password policy", () => {
  it("refuses a password shorter than the minimum", () => {
    expect(passwordProblem("a".repeat(minPasswordLength - 1))).toBe("too_short");
  });

  it("refuses common passwords that meet the length", () => {
    for (const password of ["password1234", "qwertyuiop123", "123456789012", "iloveyou2024!"]) {
      expect(passwordProblem(password), password).toBe("too_common");
    }
  });

  it("refuses a password made of the person's own email", () => {
    expect(passwordProblem("chantaiman2026", ["chantaiman@example.hk"])).toBe("too_common");
  });

  it("accepts a long passphrase of unrelated words", () => {
    expect(passwordProblem("harbour kettle violet 93 lantern")).toBeNull();
  });

  it("refuses an overlong password", () => {
    expect(passwordProblem("x".repeat(200))).toBe("too_long");
  });
});
