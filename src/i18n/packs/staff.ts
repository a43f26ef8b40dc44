/** The staff pack in every locale. */
import { staff as en, type StaffKey } from "../en/staff.ts";
import type { Locale } from "../locales.ts";
import type { Pack, Translator } from "../translate.ts";
import { staff as zhHk } from "../zh-hk/staff.ts";

export type { StaffKey };

export const staff: Record<Locale, Pack<StaffKey>> = { en, "zh-hk": zhHk };

/** The workspace island's translator (`createT` over this pack). */
export type StaffT = Translator<StaffKey>;
