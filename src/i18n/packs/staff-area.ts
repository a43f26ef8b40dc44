/** The staff area pack in every locale. */
import { staffArea as en, type StaffAreaKey } from "../en/staff-area.ts";
import type { Locale } from "../locales.ts";
import type { Pack } from "../translate.ts";
import { staffArea as zhHk } from "../zh-hk/staff-area.ts";

export type { StaffAreaKey };

export const staffArea: Record<Locale, Pack<StaffAreaKey>> = { en, "zh-hk": zhHk };
