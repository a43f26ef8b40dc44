/** The content pack in every locale. */
import { type ContentKey, content as en } from "../en/content.ts";
import type { Locale } from "../locales.ts";
import type { Pack } from "../translate.ts";
import { content as zhHk } from "../zh-hk/content.ts";

export type { ContentKey };

export const content: Record<Locale, Pack<ContentKey>> = { en, "zh-hk": zhHk };
