/**
 * Figures the content pages publish, derived from the method data so a page can never disagree with the engine.
 * MDX pages show them with `<MethodFigure name="…" />` (src/components/mdx/MethodFigure.astro); the method page and
 * the tests read the same registry. Add a figure here (never type a method number into a page).
 */
import type { Method } from "./method-index.ts";

/** A published figure: one number, or a range shown as "min–max". */
export type Figure = { readonly kind: "number"; readonly value: number } | RangeFigure;
export interface RangeFigure {
  readonly kind: "range";
  readonly min: number;
  readonly max: number;
}

const num = (value: number): Figure => ({ kind: "number", value });
const range = (min: number, max: number): RangeFigure => ({ kind: "range", min, max });
const percent = (ratio: number): Figure => num(Math.round(ratio * 100));

/** Every figure a page may show, by name. */
export function publishedFigures(method: Method) {
  const soc2 = method.estimation.soc2.engagement;
  const iso = method.estimation.iso42001;
  const plan = method.estimation.timeline.iso;
  const stage1ToCertificate = range(
    plan.stage2AfterStage1Weeks[0] + plan.certificateAfterStage2Weeks[0],
    plan.stage2AfterStage1Weeks[1] + plan.certificateAfterStage2Weeks[1],
  );
  return {
    "soc2.minObservationMonths": num(soc2.minObservationMonths),
    "soc2.annualObservationMonths": num(soc2.annualObservationMonths),
    "soc2.type1ReportMonths": range(soc2.type1ReportMonths[0], soc2.type1ReportMonths[1]),
    "soc2.type2ReportingMonths": range(soc2.type2ReportingMonths[0], soc2.type2ReportingMonths[1]),
    /** From the start of a first Type II period to its report: the shortest period plus reporting, to the annual one. */
    "soc2.firstType2MonthsFromPeriodStart": range(
      soc2.minObservationMonths + soc2.type2ReportingMonths[0],
      soc2.annualObservationMonths + soc2.type2ReportingMonths[1],
    ),
    "iso.stage2AfterStage1Weeks": range(plan.stage2AfterStage1Weeks[0], plan.stage2AfterStage1Weeks[1]),
    "iso.stage1ToCertificateWeeks": stage1ToCertificate,
    "iso.certificateValidityYears": num(plan.certificateValidityMonths / 12),
    "iso.stage1SharePercent": percent(iso.stage1Share),
    "iso.stage2SharePercent": num(100 - Math.round(iso.stage1Share * 100)),
    "iso.surveillancePercent": percent(iso.surveillanceRatio),
    "iso.recertificationPercent": percent(iso.recertificationRatio),
    "iso.reduction27001Percent": num(iso.reductions.iso27001),
    "iso.reduction9001Percent": num(iso.reductions.iso9001),
    "iso.maxReductionPercent": num(iso.reductions.maxTotal),
    "iso.highRiskPercent": num(iso.increases.highRiskUse),
    "iso.regulatedFinancialPercent": num(iso.increases.regulatedFinancial),
    "iso.customerGenAiPercent": num(iso.increases.customerFacingGenerativeAi),
    /** Months into the engagement of the date a Type I report speaks "as of". */
    "soc2.type1AsOfMonths": num(soc2.type1AsOfMonths),
    /** Months after the certification decision by which each surveillance audit and the recertification fall. */
    "iso.firstSurveillanceMonth": num(plan.surveillanceMonthsAfterCertificate[0]),
    "iso.secondSurveillanceMonth": num(plan.surveillanceMonthsAfterCertificate[1]),
    "iso.recertificationMonth": num(plan.recertificationMonthsAfterCertificate),
  } satisfies Record<string, Figure>;
}

export type FigureName = keyof ReturnType<typeof publishedFigures>;
