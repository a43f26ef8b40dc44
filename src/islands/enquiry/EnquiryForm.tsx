/**
 * The enquiry form. Validates with the same zod schema as the server, sends once per content (an idempotency key kept
 * across retries), keeps what was typed on failure, and can attach the readiness assessment (answers only; the
 * server recomputes the results). Shows the collection statement and a separate, unticked marketing consent. With an
 * assessment attached, the interest and timing are filled in from it (the visitor may change them); only the name,
 * the company and the email are required.
 *
 * This island only composes: state and submission in use-enquiry-form.ts (payload and error mapping in
 * form-model.ts), the attached assessment in use-attached-assessment.ts (the engine loaded on demand,
 * attachment-summary.ts) and AttachedAssessment.tsx, the fields in
 * fields.tsx, the error summary, the consent block and the success message in their own components.
 */
import { useMemo } from "preact/hooks";
import type { Locale } from "../../i18n/locales.ts";
import type { EnquiryFormKey } from "../../i18n/packs/enquiry-form.ts";
import { createT, type Pack } from "../../i18n/translate.ts";
import { type EnquiryErrorKey, interests, timings } from "../../lib/enquiry.ts";
import { AttachedAssessment } from "./AttachedAssessment.tsx";
import { ConsentBlock } from "./ConsentBlock.tsx";
import { EnquirySuccess } from "./EnquirySuccess.tsx";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { createFields } from "./fields.tsx";
import { useAttachedAssessment } from "./use-attached-assessment.ts";
import { useEnquiryForm } from "./use-enquiry-form.ts";

export interface EnquiryFormProps {
  locale: Locale;
  text: Pack<EnquiryFormKey>;
  errors: Pack<EnquiryErrorKey>;
  interestLabels: Record<string, string>;
  timingLabels: Record<string, string>;
  firmName: string;
  privacyOfficer: string;
  privacyEmail: string;
  privacyUrl: string;
  assessmentUrl: string;
  dataUrl: string;
}

export default function EnquiryForm(props: EnquiryFormProps) {
  const t = useMemo(() => createT(props.locale, props.text), [props.locale, props.text]);
  const errorText = useMemo(() => createT(props.locale, props.errors), [props.locale, props.errors]);
  const attached = useAttachedAssessment(props.dataUrl, props.locale, t);
  const form = useEnquiryForm({ locale: props.locale, ...attached });
  const { fields, state, requestError } = form;

  if (state === "sent") {
    return (
      <EnquirySuccess
        t={t}
        reference={form.reference}
        attached={attached.attach && attached.attachment !== null}
        focusRef={form.successRef}
        onAnother={form.reset}
      />
    );
  }

  const field = createFields({ t, errorText, fields, fieldErrors: form.fieldErrors, update: form.update });
  return (
    <form class="enquiry" noValidate onSubmit={form.submit} aria-labelledby="enquiry-title">
      <h2 id="enquiry-title">{t("title")}</h2>
      <p>{t("intro")}</p>

      {requestError && (
        <ErrorSummary
          t={t}
          errorText={errorText}
          requestError={requestError}
          fieldErrors={form.fieldErrors}
          focusRef={form.summaryRef}
        />
      )}

      <fieldset class="enquiry-fields" disabled={!form.ready}>
        <div class="field-grid">
          {field.text("name", "text", true, "name")}
          {field.text("company", "text", true, "organization")}
          {field.text("email", "email", true, "email")}
          {field.text("phone", "tel", false, "tel", "phoneHint")}
          {field.text("role", "text", false, "organization-title", "roleHint")}
        </div>
        {field.choice("interest", interests, props.interestLabels)}
        {field.choice("timing", timings, props.timingLabels)}
        {field.message()}
        {field.honeypot()}

        <AttachedAssessment
          t={t}
          preview={attached.attachment?.preview ?? null}
          attach={attached.attach}
          onAttachChange={(attach) => {
            attached.setAttach(attach);
            form.renewKey();
          }}
          assessmentUrl={props.assessmentUrl}
        />

        <ConsentBlock
          t={t}
          {...props}
          marketingConsent={fields.marketingConsent}
          onMarketingChange={(consent) => form.update("marketingConsent", consent)}
        />

        <div class="actions">
          <button type="submit" class="button" aria-disabled={state === "sending" ? "true" : undefined}>
            {state === "sending" ? t("sending") : requestError && requestError !== "invalid" ? t("retry") : t("submit")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
