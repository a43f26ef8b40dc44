/** The enquiry messages pack in every locale. */
import { type EnquiryKey, enquiry as en } from "../en/enquiry.ts";
import type { Locale } from "../locales.ts";
import type { Pack } from "../translate.ts";
import { enquiry as zhHk } from "../zh-hk/enquiry.ts";

export type { EnquiryKey };

export const enquiry: Record<Locale, Pack<EnquiryKey>> = { en, "zh-hk": zhHk };
