import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { report as reportText } from "../../../src/i18n/packs/report.ts";

const dir = mkdtempSync(join(tmpdir(), "assess-pdf-"));
const fixture = "test/fixtures/personas/7-bank-ai-credit.json";

function assess(...args: string[]) {
  const result = spawnSync(process.execPath, ["src/cli/assess.ts", ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const pdfText = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
const squash = (text: string) => text.replace(/\s+/g, "");

// Each test starts a Node process that renders a report; a busy machine needs more than the default 5 s.
describe("assess CLI --format pdf", { timeout: 30_000 }, () => {
  it("writes an English PDF report to --out", () => {
    const out = join(dir, "report-en.pdf");
    const run = assess(fixture, "--format", "pdf", "--out", out);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(squash(pdfText(out))).toContain(squash(reportText.en["report.title"]));
  });

  it("writes a zh-HK PDF report in which an unusual Chinese organisation name extracts as typed", () => {
    const out = join(dir, "report-zh.pdf");
    const name = "鑫鑫鏈科技（香港）有限公司";
    const run = assess(fixture, "--format", "pdf", "--out", out, "--lang", "zh-hk", "--organisation", name);
    expect(run.code).toBe(0);
    const text = pdfText(out);
    expect(text).toContain(name);
    expect(squash(text)).toContain(squash(reportText["zh-hk"]["report.title"]));
  });

  it("--format pdf without --out is a usage error", () => {
    const run = assess(fixture, "--format", "pdf");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out");
  });
});
