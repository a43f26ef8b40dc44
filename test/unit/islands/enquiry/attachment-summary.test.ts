import { describe, expect, it } from "vitest";
import { parseAnswerSet } from "../../../../src/engine/answers.ts";
import { enquiryForm } from "../../../../src/i18n/packs/enquiry-form.ts";
import { createT } from "../../../../src/i18n/translate.ts";
import { attachmentPreview, evaluateAttached } from "../../../../src/islands/enquiry/attachment-summary.ts";
import { createFormatter } from "../../../../src/report/format.ts";
import { method, persona } from "../../engine/support.ts";

describe("the attached assessment's preview", () => {
  const parsed = parseAnswerSet(method, persona("5-").answerSet);
  if (!parsed.ok) throw new Error("persona 5 should parse");
  const answerSet = parsed.value;

  for (const locale of ["en", "zh-hk"] as const) {
    it(`summarises the results and lists every visible answer in words (${locale})`, () => {
      const t = createT(locale, enquiryForm[locale]);
      const f = createFormatter(method, locale);
      const a = evaluateAttached(method, answerSet);
      const preview = attachmentPreview(method, answerSet, locale, t);
      expect(preview.overall).toContain(f.number(a.readiness.overall.score));
      expect(preview.overall).toContain(f.message(`band.${a.readiness.overall.band}`));
      expect(preview.path).toContain(f.message(`path.${a.soc2.engagement.path}`));
      expect(preview.iso).toBe(
        a.iso42001.applicable ? t("attachIso", { days: f.number(a.iso42001.days.initial) }) : t("attachIsoNone"),
      );
      const answered = a.visibleQuestions.filter((id) => answerSet.answers[id] !== undefined);
      expect(preview.answers.map((row) => row.id)).toEqual(answered);
      for (const row of preview.answers) {
        expect(row.question).toBe(f.questionText(row.id));
        expect(row.answer).not.toBe("");
      }
    });
  }
});
