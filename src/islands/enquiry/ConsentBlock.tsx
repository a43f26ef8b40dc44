/**
 * Consent under the PDPO: the personal information collection statement (purpose, who receives the data, the right
 * of access and correction, the privacy officer), then a separate, unticked checkbox for marketing.
 */
import type { EnquiryFormKey } from "../../i18n/packs/enquiry-form.ts";
import type { Translator } from "../../i18n/translate.ts";

export function ConsentBlock(props: {
  readonly t: Translator<EnquiryFormKey>;
  readonly firmName: string;
  readonly privacyOfficer: string;
  readonly privacyEmail: string;
  readonly privacyUrl: string;
  readonly marketingConsent: boolean;
  readonly onMarketingChange: (consent: boolean) => void;
}) {
  const { t } = props;
  return (
    <>
      <section class="pics" aria-labelledby="pics-title">
        <h3 id="pics-title">{t("picsTitle")}</h3>
        <p>{t("pics1", { firm: props.firmName })}</p>
        <p>{t("pics2")}</p>
        <p>
          {t("pics3", { officer: props.privacyOfficer, privacyEmail: props.privacyEmail })}{" "}
          <a href={props.privacyUrl}>{t("privacyLink")}</a>
        </p>
      </section>

      <div class="option consent">
        <input
          type="checkbox"
          id="enquiry-marketing"
          name="marketingConsent"
          checked={props.marketingConsent}
          onChange={(e) => props.onMarketingChange((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for="enquiry-marketing">{t("marketing", { firm: props.firmName })}</label>
      </div>
    </>
  );
}
