/**
 * The attached assessment's state: on mount, reads the answers this browser holds (attached-assessment.ts); when
 * there are any, fetches the method data and loads attachment-summary.ts (the engine, on demand) to keep the answers
 * that still fit and to build the preview and the prefill; attached by default when any answers fit. Without storage,
 * the method data or the chunk there is simply nothing to attach: the form works as before.
 */
import { useEffect, useState } from "preact/hooks";
import type { MethodData } from "../../engine/method-index.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { EnquiryFormKey } from "../../i18n/packs/enquiry-form.ts";
import type { Translator } from "../../i18n/translate.ts";
import { readAssessmentAnswers } from "./attached-assessment.ts";
import type { Attachment } from "./attachment-summary.ts";

export function useAttachedAssessment(dataUrl: string, locale: Locale, t: Translator<EnquiryFormKey>) {
  const [attachment, setAttachment] = useState<Attachment | null>(null);
  const [attach, setAttach] = useState(false);

  useEffect(() => {
    const raw = readAssessmentAnswers();
    if (raw === undefined) return;
    Promise.all([
      fetch(dataUrl).then((r) =>
        r.ok ? (r.json() as Promise<MethodData>) : Promise.reject(new Error(String(r.status))),
      ),
      import("./attachment-summary.ts"),
    ])
      .then(([data, { summariseAttachment }]) => {
        const found = summariseAttachment(data, raw, locale, t);
        if (!found) return;
        setAttachment(found);
        setAttach(true);
      })
      .catch(() => {
        // Without the method data the form works; the assessment just cannot be attached.
      });
  }, [dataUrl]);

  return { attachment, attach, setAttach };
}
