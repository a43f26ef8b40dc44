import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readFirm, subsetNotoSansHk } from "../../../src/cli/pdf-node.ts";
import { parseAnswerSet } from "../../../src/engine/answers.ts";
import { type Assessment, evaluate, type Settings } from "../../../src/engine/index.ts";
import type { Locale } from "../../../src/i18n/locales.ts";
import { report as reportText } from "../../../src/i18n/packs/report.ts";
import { createFormatter } from "../../../src/report/format.ts";
import { buildReportModel } from "../../../src/report/model.ts";
import { buildProposalAppendix, feeRangeText, type ProposalAppendix } from "../../../src/report/pdf/appendix.ts";
import { nonLatinCharacters } from "../../../src/report/pdf/fonts.ts";
import { pdfNeedsFont, pdfStrings, renderPdf } from "../../../src/report/pdf/render.ts";
import { dated } from "../../support/dated.ts";
import { method, persona } from "../engine/support.ts";

const dir = mkdtempSync(join(tmpdir(), "pdf-appendix-"));
const squash = (text: string) => text.replace(/\s+/g, "");
const rates: NonNullable<Settings["dayRates"]> = {
  currency: "HKD",
  soc2: [14_500, 18_200],
  iso42001: [16_000, 21_000],
};

function evaluatePersona(prefix: string, settings: Settings = {}): Assessment {
  const parsed = parseAnswerSet(method, persona(prefix).answerSet);
  if (!parsed.ok) throw new Error(prefix);
  return evaluate(method, dated(parsed.value), settings);
}

async function pdfText(assessment: Assessment, locale: Locale, appendix?: ProposalAppendix): Promise<string> {
  const model = buildReportModel(method, assessment, locale);
  const input = { model, firm: readFirm(), date: "2026-11-27", ...(appendix ? { appendix } : {}) };
  const strings = pdfStrings(input);
  const text = locale === "en" ? nonLatinCharacters(strings) : [...new Set(strings.join(""))].join("");
  const fonts = pdfNeedsFont(input) ? [{ data: await subsetNotoSansHk(text) }] : [];
  const bytes = await renderPdf({ ...input, fonts });
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("proposal-inputs appendix", () => {
  // Persona 6 has ISO/IEC 42001 in scope; staff add Processing Integrity and lengthen the observation period.
  const settings: Settings = {
    scope: {
      categories: ["security", "availability", "confidentiality", "processing_integrity"],
      observationMonths: 9,
    },
    dayRates: rates,
  };
  const assessment = evaluatePersona("6-", settings);
  const texts: Record<string, string> = {};

  beforeAll(async () => {
    texts.en = await pdfText(assessment, "en", buildProposalAppendix(method, assessment, "en"));
    texts.zh = await pdfText(
      assessment,
      "zh-hk",
      buildProposalAppendix(method, assessment, "zh-hk", { changes: ["地點數目改為 4 個（答案為 1 個）。"] }),
    );
    texts.plain = await pdfText(assessment, "en");
  }, 60_000);

  it("prints the heading, every day figure and the fee ranges the engine computed from the rates (English)", () => {
    const text = squash(texts.en as string);
    const f = createFormatter(method, "en");
    expect(text).toContain(squash(`A ${reportText.en["appendix.title"]}`));
    const fees = assessment.proposal.soc2.fees;
    expect(fees?.type2).toBeDefined();
    expect(text).toContain(squash(feeRangeText(f, fees?.type2 as never)));
    const iso = assessment.proposal.iso42001;
    if (!iso.applicable || !iso.fees) throw new Error("persona 6 should have ISO/IEC 42001 fees");
    expect(text).toContain(squash(feeRangeText(f, iso.fees.initial)));
    expect(text).toContain(squash(feeRangeText(f, iso.fees.cycle)));
    expect(text).toContain(squash(reportText.en["appendix.dates"]));
  });

  it("lists the staff's changes to the recommended scope", () => {
    const text = squash(texts.en as string);
    expect(text).toContain(squash("Observation period set to 9 months for this proposal"));
    expect(text).toContain(squash("Processing Integrity: Added to the proposal scope by our staff"));
  });

  it("prints in Traditional Chinese with the extra changes given", () => {
    const text = squash(texts.zh as string);
    expect(text).toContain(reportText["zh-hk"]["appendix.title"]);
    expect(text).toContain("地點數目改為4個");
    const fees = assessment.proposal.soc2.fees;
    expect(text).toContain(squash(feeRangeText(createFormatter(method, "zh-hk"), fees?.type2 as never)));
  });

  it("is absent from a report made without one", () => {
    expect(texts.plain).not.toContain(reportText.en["appendix.title"]);
    expect(texts.plain).not.toContain("HK$");
  });

  it("has no fee rows without day rates, and the days per stage and year of the cycle", () => {
    const plain = evaluatePersona("6-");
    const appendix = buildProposalAppendix(method, plain, "en");
    expect(appendix.fees).toEqual([]);
    if (!plain.iso42001.applicable) throw new Error("persona 6 should have ISO/IEC 42001");
    expect(appendix.years.map((y) => y.days)).toEqual(plain.iso42001.days.byYear.map((y) => String(y.days)));
    expect(appendix.changes).toEqual([]);
  });

  it("says ISO/IEC 42001 does not apply and lists no ISO rows for a persona without AI", () => {
    const hr = evaluatePersona("3-", { dayRates: rates });
    const appendix = buildProposalAppendix(method, hr, "en");
    expect(appendix.scope).toContainEqual([reportText.en["appendix.iso"], reportText.en["appendix.isoNotApplicable"]]);
    expect(appendix.days.some((r) => r.label.startsWith("ISO"))).toBe(false);
    expect(appendix.fees.map((r) => r.label).some((l) => l.startsWith("ISO"))).toBe(false);
    expect(appendix.dates).toHaveLength(hr.timeline.milestones.length);
  });
});
