import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFirm, subsetNotoSansHk } from "../../../../src/cli/pdf-node.ts";
import { parseAnswerSet } from "../../../../src/engine/answers.ts";
import { type Assessment, evaluate, type Settings } from "../../../../src/engine/index.ts";
import type { Locale } from "../../../../src/i18n/locales.ts";
import { createFormatter } from "../../../../src/report/format.ts";
import { feeRangeText } from "../../../../src/report/pdf/appendix.ts";
import { addDays, buildProposalDocument, proposalStrings } from "../../../../src/report/proposal/model.ts";
import { proposalNeedsFont, renderProposalPdf } from "../../../../src/report/proposal/render.ts";
import { dated } from "../../../support/dated.ts";
import { method, persona } from "../../engine/support.ts";

const rates: NonNullable<Settings["dayRates"]> = {
  currency: "HKD",
  soc2: [14_500, 18_200],
  iso42001: [16_000, 21_000],
};
const squash = (text: string) => text.replace(/\s+/g, "");
const dir = mkdtempSync(join(tmpdir(), "fee-proposal-"));

function evaluatePersona(prefix: string, settings: Settings = {}): Assessment {
  const parsed = parseAnswerSet(method, persona(prefix).answerSet);
  if (!parsed.ok) throw new Error(prefix);
  return evaluate(method, dated(parsed.value), settings);
}

async function text(assessment: Assessment, locale: Locale): Promise<string> {
  const firm = readFirm();
  const document = buildProposalDocument({
    method,
    assessment,
    firm,
    locale,
    organisation: locale === "en" ? "Harbour Pay Limited" : "海港支付有限公司",
    reference: "ENQ-2026-ABCDEFGH",
    date: "2026-12-06",
  });
  const fonts = proposalNeedsFont(document, firm)
    ? [{ data: await subsetNotoSansHk(proposalStrings(document, firm).join("")) }]
    : [];
  const bytes = await renderProposalPdf({ document, firm, fonts });
  const file = join(dir, `p-${locale}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("the client-facing fee proposal", () => {
  it("adds calendar days across month ends", () => {
    expect(addDays("2026-12-06", 30)).toBe("2027-01-05");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("lists the engine's fee for each phase, formatted as the workspace shows them", () => {
    const assessment = evaluatePersona("5-", { dayRates: rates });
    const document = buildProposalDocument({ method, assessment, firm: readFirm(), locale: "en", date: "2026-12-06" });
    const f = createFormatter(method, "en");
    const expected = [
      assessment.proposal.soc2.fees?.type1,
      assessment.proposal.soc2.fees?.type2,
      ...(assessment.proposal.iso42001.applicable && assessment.proposal.iso42001.fees
        ? [assessment.proposal.iso42001.fees.initial, assessment.proposal.iso42001.fees.cycle]
        : []),
    ].flatMap((fee) => (fee ? [feeRangeText(f, fee)] : []));
    expect(document.fees.map((r) => r.range)).toEqual(expected);
    expect(document.organisation).toBe("Your organisation");
    expect(document.validUntil).toBe(f.date("2027-01-05"));
  });

  it("without rates it promises a quote, not a figure", () => {
    const document = buildProposalDocument({
      method,
      assessment: evaluatePersona("3-"),
      firm: readFirm(),
      locale: "en",
      date: "2026-12-06",
    });
    expect(document.fees).toEqual([]);
    expect(document.feesNote).toContain("quoted once the scope is confirmed");
  });

  for (const locale of ["en", "zh-hk"] as const) {
    it(`prints scope, fees, terms, the firm's standing and a signature block (${locale})`, async () => {
      const assessment = evaluatePersona("5-", { dayRates: rates });
      const pdf = squash(await text(assessment, locale));
      const f = createFormatter(method, locale);
      const fees = assessment.proposal.soc2.fees;
      if (fees?.type2) expect(pdf).toContain(squash(feeRangeText(f, fees.type2)));
      const firm = readFirm();
      expect(pdf).toContain(squash(firm.proposal?.paymentTerms[0]?.[locale] ?? "missing"));
      expect(pdf).toContain(squash(firm.proposal?.signatory.title[locale] ?? "missing"));
      expect(pdf).toContain(locale === "en" ? "Feeproposal" : "收費建議書");
      expect(pdf).toContain("ENQ-2026-ABCDEFGH");
      // Honest standing: the firm's own lines, e.g. that its ISO/IEC 42001 certificates are not accredited.
      expect(pdf).toContain(squash(locale === "en" ? "not accredited certificates" : "不屬經認可的證書"));
    });
  }
});
