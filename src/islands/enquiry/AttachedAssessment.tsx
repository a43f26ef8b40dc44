/**
 * The attached assessment: a checkbox (ticked when this browser holds an assessment) with a preview of what is sent,
 * the headline results and every answer; without one, a link to take the assessment.
 */
import type { EnquiryFormKey } from "../../i18n/packs/enquiry-form.ts";
import type { Translator } from "../../i18n/translate.ts";
import type { AttachmentPreview } from "./attachment-summary.ts";

export function AttachedAssessment(props: {
  t: Translator<EnquiryFormKey>;
  preview: AttachmentPreview | null;
  attach: boolean;
  onAttachChange: (attach: boolean) => void;
  assessmentUrl: string;
}) {
  const { t, preview, attach } = props;
  return (
    <div class="field attach">
      {preview ? (
        <>
          <div class="option">
            <input
              type="checkbox"
              id="enquiry-attach"
              checked={attach}
              aria-describedby="enquiry-attach-hint"
              onChange={(e) => props.onAttachChange((e.currentTarget as HTMLInputElement).checked)}
            />
            <label for="enquiry-attach">{t("attach")}</label>
          </div>
          <p class="hint" id="enquiry-attach-hint">
            {t("attachHint")}
          </p>
          {attach && (
            <details class="attach-preview">
              <summary>{t("attachPreview")}</summary>
              <h3>{t("attachSummary")}</h3>
              <ul>
                <li>{preview.overall}</li>
                <li>{preview.path}</li>
                <li>{preview.iso}</li>
              </ul>
              <h3>{t("attachAnswers", { count: preview.answers.length })}</h3>
              <dl>
                {preview.answers.map((a) => (
                  <div key={a.id}>
                    <dt>{a.question}</dt>
                    <dd>{a.answer}</dd>
                  </div>
                ))}
              </dl>
            </details>
          )}
        </>
      ) : (
        <p class="hint">
          {t("attachNone")} <a href={props.assessmentUrl}>{t("attach")}</a>
        </p>
      )}
    </div>
  );
}
