import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAnswerSet } from "../../../src/engine/answers.ts";
import { evaluate } from "../../../src/engine/index.ts";
import { decodeShareFragment } from "../../../src/lib/share-link.ts";
import { openLeadStore } from "../../../src/server/storage.ts";
import { method, persona } from "../engine/support.ts";
import { leadInput, removeTempDirs, tempDir } from "../server/support.ts";

afterAll(removeTempDirs);

const dataDir = tempDir("leads-cli-");
const siteUrl = "https://readiness.example.hk";

function leads(...args: string[]) {
  const result = spawnSync(process.execPath, ["src/cli/leads.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir, SITE_URL: siteUrl },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const hostile = '=HYPERLINK("http://evil.example","click")';
let withAssessment = "";
let plain = "";
const answerSet = (() => {
  const parsed = parseAnswerSet(method, persona("5-").answerSet);
  if (!parsed.ok) throw new Error("fixture invalid");
  return { ...parsed.value, startDate: "2027-03-01" };
})();
const assessment = JSON.parse(JSON.stringify(evaluate(method, answerSet)));

beforeAll(async () => {
  const store = openLeadStore(join(dataDir, "enquiries.db"));
  const a = await store.submit(
    leadInput({
      company: "陳氏科技有限公司",
      name: "Chan Tai Man",
      message: 'Line one\nLine two, with "quotes"',
      marketingConsent: true,
      locale: "zh-hk",
      answerSet,
      assessment,
      methodVersion: method.estimation.methodVersion,
    }),
    { forward: true },
  );
  const b = await store.submit(leadInput({ company: hostile, name: "+852 evil", phone: null }), { forward: false });
  withAssessment = a.kind === "created" ? a.reference : "";
  plain = b.kind === "created" ? b.reference : "";
  store.close();
});

// Each test spawns the command (Node, type stripping, the method read from disk) one to three times: seconds on a
// loaded machine, so the default 5 s is too short.
describe("leads CLI", { timeout: 60_000 }, () => {
  it("list shows reference, company, interest, consent and CRM delivery state", () => {
    const run = leads("list");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(withAssessment);
    expect(run.stdout).toContain(plain);
    expect(run.stdout).toContain("陳氏科技有限公司");
    expect(run.stdout).toMatch(new RegExp(`${withAssessment}.*SOC 2 Type II.*yes.*pending`));
    expect(run.stdout).toMatch(new RegExp(`${plain}.*no\\s+—`));
    expect(run.stdout).toContain("2 enquiries.");
  });

  it("show prints every field and a readable summary of the attached assessment with its link", () => {
    const run = leads("show", withAssessment);
    expect(run.code).toBe(0);
    for (const text of ["Chan Tai Man", "tm.chan@example.com.hk", "+85291234567", "consented", "2026-01", "Line two"]) {
      expect(run.stdout).toContain(text);
    }
    expect(run.stdout).toMatch(/Readiness: \d+ \/ 100/);
    expect(run.stdout).toContain(`Reopen: ${siteUrl}/zh-hk/assessment/#v`);
    expect(leads("show", "ENQ-2026-ZZZZZZZZ").code).toBe(1);
  });

  it("show --json gives a document the assess CLI accepts", () => {
    const run = leads("show", withAssessment, "--json");
    const doc = JSON.parse(run.stdout);
    expect(doc.answerSet).toEqual(answerSet);
    expect(doc.delivery.state).toBe("pending");
  });

  it("export --format json carries the engine's proposal inputs and a link that reopens the same answers", () => {
    const run = leads("export", "--format", "json");
    expect(run.code).toBe(0);
    const docs = JSON.parse(run.stdout);
    const doc = docs.find((d: { reference: string }) => d.reference === withAssessment);
    expect(doc.proposal).toEqual(assessment.proposal);
    expect(doc.contact).toMatchObject({ company: "陳氏科技有限公司", email: "tm.chan@example.com.hk" });
    const prefix = `${siteUrl}/zh-hk/assessment/#`;
    expect(doc.assessmentLink.startsWith(prefix)).toBe(true);
    const decoded = decodeShareFragment(method, doc.assessmentLink.slice(prefix.length));
    expect(decoded).toEqual({ ok: true, answerSet, dropped: 0 });
    expect(docs.find((d: { reference: string }) => d.reference === plain).assessmentLink).toBeNull();
  });

  it("export --format csv neutralises formula injection and keeps Chinese text and line breaks intact", () => {
    const run = leads("export", "--format", "csv");
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("\uFEFFreference,created_at,")).toBe(true);
    expect(run.stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(run.stdout).toContain(",'+852 evil,");
    expect(run.stdout).toContain("陳氏科技有限公司");
    expect(run.stdout).toContain('"Line one\nLine two, with ""quotes"""');
    // No cell starts with a formula character.
    expect(run.stdout).not.toMatch(/(^|,)[=+\-@]/m);
  });

  it("--since keeps leads received on or after a Hong Kong date", () => {
    expect(JSON.parse(leads("export", "--format", "json", "--since", "2000-01-01").stdout)).toHaveLength(2);
    expect(JSON.parse(leads("export", "--format", "json", "--since", "2999-01-01").stdout)).toHaveLength(0);
    const bad = leads("export", "--format", "json", "--since", "01/02/2026");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("YYYY-MM-DD");
  });

  it("redeliver queues a lead for the CRM; backup writes a complete copy", () => {
    expect(leads("redeliver", plain).stdout).toContain("Queued 1");
    expect(leads("list").stdout).toMatch(new RegExp(`${plain}.*pending`));
    const copy = join(tempDir(), "backup.db");
    expect(leads("backup", copy).code).toBe(0);
    expect(existsSync(copy)).toBe(true);
    const store = openLeadStore(copy, { create: false });
    expect(store.count()).toBe(2);
    store.close();
  });

  it("usage errors exit 2 and a missing database exits 1 without creating one", () => {
    expect(leads("export", "--format", "xml").code).toBe(2);
    expect(leads("frobnicate").code).toBe(2);
    const empty = tempDir();
    const run = spawnSync(process.execPath, ["src/cli/leads.ts", "list"], {
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: empty },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("No enquiries database");
    expect(existsSync(join(empty, "enquiries.db"))).toBe(false);
  });
});

describe("leads CLI: the data subject's rights", { timeout: 60_000 }, () => {
  const dir = tempDir("leads-cli-rights-");
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, ["src/cli/leads.ts", ...args], {
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dir, SITE_URL: siteUrl },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const refs: string[] = [];

  beforeAll(async () => {
    const store = openLeadStore(join(dir, "enquiries.db"));
    for (const [i, email] of ["erase.me@example.hk", "Keep.Me@Example.hk", "keep.me@example.hk"].entries()) {
      const outcome = await store.submit(leadInput({ email, company: `Rights company ${i}`, marketingConsent: true }), {
        forward: true,
      });
      if (outcome.kind === "created") refs.push(outcome.reference);
    }
    store.close();
  });

  it("erase removes the lead, withdraws its pending CRM delivery and leaves a dated tombstone for show", () => {
    const [target = ""] = refs;
    const erased = run("erase", target.toLowerCase());
    expect(erased.code).toBe(0);
    expect(erased.stdout).toContain(`Erased ${target}`);
    expect(erased.stdout).toContain("1 pending CRM delivery withdrawn");
    const shown = run("show", target);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(new RegExp(`${target} was erased on request on \\d{4}-\\d{2}-\\d{2}`));
    expect(run("show", target, "--json").stdout).toContain('"reason": "request"');
    expect(run("list").stdout).not.toContain(target);
    expect(run("export", "--format", "json").stdout).not.toContain("erase.me@example.hk");
    expect(run("erase", target).stdout).toContain("was erased");
    expect(run("erase", "ENQ-2026-ZZZZZZZZ").code).toBe(1);
  });

  it("correct replaces a field after validating it like the form, and refuses an invalid one", () => {
    const target = refs[1] ?? "";
    const corrected = run("correct", target, "--company", "Corrected Company Limited", "--phone", "9123 4567");
    expect(corrected.code).toBe(0);
    expect(corrected.stdout).toContain("Corrected company, phone");
    const doc = JSON.parse(run("show", target, "--json").stdout);
    expect(doc.contact).toMatchObject({ company: "Corrected Company Limited", phone: "+85291234567" });
    const bad = run("correct", target, "--email", "not an email");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--email is invalid_email");
    expect(run("correct", target).code).toBe(2);
  });

  it("opt-out withdraws marketing consent for every lead with the address and dates it", () => {
    const out = run("opt-out", "KEEP.me@example.hk");
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("withdrawn for 2 enquiries");
    expect(run("show", refs[2] ?? "").stdout).toMatch(/Direct marketing:\s+consent withdrawn \d{4}-\d{2}-\d{2}/);
    expect(run("opt-out", "nobody@example.hk").code).toBe(1);
  });
});

describe("leads CLI on a damaged database", { timeout: 60_000 }, () => {
  it("export reads every readable lead, names the unreadable ones on stderr and exits 3", async () => {
    const dir = tempDir("leads-cli-damaged-");
    const path = join(dir, "enquiries.db");
    const store = openLeadStore(path);
    for (let i = 0; i < 60; i++) await store.submit(leadInput({ company: `Damaged test ${i}` }), { forward: false });
    store.close();
    const bytes = readFileSync(path);
    const at = bytes.indexOf(Buffer.from("Damaged test 30"));
    const fd = openSync(path, "r+");
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(at / 4096) * 4096);
    closeSync(fd);
    const result = spawnSync(process.execPath, ["src/cli/leads.ts", "export", "--format", "json"], {
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dir },
    });
    expect(result.status).toBe(3);
    const docs = JSON.parse(result.stdout) as { reference: string }[];
    expect(docs.length).toBeGreaterThan(30);
    const named = [...result.stderr.matchAll(/ENQ-\d{4}-[0-9A-Z]{8}/g)].map((m) => m[0]);
    expect(named.length).toBe(60 - docs.length);
    expect(result.stderr).toMatch(/could not be read \(damaged database pages\).*Restore them from a backup/);
    const list = spawnSync(process.execPath, ["src/cli/leads.ts", "list"], {
      encoding: "utf8",
      env: { ...process.env, DATA_DIR: dir },
    });
    expect(list.status).toBe(3);
    expect(list.stdout).toContain(`${docs.length} enquiries.`);
  });
});
