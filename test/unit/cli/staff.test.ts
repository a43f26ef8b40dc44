import { afterAll, describe, expect, it } from "vitest";
import { runStaff } from "../../../src/cli/staff-commands.ts";
import { removeTempDirs, tempDir } from "../server/support.ts";

afterAll(() => removeTempDirs());

describe("npm run staff", () => {
  it("invite prints a one-time enrolment link as its last line; list, role, disable, enable and reset work", async () => {
    const env = { DATA_DIR: tempDir("staff-cli-"), STAFF_ORIGIN: "https://staff.example.hk" };
    const invited = await runStaff(["invite", "Partner@Example.hk", "--role", "admin"], env);
    expect(invited.code ?? 0).toBe(0);
    const lines = invited.stdout.trim().split("\n");
    expect(lines.at(-1)).toMatch(/^https:\/\/staff\.example\.hk\/en\/staff\/enrol\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(invited.stdout).toContain("24 hours");
    expect((await runStaff(["invite", "partner@example.hk"], env)).code).toBe(1);
    expect((await runStaff(["list"], env)).stdout).toMatch(/partner@example\.hk\s+admin\s+enabled/);
    expect((await runStaff(["role", "partner@example.hk", "sales"], env)).code ?? 0).toBe(0);
    expect((await runStaff(["disable", "partner@example.hk"], env)).stdout).toContain("Disabled");
    expect((await runStaff(["list"], env)).stdout).toMatch(/partner@example\.hk\s+sales\s+disabled/);
    expect((await runStaff(["enable", "partner@example.hk"], env)).code ?? 0).toBe(0);
    const reset = await runStaff(["reset", "partner@example.hk"], env);
    expect(reset.stdout.trim().split("\n").at(-1)).toMatch(/\/en\/staff\/enrol\/\?token=/);
    expect((await runStaff(["reset", "nobody@example.hk"], env)).code).toBe(1);
  });

  it("usage errors exit 2", async () => {
    const env = { DATA_DIR: tempDir("staff-cli-") };
    expect((await runStaff([], env)).code).toBe(2);
    expect((await runStaff(["invite"], env)).code).toBe(2);
    expect((await runStaff(["invite", "a@example.hk", "--role", "boss"], env)).code).toBe(2);
    expect((await runStaff(["role", "a@example.hk", "boss"], env)).code).toBe(2);
    expect((await runStaff(["explode"], env)).code).toBe(2);
  });
});
