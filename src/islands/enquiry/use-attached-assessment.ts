/**
 * The attached assessment's state: on mount, reads the answers this browser holds (attached-assessment.ts), fetches
 * the method data and keeps the answers that still fit it; attached by default when any do. Without storage or the
 * method data there is simply nothing to attach.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { AnswerSet } from "../../engine/answers.ts";
import { sanitizeAnswerSet } from "../../engine/answers.ts";
import { indexMethod, type Method, type MethodData } from "../../engine/method-index.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { EnquiryFormKey } from "../../i18n/packs/enquiry-form.ts";
import type { Translator } from "../../i18n/translate.ts";
import { attachmentPreview, readAssessmentAnswers } from "./attached-assessment.ts";

export function useAttachedAssessment(dataUrl: string, locale: Locale, t: Translator<EnquiryFormKey>) {
  const [method, setMethod] = useState<Method | null>(null);
  const [answerSet, setAnswerSet] = useState<AnswerSet | null>(null);
  const [attach, setAttach] = useState(false);

  useEffect(() => {
    const raw = readAssessmentAnswers();
    if (raw === undefined) return;
    fetch(dataUrl)
      .then((r) => (r.ok ? (r.json() as Promise<MethodData>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => {
        const m = indexMethod(data);
        const checked = sanitizeAnswerSet(m, raw);
        if (Object.keys(checked.value.answers).length === 0) return;
        setMethod(m);
        setAnswerSet(checked.value);
        setAttach(true);
      })
      .catch(() => {
        // Without the method data the form works; the assessment just cannot be attached.
      });
  }, [dataUrl]);

  const preview = useMemo(
    () => (method && answerSet ? attachmentPreview(method, answerSet, locale, t) : null),
    [method, answerSet, locale],
  );

  return { method, answerSet, attach, setAttach, preview };
}
