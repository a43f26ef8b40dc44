/**
 * The assessment the form can attach: read from this browser's storage (the one handed over by "talk to us", else
 * saved progress), and summarised for the preview (overall score and band, SOC 2 path, ISO/IEC 42001 days, every
 * visible answer in words).
 */
import type { AnswerSet } from "../../engine/answers.ts";
import { evaluate } from "../../engine/index.ts";
import type { Method } from "../../engine/method-index.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { EnquiryFormKey } from "../../i18n/packs/enquiry-form.ts";
import type { Translator } from "../../i18n/translate.ts";
import { hongKongToday } from "../../lib/hong-kong-date.ts";
import { createFormatter } from "../../report/format.ts";

const attachKey = "hk-readiness.attach";
const savedKey = "hk-readiness.assessment";

/** The assessment this browser holds: the one handed over by "talk to us", else saved progress. */
export function readAssessmentAnswers(): unknown {
  try {
    const handed = sessionStorage.getItem(attachKey);
    if (handed) return JSON.parse(handed);
    const saved = localStorage.getItem(savedKey);
    if (saved) return (JSON.parse(saved) as { answerSet?: unknown }).answerSet;
  } catch {
    // Unreadable storage means there is nothing to attach.
  }
  return undefined;
}

/** After a successful send: the handed-over assessment is not offered again. */
export function forgetHandedAssessment(): void {
  try {
    sessionStorage.removeItem(attachKey);
  } catch {
    // Nothing to clean up.
  }
}

/** The results of the attached answers, planned from their start date or today in Hong Kong. */
export function evaluateAttached(method: Method, answerSet: AnswerSet) {
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
): AttachmentPreview {
  const f = createFormatter(method, locale);
  const a = evaluateAttached(method, answerSet);
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
