/** The report pack in every locale. */
import { report as en, type ReportKey } from "../en/report.ts";
import type { Locale } from "../locales.ts";
import type { Pack } from "../translate.ts";
import { report as zhHk } from "../zh-hk/report.ts";

export type { ReportKey };

export const report: Record<Locale, Pack<ReportKey>> = { en, "zh-hk": zhHk };
