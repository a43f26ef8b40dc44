/** The enquiry form pack in every locale. */
import { type EnquiryFormKey, enquiryForm as en } from "../en/enquiry-form.ts";
import type { Locale } from "../locales.ts";
import type { Pack } from "../translate.ts";
import { enquiryForm as zhHk } from "../zh-hk/enquiry-form.ts";

export type { EnquiryFormKey };

export const enquiryForm: Record<Locale, Pack<EnquiryFormKey>> = { en, "zh-hk": zhHk };
