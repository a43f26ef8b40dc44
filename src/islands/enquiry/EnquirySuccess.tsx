/** After sending: the reference, whether the assessment went with it, and a button to send another enquiry. */
import type { Ref } from "preact";
import type { EnquiryFormKey } from "../../i18n/packs/enquiry-form.ts";
import type { Translator } from "../../i18n/translate.ts";

export function EnquirySuccess(props: {
  t: Translator<EnquiryFormKey>;
  reference: string;
  attached: boolean;
  focusRef: Ref<HTMLHeadingElement>;
  onAnother: () => void;
}) {
  const { t } = props;
  return (
    <section class="card enquiry-success" aria-labelledby="enquiry-success-title">
      <h2 id="enquiry-success-title" tabIndex={-1} ref={props.focusRef}>
        {t("successTitle")}
      </h2>
      <p>{t("successBody", { reference: props.reference })}</p>
      {props.attached && <p>{t("successAttached")}</p>}
      <button type="button" class="button secondary" onClick={props.onAnother}>
        {t("another")}
      </button>
    </section>
  );
}
