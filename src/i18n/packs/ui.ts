/**
 * The UI pack: the site frame and the readiness assessment's views. Pages pass `ui[locale]` to the assessment island
 * (serialisable), which translates with `createT` over it.
 */
import { type AssessmentKey, assessment as enAssessment } from "../en/assessment.ts";
import { results as enResults, type ResultsKey } from "../en/results.ts";
import { site as enSite, type SiteKey } from "../en/site.ts";
import type { Locale } from "../locales.ts";
import type { Pack, Translator } from "../translate.ts";
import { assessment as zhAssessment } from "../zh-hk/assessment.ts";
import { results as zhResults } from "../zh-hk/results.ts";
import { site as zhSite } from "../zh-hk/site.ts";

export type UiKey = SiteKey | AssessmentKey | ResultsKey;

export const ui: Record<Locale, Pack<UiKey>> = {
  en: { ...enSite, ...enAssessment, ...enResults },
  "zh-hk": { ...zhSite, ...zhAssessment, ...zhResults },
};

/** The translator the assessment island passes to its views. */
export type UiT = Translator<UiKey>;
