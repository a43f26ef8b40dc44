import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Download, expect, type Page, test } from "@playwright/test";
import type { AnswerSet } from "../../src/engine/answers.ts";
import { type Assessment, evaluate, type FeeRange, type Settings } from "../../src/engine/index.ts";
import type { TscCategoryId } from "../../src/engine/schema.ts";
import { report as reportText } from "../../src/i18n/packs/report.ts";
import { staff as staffPageText } from "../../src/i18n/packs/staff.ts";
import { nextDay } from "../../src/lib/ics.ts";
import { encodeShareFragment } from "../../src/lib/share-link.ts";
import { readMethod } from "../../src/node/method-files.ts";
import { parseCsv } from "../support/csv.ts";
import { dated } from "../support/dated.ts";
import { personaFixture } from "./assessment-support.ts";
import { enrol, invite, signIn, uniqueEmail } from "./staff-support.ts";
import { expectNoAxeViolations, sitemapPaths } from "./support.ts";

/** The code that fetches the firm's rate card: in the staff bundle, never in a public page's scripts. */
const rateCardMarker = "/api/staff/rates/";

const method = readMethod();
const persona3 = personaFixture("3-").answerSet as unknown as AnswerSet;
const fragment3 = encodeShareFragment(method, persona3);
const en = staffPageText.en;

const numberText = (n: number) => new Intl.NumberFormat("en-HK", { maximumFractionDigits: 1 }).format(n);
const money = (amount: number, currency: string) =>
  new Intl.NumberFormat("en-HK", { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
const rangeText = (fee: FeeRange) => `${money(fee.min, fee.currency)} – ${money(fee.max, fee.currency)}`;
const squash = (text: string) => text.replace(/\s+/g, "");

async function typeRates(page: Page, rates: NonNullable<Settings["dayRates"]>) {
  await page.locator("#rates-currency").fill(rates.currency);
  await page.locator("#rates-soc2-min").fill(String(rates.soc2[0]));
  await page.locator("#rates-soc2-max").fill(String(rates.soc2[1]));
  await page.locator("#rates-iso-min").fill(String(rates.iso42001[0]));
  await page.locator("#rates-iso-max").fill(String(rates.iso42001[1]));
}

async function downloaded(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(button).click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

/** Unfolded iCalendar content lines, and each VEVENT's properties. */
function parseIcs(text: string): { lines: string[]; events: Record<string, string>[] } {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return { lines, events };
}

const compact = (date: string) => date.replace(/-/g, "");

test.describe("staff proposal workspace", () => {
  // The workspace is behind sign-in: each test signs in as a sales account invited from the CLI.
  test.beforeEach(async ({ page }) => {
    const email = uniqueEmail("workspace");
    await enrol(page, invite(email, "sales"));
    await signIn(page, "en", email);
  });

  test("persona 3's share link: a longer period, an added criterion and typed rates give the engine's days and fees, in every export", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(`${r.url()} ${r.postData() ?? ""}`));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));

    await page.goto(`/en/staff/proposal/#${fragment3}`);
    await expect(page.getByRole("heading", { name: en["head.title"] })).toBeVisible();
    const suggested = evaluate(method, dated(persona3));
    await expect(page.locator('[data-figure="days-type2"]')).toHaveText(
      `${numberText(suggested.soc2.days.type2?.days ?? Number.NaN)} days`,
    );
    await expect(page.locator('[data-figure="method-version"]')).toHaveText(method.estimation.methodVersion);
    // Persona 3 has no AI: ISO/IEC 42001 does not apply.
    await expect(page.locator('[data-figure="iso-applicable"]')).toContainText(en["iso.notApplicable"]);
    await expect(page.locator('[data-flag="pcpd-pdpo"]')).toBeVisible();
    await expect(page.locator('[data-figure="gaps"] li')).toHaveCount(Math.min(5, suggested.gaps.length));

    // Staff add Processing Integrity and choose a longer observation period.
    const recommended = suggested.soc2.engagement.observationMonths;
    const months = recommended === 9 ? 12 : 9;
    expect(suggested.soc2.criteria.included).not.toContain("processing_integrity");
    await page.locator('label[for="scope-cat-processing_integrity"]').click();
    await expect(page.locator("#scope-cat-processing_integrity")).toBeChecked();
    await page.locator("#scope-observation").fill(String(months));
    const rates = { currency: "HKD", soc2: [14_500, 18_200], iso42001: [16_000, 21_000] } as NonNullable<
      Settings["dayRates"]
    >;
    await typeRates(page, rates);

    const categories: TscCategoryId[] = [...suggested.soc2.criteria.included, "processing_integrity"];
    const expected: Assessment = evaluate(method, dated(persona3), {
      scope: { categories, observationMonths: months },
      dayRates: rates,
    });
    const type2 = expected.soc2.days.type2;
    const fee = expected.proposal.soc2.fees?.type2;
    if (!type2 || !fee) throw new Error("persona 3 should have a Type II with a fee");
    expect(type2.days).not.toBe(suggested.soc2.days.type2?.days);
    await expect(page.locator('[data-figure="observation"]')).toHaveText(`${months} months`);
    await expect(page.locator('[data-figure="criteria-count"]')).toHaveText(
      numberText(expected.proposal.soc2.criteriaCount),
    );
    await expect(page.locator('[data-figure="days-type2"]')).toHaveText(`${numberText(type2.days)} days`);
    await expect(page.locator('[data-figure="fee-soc2-type2"]')).toHaveText(rangeText(fee));
    await expect(page.locator(".staff-changes")).toContainText(`Observation period set to ${months} months`);
    await expect(page.locator(".staff-changes")).toContainText("Processing Integrity: Added to the proposal scope");

    // JSON: the engine's proposal inputs, and enough to recompute them.
    const json = await downloaded(page, "#export-json");
    expect(json.download.suggestedFilename()).toMatch(/^proposal-inputs-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(json.bytes.toString("utf8"));
    expect(document.methodVersion).toBe(method.estimation.methodVersion);
    expect(document.questionnaireVersion).toBe(method.questionnaire.version);
    expect(Number.isNaN(Date.parse(document.generatedAt))).toBe(false);
    expect(document.proposal).toEqual(JSON.parse(JSON.stringify(expected.proposal)));
    expect(document.settings.dayRates).toEqual(rates);
    expect(document.settings.scope.observationMonths).toBe(months);
    expect([...document.settings.scope.categories].sort()).toEqual([...categories].sort());
    expect(evaluate(method, dated(document.answerSet), document.settings).proposal).toEqual(document.proposal);
    // Opening the saved file again re-applies its scope (its rates are never read from a file).
    await page.locator("#staff-file").setInputFiles({
      name: "proposal.json",
      mimeType: "application/json",
      buffer: json.bytes,
    });
    await expect(page.locator('[data-notice="scope"]')).toContainText(en["notice.scopeRestored"]);
    await expect(page.locator("#scope-cat-processing_integrity")).toBeChecked();
    await expect(page.locator('[data-figure="days-type2"]')).toHaveText(`${numberText(type2.days)} days`);
    await expect(page.locator('[data-figure="fee-soc2-type2"]')).toHaveText(rangeText(fee));

    // CSV: UTF-8 with a BOM, one field per row.
    const csv = await downloaded(page, "#export-csv");
    const csvText = csv.bytes.toString("utf8");
    expect(csvText.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csvText.slice(1));
    expect(rows[0]).toEqual(["section", "field", "value"]);
    expect(rows.every((r) => r.length === 3)).toBe(true);
    const cell = (section: string, field: string) => rows.find((r) => r[0] === section && r[1] === field)?.[2];
    expect(cell("meta", "method_version")).toBe(method.estimation.methodVersion);
    expect(cell("soc2", "observation_months")).toBe(String(months));
    expect(cell("soc2", "days_type2")).toBe(String(type2.days));
    expect(cell("soc2", "criteria_count")).toBe(String(expected.proposal.soc2.criteriaCount));
    expect(cell("fees", "soc2_type2_min")).toBe(String(fee.min));
    expect(cell("fees", "soc2_type2_max")).toBe(String(fee.max));
    expect(cell("organisation", "headcount")).toBe("60");
    expect(cell("iso42001", "applicable")).toBe("false");
    expect(cell("regulator_flags", "pcpd-pdpo")).toContain("Cap. 486");
    expect(rows.filter((r) => r[0] === "timeline")).toHaveLength(expected.timeline.milestones.length);
    expect(rows.filter((r) => r[0] === "top_gaps").map((r) => r[1])).toEqual([...expected.proposal.topGaps]);

    // iCalendar: one all-day event per milestone, on the engine's dates.
    const ics = await downloaded(page, "#export-ics");
    const icsText = ics.bytes.toString("utf8");
    expect(icsText.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of icsText.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const calendar = parseIcs(icsText);
    expect(calendar.lines.slice(0, 4)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      calendar.lines[2] as string,
      "CALSCALE:GREGORIAN",
    ]);
    expect(calendar.lines[2]).toMatch(/^PRODID:-\/\/.+\/\/Proposal workspace\/\/EN$/);
    expect(calendar.lines.filter((l) => l === "END:VCALENDAR")).toHaveLength(1);
    expect(calendar.events).toHaveLength(expected.timeline.milestones.length);
    expected.timeline.milestones.forEach((m, i) => {
      const event = calendar.events[i] as Record<string, string>;
      expect(event["DTSTART;VALUE=DATE"]).toBe(compact(m.date));
      expect(event["DTEND;VALUE=DATE"]).toBe(compact(nextDay(m.endDate ?? m.date)));
      expect(event.UID).toMatch(new RegExp(`^${m.id}-${m.date}@`));
      expect(event.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
      expect(event.SUMMARY).toContain(method.messages[m.key]?.en ?? "");
    });

    // PDF: the gap report with the proposal-inputs appendix and the fee range.
    await page.locator("#export-organisation").fill("Harbour HR Software Limited");
    const pdf = await downloaded(page, "#export-pdf");
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const pdfPath = await pdf.download.path();
    const pdfText = squash(execFileSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" }));
    expect(pdfText).toContain(squash(reportText.en["appendix.title"]));
    expect(pdfText).toContain(squash(rangeText(fee)));
    expect(pdfText).toContain("HarbourHRSoftwareLimited");

    // Rates typed for a share link stay on this page: nothing in this browser's storage, nothing sent.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.locator("#rates-clear").click();
    await expect(page.locator('[data-figure="fee-soc2-type2"]')).toHaveCount(0);

    for (const request of requests) {
      for (const value of ["14500", "18200", "16000", "21000", "14,500", "18,200"]) {
        expect(request, "a day rate left the browser").not.toContain(value);
      }
    }
    expect(errors).toEqual([]);
  });

  test("day rates typed in the workspace are in no request and in no file of the built site; public pages never load the code that keeps them", async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    // Sentinel rates no page, data file or font would contain by chance.
    const sentinels = { currency: "HKD", soc2: [73_519, 86_243], iso42001: [91_357, 97_531] } as NonNullable<
      Settings["dayRates"]
    >;
    const needles = [...sentinels.soc2, ...sentinels.iso42001].flatMap((n) => [
      String(n),
      new Intl.NumberFormat("en-HK").format(n),
    ]);
    const sent: string[] = [];
    page.on("request", (r) => sent.push(`${r.url()} ${r.postData() ?? ""}`));
    // Persona 6 has ISO/IEC 42001, so both rates are used.
    const persona6 = personaFixture("6-").answerSet as unknown as AnswerSet;
    await page.goto(`/en/staff/proposal/#${encodeShareFragment(method, persona6)}`);
    await typeRates(page, sentinels);
    const expected = evaluate(method, dated(persona6), { dayRates: sentinels }).proposal;
    if (!expected.iso42001.applicable || !expected.iso42001.fees) throw new Error("persona 6 should have ISO fees");
    await expect(page.locator('[data-figure="fee-iso-cycle"]')).toHaveText(rangeText(expected.iso42001.fees.cycle));
    await downloaded(page, "#export-json");
    for (const line of sent) for (const needle of needles) expect(line).not.toContain(needle);

    // Every file of the build, client and server.
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk("dist");
    // The staff pages are rendered on demand: their code is in the server build, which is checked too.
    expect(files.some((f) => /dist\/server\/.*StaffLayout/.test(f))).toBe(true);
    for (const file of files) {
      const content = readFileSync(file).toString("latin1");
      for (const needle of needles) expect(content.includes(needle), `${needle} in ${file}`).toBe(false);
    }

    // The scripts every public page loads, followed through their imports: none holds the rates storage code.
    const scriptsOf = async (path: string, client = request): Promise<Map<string, string>> => {
      const html = await (await client.get(path)).text();
      const queue = [...html.matchAll(/(?:src|component-url|renderer-url|href)="([^"]+\.m?js)"/g)].map(
        (m) => new URL(m[1] as string, `http://x${path}`).pathname,
      );
      const seen = new Map<string, string>();
      while (queue.length > 0) {
        const next = queue.shift() as string;
        if (seen.has(next)) continue;
        const body = await (await client.get(next)).text();
        seen.set(next, body);
        for (const m of body.matchAll(/["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g)) {
          queue.push(new URL(m[1] as string, `http://x${next}`).pathname);
        }
      }
      return seen;
    };
    const publicPaths = await sitemapPaths(request);
    expect(publicPaths.some((p) => p.includes("/staff/"))).toBe(false);
    let crawled = 0;
    for (const path of publicPaths) {
      for (const [script, body] of await scriptsOf(path)) {
        crawled++;
        expect(body.includes(rateCardMarker), `${path} loads ${script}`).toBe(false);
      }
    }
    // The assessment island's scripts were followed (the check has something to look at)...
    expect(crawled).toBeGreaterThan(0);
    // ...and the same crawl finds the rate card code from the (signed-in) staff page, so it would catch it elsewhere.
    const staffScripts = [...(await scriptsOf("/en/staff/proposal/", page.request)).values()];
    expect(staffScripts.some((body) => body.includes(rateCardMarker))).toBe(true);
  });

  test("the page is noindex, left out of the sitemap and robots.txt, and not linked from the home pages", async ({
    page,
    request,
  }) => {
    for (const locale of ["en", "zh-hk"] as const) {
      const html = await (await page.request.get(`/${locale}/staff/proposal/`)).text();
      expect(html).toMatch(/<meta name="robots" content="noindex[^"]*">/);
      const home = await (await request.get(`/${locale}/`)).text();
      expect(home).not.toContain("/staff/");
      const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? "";
      expect(noscript).toContain(staffPageText[locale]["page.noscript"]);
    }
    expect((await sitemapPaths(request)).filter((p) => p.includes("/staff/"))).toEqual([]);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain("Disallow: /en/staff/");
    expect(robots).toContain("Disallow: /zh-hk/staff/");
  });

  test("damaged links and unusable files show a notice and open nothing; a lead export offers a choice of lead", async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("/en/staff/proposal/");
    await expect(page.getByRole("heading", { name: en["open.title"] })).toBeVisible();

    await page.locator("#staff-link").fill(`https://example.hk/en/assessment/#${fragment3.replace(/:e~/, ":n~")}`);
    await page.locator("#staff-open-link").click();
    await expect(page.getByRole("alert")).toHaveText(new RegExp(en["notice.damaged"].slice(0, 40)));
    await expect(page.getByRole("heading", { name: en["head.title"] })).toHaveCount(0);

    const file = (name: string, content: unknown) => ({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(typeof content === "string" ? content : JSON.stringify(content)),
    });
    await page.locator("#staff-file").setInputFiles(file("broken.json", "{ not json"));
    await expect(page.getByRole("alert")).toContainText(en["notice.notJson"]);
    await page.locator("#staff-file").setInputFiles(file("other.json", { hello: "world" }));
    await expect(page.getByRole("alert")).toContainText(en["notice.unknownFile"]);

    // A lead export: one lead without an assessment, two with; staff pick the second.
    const persona6 = personaFixture("6-").answerSet;
    const lead = (reference: string, company: string, answerSet: unknown) => ({
      reference,
      createdAt: "2026-11-20T03:00:00.000Z",
      contact: { name: "A Person", company, email: "a@example.hk", phone: null, role: "CTO" },
      answerSet,
      assessmentLink: null,
    });
    await page.locator("#staff-file").setInputFiles(
      file("leads.json", [
        lead("ENQ-2026-AAAA1111", "No Answers Ltd", null),
        lead("ENQ-2026-BBBB2222", "Harbour HR Limited", persona3),
        lead("ENQ-2026-CCCC3333", "Kowloon AI Group", {
          ...persona6,
          answers: { ...persona6.answers, retired_question: "x", headcount: "many" },
        }),
      ]),
    );
    await expect(page.getByRole("status").filter({ hasText: "holds 2 leads" })).toBeVisible();
    await page.locator("#staff-lead").selectOption({ label: "ENQ-2026-CCCC3333 · Kowloon AI Group · 2026-11-20" });
    await page.locator("#staff-open-lead").click();
    await expect(page.getByRole("heading", { name: en["head.title"] })).toBeFocused();
    await expect(page.locator('[data-figure="head"]')).toContainText("lead ENQ-2026-CCCC3333 (Kowloon AI Group)");
    await expect(page.locator("#export-organisation")).toHaveValue("Kowloon AI Group");
    const dropped = page.locator('[data-notice="dropped"]');
    await expect(dropped).toContainText("2 answer(s) did not fit");
    await dropped.locator("summary").click();
    await expect(dropped).toContainText("retired_question: no longer asked");
    await expect(dropped).toContainText("wrong type of answer (many)");
    // With the bad headcount left out, the figures are the engine's for the valid answers.
    const { headcount: _h, ...kept } = persona6.answers;
    const expected = evaluate(method, dated({ ...(persona6 as unknown as AnswerSet), answers: kept as never }));
    if (!expected.iso42001.applicable) throw new Error("persona 6 should have ISO/IEC 42001");
    await expect(page.locator('[data-figure="iso-total"]')).toHaveText(numberText(expected.iso42001.days.cycleTotal));

    // More locations, a what-if on the answers: more sites sampled, more ISO days, as the engine says.
    await page.locator("#scope-sites").fill("16");
    const more = evaluate(
      method,
      dated({
        ...(persona6 as unknown as AnswerSet),
        answers: { ...kept, sites: 16 } as never,
      }),
    );
    if (!more.iso42001.applicable) throw new Error("persona 6 should have ISO/IEC 42001");
    await expect(page.locator('[data-figure="iso-sites"]')).toContainText(`4 of 16`);
    await expect(page.locator('[data-figure="iso-year-1"]')).toHaveText(
      numberText(more.iso42001.days.byYear[0]?.days ?? 0),
    );
    expect(errors).toEqual([]);
  });

  test("a rates file the firm keeps internally fills the day rates; a file that is not one changes nothing", async ({
    page,
  }) => {
    await page.goto(`/en/staff/proposal/#${fragment3}`);
    await expect(page.getByRole("heading", { name: en["head.title"] })).toBeVisible();
    const rates = { currency: "USD", soc2: [1_800, 2_300], iso42001: [2_000, 2_600] } as NonNullable<
      Settings["dayRates"]
    >;
    await page.locator("#rates-file").setInputFiles({
      name: "firm-rates.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(rates)),
    });
    await expect(page.locator(".staff-rates [role=status]")).toContainText("Day rates read from firm-rates.json");
    await expect(page.locator("#rates-currency")).toHaveValue("USD");
    const fee = evaluate(method, dated(persona3), { dayRates: rates }).proposal.soc2.fees?.type2 as FeeRange;
    await expect(page.locator('[data-figure="fee-soc2-type2"]')).toHaveText(rangeText(fee));

    await page.locator("#rates-file").setInputFiles({
      name: "wrong.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ currency: "USD", soc2: [2_300, 1_800], iso42001: [1, 2] })),
    });
    await expect(page.locator(".staff-rates [role=status]")).toContainText(en["rates.importFailed"]);
    await expect(page.locator('[data-figure="fee-soc2-type2"]')).toHaveText(rangeText(fee));
  });

  test("opens a link and changes the scope with the keyboard only", async ({ page }) => {
    await page.goto("/en/staff/proposal/");
    await expect(page.locator("#staff-link")).toBeVisible();
    const tabTo = async (id: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
      }
      throw new Error(`could not reach #${id} with Tab`);
    };
    await tabTo("staff-link");
    await page.keyboard.type(`#${fragment3}`);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: en["head.title"] })).toBeFocused();
    await tabTo("scope-cat-processing_integrity");
    await page.keyboard.press("Space");
    await expect(page.locator("#scope-cat-processing_integrity")).toBeChecked();
    const expected = evaluate(method, dated(persona3), {
      scope: { categories: [...evaluate(method, dated(persona3)).soc2.criteria.included, "processing_integrity"] },
    });
    await expect(page.locator('[data-figure="criteria-count"]')).toHaveText(
      numberText(expected.proposal.soc2.criteriaCount),
    );
    await tabTo("scope-observation");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("12");
    await expect(page.locator('[data-figure="observation"]')).toHaveText("12 months");
    // Out of range: said so, and the suggested period applies until it is fixed.
    await page.keyboard.press("Control+A");
    await page.keyboard.type("30");
    await expect(page.locator("#scope-observation")).toHaveAttribute("aria-invalid", "true");
    const { min, max } = expected.proposal.soc2.observationLimits;
    await expect(page.locator("#scope-observation-help")).toContainText(
      en["scope.observationInvalid"].replace("{min}", String(min)).replace("{max}", String(max)),
    );
    await expect(page.locator('[data-figure="observation"]')).toHaveText(
      `${expected.soc2.engagement.observationMonths} months`,
    );
  });

  for (const locale of ["en", "zh-hk"] as const) {
    test(`the workspace with persona 3 and fees shown has no axe violations (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/staff/proposal/#${fragment3}`);
      const text = staffPageText[locale];
      await expect(page.getByRole("heading", { name: text["head.title"] })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", locale === "en" ? "en-HK" : "zh-Hant-HK");
      await typeRates(page, { currency: "HKD", soc2: [12_000, 16_000], iso42001: [14_000, 18_000] });
      await page.locator("#scope-sites").fill("3");
      await expect(page.locator('[data-figure="fee-soc2-type2"]')).toBeVisible();
      await expect(page.locator(".staff-changes")).toBeVisible();
      await page.locator(".staff details").evaluateAll((nodes) => {
        for (const d of nodes) (d as HTMLDetailsElement).open = true;
      });
      await expectNoAxeViolations(page, `${locale} staff workspace`);
    });
  }
});
