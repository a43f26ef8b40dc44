/**
 * The error summary above the form: why the enquiry was not sent and, for field errors, how many and a link to each
 * field in form order. A live alert that takes focus (`focusRef`) when it appears.
 */
import type { Ref } from "preact";
import type { EnquiryFormKey } from "../../i18n/packs/enquiry-form.ts";
import type { Translator } from "../../i18n/translate.ts";
import {
  type EnquiryErrorKey,
  type EnquiryFieldErrorCode,
  type EnquiryRequestErrorCode,
  enquiryErrorKey,
} from "../../lib/enquiry.ts";
import { fieldOrder } from "./form-model.ts";

export function ErrorSummary(props: {
  t: Translator<EnquiryFormKey>;
  errorText: Translator<EnquiryErrorKey>;
  requestError: EnquiryRequestErrorCode;
  fieldErrors: Readonly<Record<string, EnquiryFieldErrorCode>>;
  focusRef: Ref<HTMLDivElement>;
}) {
  const { t, fieldErrors } = props;
  const errorCount = Object.keys(fieldErrors).length;
  return (
    <div class="callout warn" role="alert" tabIndex={-1} ref={props.focusRef}>
      <p>
        <strong>{props.errorText(enquiryErrorKey(props.requestError))}</strong>
      </p>
      {errorCount > 0 && (
        <>
          <p>{t("errorSummary", { count: errorCount })}</p>
          <ul>
            {fieldOrder
              .filter((name) => fieldErrors[name])
              .map((name) => (
                <li key={name}>
                  <a href={`#enquiry-${name}`}>{t(name)}</a>
                </li>
              ))}
          </ul>
        </>
      )}
    </div>
  );
}
