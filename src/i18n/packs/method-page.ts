/** The method page pack in every locale. */
import { methodPage as en, type MethodPageKey } from "../en/method-page.ts";
import type { Locale } from "../locales.ts";
import type { Pack } from "../translate.ts";
import { methodPage as zhHk } from "../zh-hk/method-page.ts";

export type { MethodPageKey };

export const methodPage: Record<Locale, Pack<MethodPageKey>> = { en, "zh-hk": zhHk };
