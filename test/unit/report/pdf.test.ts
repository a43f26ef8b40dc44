import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPdfFonts } from "../../../scripts/build-pdf-font.mjs";
import { readFirm, renderPdfNode } from "../../../src/cli/pdf-node.ts";
import type { Locale } from "../../../src/i18n/locales.ts";
import { buildReportModel, type ReportModel } from "../../../src/report/model.ts";
import { renderPdfInBrowser } from "../../../src/report/pdf/browser.ts";
import { pdfNeedsFont } from "../../../src/report/pdf/render.ts";
import { formatScore } from "../../../src/report/score-format.ts";
import { assess, method, persona, personas } from "../engine/support.ts";

const dir = mkdtempSync(join(tmpdir(), "pdf-report-"));
const date = "2026-11-27";
const squash = (text: string) => text.replace(/\s+/g, "");

interface Rendered {
  model: ReportModel;
  bytes: Uint8Array;
  text: string;
  pages: number;
}

function extract(bytes: Uint8Array, name: string): { text: string; pages: number } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

async function render(prefix: string, locale: Locale, organisation?: string): Promise<Rendered> {
  const assessment = assess(persona(prefix));
  const model = buildReportModel(method, assessment, locale);
  const bytes = await renderPdfNode(method, assessment, locale, organisation, { date });
  return { model, bytes, ...extract(bytes, `${prefix}${locale}.pdf`) };
}

const reports: Record<string, Rendered> = {};
const chineseName = "鑫鑫鏈科技（香港）有限公司";

beforeAll(async () => {
  reports.en2 = await render("2-", "en", "Example Payments Limited");
  reports.zh2 = await render("2-", "zh-hk", chineseName);
  reports.en7 = await render("7-", "en", chineseName);
  reports.zh7 = await render("7-", "zh-hk", chineseName);
  reports.zh4 = await render("4-", "zh-hk");
}, 60_000);

const cases = [
  ["en2", "persona 2, English"],
  ["zh2", "persona 2, 繁體中文"],
  ["en7", "persona 7, English"],
  ["zh7", "persona 7, 繁體中文"],
] as const;

describe.each(cases)("PDF gap report (%s: %s)", (key) => {
  const report = () => reports[key] as Rendered;

  it("is a PDF of at least five A4 pages", () => {
    const { bytes, pages } = report();
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    expect(pages).toBeGreaterThanOrEqual(5);
  });

  it("has every section heading", () => {
    const { model, text } = report();
    const { t } = model;
    for (const key of [
      "report.title",
      "summary.title",
      "soc2.title",
      "iso.title",
      "days.title",
      "domains.title",
      "gaps.title",
      "overlay.title",
      "next.contact",
      "notice.title",
    ] as const) {
      expect(squash(text), key).toContain(squash(t(key)));
    }
  });

  it("prints the engine's overall score, SOC 2 report type and observation period", () => {
    const { model, text } = report();
    const { t, format: f } = model;
    const lines = text.split("\n").map(squash);
    // Scores to one decimal everywhere.
    const overall = squash(`${t("summary.overall")} ${formatScore(model.summary.overall, model.locale)} / 100`);
    expect(lines.some((line) => line.startsWith(overall) && line.includes(squash(model.summary.band)))).toBe(true);
    expect(squash(text)).toContain(squash(`${t("soc2.firstReport")} ${model.soc2.firstReport}`));
    const period = t("soc2.months", { months: f.number(model.soc2.observationMonths) });
    expect(squash(text)).toContain(squash(`${t("soc2.observation")} ${period}`));
  });

  it("prints the first gap's finding and the domain scores as the engine has them", () => {
    const { model, text } = report();
    const first = model.gaps[0];
    if (first) expect(squash(text)).toContain(squash(first.finding));
    const lines = text.split("\n").map(squash);
    for (const domain of model.domains) {
      const row = `${squash(domain.label)}${formatScore(domain.score, model.locale)}${squash(domain.band)}`;
      expect(
        lines.some((line) => line === row),
        domain.id,
      ).toBe(true);
    }
  });

  it("carries the firm's details and page numbers on every page", () => {
    const { model, text, pages } = report();
    const pageTexts = text.split("\f").filter((p) => p.trim());
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((page, i) => {
      const label = model.t("report.page", { page: String(i + 1), pages: String(pages) });
      expect(squash(page)).toContain(squash(label));
      expect(page).toContain("enquiries@example.hk");
    });
  });
});

describe("ISO/IEC 42001 in the PDF", () => {
  it.each(["en7", "zh7"])("%s: audit days per stage equal the engine's", (key) => {
    const { model, text } = reports[key] as Rendered;
    if (!model.iso.applicable) throw new Error("persona 7 should have ISO/IEC 42001");
    const lines = text.split("\n");
    for (const row of model.iso.rows) {
      const line = lines.find((l) => squash(l).startsWith(squash(row.label)) && /\d\s*$/.test(l));
      expect(line, row.label).toBeDefined();
      const numbers = line?.trim().split(/\s+/).slice(-2);
      expect(numbers).toEqual([model.format.number(row.year), model.format.number(row.days)]);
    }
  });

  it("says ISO/IEC 42001 does not apply when it does not", () => {
    const { model, text } = reports.en2 as Rendered;
    expect(model.iso.applicable).toBe(false);
    expect(text).toContain(model.t("iso.notApplicable"));
  });
});

describe("Chinese text in the PDF", () => {
  it("extracts the zh-HK title and a Chinese organisation name as the same characters", () => {
    for (const key of ["zh2", "zh7"]) {
      const { model, text } = reports[key] as Rendered;
      expect(squash(text)).toContain(squash(model.t("report.title")));
      expect(text).toContain(chineseName);
      expect(squash(text)).toContain(squash(model.gaps[0]?.finding ?? ""));
    }
  });

  it("an English report with a Chinese organisation name embeds the font for that name only", () => {
    const { text } = reports.en7 as Rendered;
    expect(text).toContain(chineseName);
    const pdf = new TextDecoder("latin1").decode((reports.en7 as Rendered).bytes);
    expect(pdf).toContain("/FontFile2");
    const plain = new TextDecoder("latin1").decode((reports.en2 as Rendered).bytes);
    expect(plain).not.toContain("/FontFile2");
  });

  it("never breaks a line before closing punctuation", () => {
    const { text } = reports.zh4 as Rendered;
    const starts = text
      .split("\n")
      .flatMap((line) => line.trim().split(/\s{2,}/))
      .filter(Boolean)
      .map((cell) => cell[0]);
    for (const mark of ["，", "。", "、", "：", "；", "）", "」"]) expect(starts).not.toContain(mark);
  });

  it("every English model needs no font: its text stays within what Helvetica draws", () => {
    const firm = readFirm();
    for (const fixture of personas) {
      const model = buildReportModel(method, assess(fixture), "en");
      expect(pdfNeedsFont({ model, firm }), fixture.file).toBe(false);
    }
  });
});

describe("PDF in the browser (font files from the build, fetched on demand)", { timeout: 30_000 }, () => {
  const fontDir = join(dir, "fonts");
  const fetched: string[] = [];
  const fetchFile = async (url: string) => {
    fetched.push(url);
    const file = join(fontDir, url.replace(/^\/fonts\//, "").replace(/\?.*$/, ""));
    return new Response(readFileSync(file));
  };

  beforeAll(async () => {
    await buildPdfFonts(fontDir, { log: () => {} });
  }, 60_000);

  it("an English report without Chinese text fetches no font", async () => {
    fetched.length = 0;
    const model = buildReportModel(method, assess(persona("2-")), "en");
    const bytes = await renderPdfInBrowser({ model, firm: readFirm(), organisation: "Acme", date, fetch: fetchFile });
    expect(fetched).toEqual([]);
    expect(extract(bytes, "browser-en.pdf").text).toContain("Acme");
  });

  it("a zh-HK report with a common-character name needs the main subset only", async () => {
    fetched.length = 0;
    const model = buildReportModel(method, assess(persona("7-")), "zh-hk");
    const name = "香港數碼金融科技有限公司";
    const bytes = await renderPdfInBrowser({ model, firm: readFirm(), organisation: name, date, fetch: fetchFile });
    expect(fetched[0]).toBe("/fonts/noto-sans-hk-report.json");
    expect(fetched.filter((u) => u.includes("-ext-"))).toEqual([]);
    const { text } = extract(bytes, "browser-zh.pdf");
    expect(text).toContain(name);
    expect(squash(text)).toContain(squash(model.t("report.title")));
    expect(text).not.toContain("?");
  });

  it("a rare character in the name fetches the slice that has it and extracts as typed", async () => {
    fetched.length = 0;
    const model = buildReportModel(method, assess(persona("2-")), "zh-hk");
    const name = "龘龘科技（香港）有限公司";
    const bytes = await renderPdfInBrowser({ model, firm: readFirm(), organisation: name, date, fetch: fetchFile });
    expect(fetched.some((u) => /noto-sans-hk-ext-\d+\.ttf/.test(u))).toBe(true);
    expect(extract(bytes, "browser-rare.pdf").text).toContain(name);
  });
});

describe("a report built with the answers (the results page and the CLI)", () => {
  let text = "";
  let pages = 0;
  let model: ReportModel;
  beforeAll(async () => {
    const fixture = persona("5-");
    const answers = (fixture.answerSet as { answers: Record<string, never> }).answers;
    const assessment = assess(fixture);
    model = buildReportModel(method, assessment, "en", { answers });
    const bytes = await renderPdfNode(method, assessment, "en", "Plan Example Limited", { date, answers });
    ({ text, pages } = extract(bytes, "with-answers.pdf"));
  }, 60_000);

  it("has what you told us, the plan on a page of its own, and the evidence request list as an appendix", () => {
    const plan = model.plan;
    if (!plan) throw new Error("the model has a plan when built with the answers");
    for (const key of ["told.title", "plan.title", "evidence.title", "summary.outlook", "summary.nextSteps"] as const) {
      expect(squash(text), key).toContain(squash(model.t(key)));
    }
    expect(plan.profile.length).toBeGreaterThan(0);
    for (const row of plan.profile.slice(0, 3)) expect(squash(text)).toContain(squash(row.answer));
    for (const step of plan.nextSteps) expect(squash(text)).toContain(squash(step.text));
    const planPage = text.split("\f").find((page) => squash(page).includes(squash(`${model.t("plan.title")}`)));
    expect(planPage && squash(planPage).includes(squash(model.t("soc2.criteria")))).toBe(false);
    expect(pages).toBeGreaterThan(8);
  });

  it("puts the method and questionnaire versions on the back page, not on the cover, with the print view's link", () => {
    const all = text.split("\f").filter((page) => page.trim());
    const cover = squash(all[0] ?? "");
    const back = squash(all.at(-1) ?? "");
    expect(cover).not.toContain(squash(model.t("report.method")));
    expect(back).toContain(squash(`${model.t("report.method")} ${model.methodVersion}`));
    expect(back).toContain("/en/assessment/print/#v");
    expect(cover).toContain(squash(model.t("report.printViewLink")));
  });
});
