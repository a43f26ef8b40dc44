/**
 * What the form makes of an assessment it can attach, loaded on demand (`import()` in use-attached-assessment.ts, so
 * the engine is not part of the contact page's initial JavaScript): the answers that still fit the method, the
 * preview (overall score and band, SOC 2 path, ISO/IEC 42001 days, every visible answer in words) and the interest
 * and timing the form fills in from it.
 */
import { type AnswerSet, sanitizeAnswerSet } from "../../engine/answers.ts";
import { type Assessment, evaluate } from "../../engine/index.ts";
import { indexMethod, type Method, type MethodData } from "../../engine/method-index.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { EnquiryFormKey } from "../../i18n/packs/enquiry-form.ts";
import type { Translator } from "../../i18n/translate.ts";
import { enquiryPrefill } from "../../lib/enquiry-prefill.ts";
import { hongKongToday } from "../../lib/hong-kong-date.ts";
import { createFormatter } from "../../report/format.ts";

/** The results of the attached answers, planned from their start date or today in Hong Kong. */
export function evaluateAttached(method: Method, answerSet: AnswerSet): Assessment {
  return evaluate(method, { ...answerSet, startDate: answerSet.startDate ?? hongKongToday() });
}

export interface AttachmentPreview {
  readonly overall: string;
  readonly path: string;
  readonly iso: string;
  readonly answers: readonly { id: string; question: string; answer: string }[];
}

/** What the preview shows of the attached answers. */
export function attachmentPreview(
  method: Method,
  answerSet: AnswerSet,
  locale: Locale,
  t: Translator<EnquiryFormKey>,
  a: Assessment = evaluateAttached(method, answerSet),
): AttachmentPreview {
  const f = createFormatter(method, locale);
  const answers = a.visibleQuestions
    .filter((id) => answerSet.answers[id] !== undefined)
    .map((id) => {
      const value = answerSet.answers[id];
      const shown = Array.isArray(value)
        ? value.map((v) => f.option(id, v)).join(", ")
        : typeof value === "string"
          ? f.option(id, value)
          : f.number(value as number);
      return { id, question: f.questionText(id), answer: shown };
    });
  return {
    overall: t("attachOverall", {
      score: f.number(a.readiness.overall.score),
      band: f.message(`band.${a.readiness.overall.band}`),
    }),
    path: t("attachPath", {
      path: f.message(`path.${a.soc2.engagement.path}`),
      criteria: a.soc2.criteria.criteriaCount,
    }),
    iso: a.iso42001.applicable ? t("attachIso", { days: f.number(a.iso42001.days.initial) }) : t("attachIsoNone"),
    answers,
  };
}

export interface Attachment {
  readonly answerSet: AnswerSet;
  readonly preview: AttachmentPreview;
  readonly prefill: ReturnType<typeof enquiryPrefill>;
}

/** The stored answers against the method data: null when none of them fit it (nothing to attach). */
export function summariseAttachment(
  data: MethodData,
  raw: unknown,
  locale: Locale,
  t: Translator<EnquiryFormKey>,
): Attachment | null {
  const method = indexMethod(data);
  const answerSet = sanitizeAnswerSet(method, raw).value;
  if (Object.keys(answerSet.answers).length === 0) return null;
  const a = evaluateAttached(method, answerSet);
  return {
    answerSet,
    preview: attachmentPreview(method, answerSet, locale, t, a),
    prefill: enquiryPrefill(a, answerSet.answers),
  };
}
