/**
 * SOC 2 auditor-days for one examination (the firm's model, estimation.yaml#soc2.days). Every trace line carries the
 * exact figure it adds, so the lines add up to the result.
 */
import type { Answers } from "./answers.ts";
import type { ReportType, Soc2Engagement } from "./engagement.ts";
import { bandRow, roundTo } from "./iso.ts";
import type { Method } from "./method-index.ts";
import { readProfile } from "./profile.ts";
import type { BandId, TscCategoryId } from "./schema.ts";
import type { TraceStep } from "./trace.ts";

export interface Soc2DaysInput {
  readonly type: ReportType;
  /** Observation period in months (Type II only). */
  readonly observationMonths: number;
  readonly categories: readonly TscCategoryId[];
  /** SOC 2 readiness band (control maturity). */
  readonly band: BandId;
}

export interface Soc2Days {
  readonly type: ReportType;
  readonly observationMonths: number;
  readonly days: number;
  readonly trace: readonly TraceStep[];
}

const exact = (value: number) => Math.round(value * 100) / 100;

/**
 * A base by report type, plus (Type II) days per month observed, plus scope drivers — optional criteria categories,
 * headcount, systems, extra locations, hosting and subservice organisations — which weigh more in a Type II, times a
 * control-maturity factor, rounded to half-days. Every term is non-decreasing in its driver.
 */
export function estimateSoc2Days(method: Method, answers: Answers, input: Soc2DaysInput): Soc2Days {
  const model = method.estimation.soc2.days;
  const profile = readProfile(answers);
  const isType2 = input.type === "type2";
  const base = model.base[input.type];
  const trace: TraceStep[] = [
    {
      key: "trace.soc2days.base",
      params: { type: { key: `type.${input.type}` }, days: base },
      source: `estimation.yaml#soc2.days.base.${input.type}`,
    },
  ];
  let fixed = base;
  if (isType2) {
    const observation = input.observationMonths * model.observationDaysPerMonth;
    fixed += observation;
    trace.push({
      key: "trace.soc2days.observation",
      params: { months: input.observationMonths, perMonth: model.observationDaysPerMonth, days: observation },
      source: "estimation.yaml#soc2.days.observationDaysPerMonth",
    });
  }

  let scope = 0;
  for (const category of input.categories) {
    if (category === "security") continue;
    const days = model.categoryDays[category];
    scope += days;
    trace.push({
      key: "trace.soc2days.category",
      params: { category: { tsc: category }, days },
      source: `estimation.yaml#soc2.days.categoryDays.${category}`,
    });
  }
  const people = bandRow(model.headcount, profile.headcount);
  scope += people.row.days;
  trace.push({
    key: "trace.soc2days.headcount",
    params: { headcount: profile.headcount, range: { range: people.range }, days: people.row.days },
    answers: ["headcount"],
    source: `estimation.yaml#soc2.days.headcount[max=${people.row.max}]`,
  });
  const systems = bandRow(model.systems, profile.systems);
  scope += systems.row.days;
  trace.push({
    key: "trace.soc2days.systems",
    params: { systems: profile.systems, range: { range: systems.range }, days: systems.row.days },
    answers: ["systems_count"],
    source: `estimation.yaml#soc2.days.systems[max=${systems.row.max}]`,
  });
  const extraSites = Math.max(0, profile.sites - 1);
  const siteDays = extraSites * model.extraSiteDays;
  scope += siteDays;
  trace.push({
    key: "trace.soc2days.sites",
    params: { sites: profile.sites, extra: extraSites, perSite: model.extraSiteDays, days: siteDays },
    answers: ["sites"],
    source: "estimation.yaml#soc2.days.extraSiteDays",
  });
  if (profile.hosting !== undefined) {
    const hosting = model.hosting[profile.hosting] ?? 0;
    scope += hosting;
    trace.push({
      key: "trace.soc2days.hosting",
      params: { hosting: { option: { q: "hosting", id: profile.hosting } }, days: hosting },
      answers: ["hosting"],
      source: `estimation.yaml#soc2.days.hosting.${profile.hosting}`,
    });
  }
  if (profile.subserviceCount > 0) {
    const per = model.subserviceDaysPerOrganisation[profile.subserviceMethod];
    const days = exact(profile.subserviceCount * per);
    scope += days;
    trace.push({
      key: "trace.soc2days.subservice",
      params: {
        count: profile.subserviceCount,
        method: { option: { q: "subservice_method", id: profile.subserviceMethod } },
        perOrganisation: per,
        days,
      },
      answers: ["subservice_count", "subservice_method"],
      source: `estimation.yaml#soc2.days.subserviceDaysPerOrganisation.${profile.subserviceMethod}`,
    });
  }
  if (isType2) {
    const weighted = scope * model.type2ScopeMultiplier;
    trace.push({
      key: "trace.soc2days.type2_multiplier",
      params: { scope: exact(scope), factor: model.type2ScopeMultiplier, days: exact(weighted) },
      source: "estimation.yaml#soc2.days.type2ScopeMultiplier",
    });
    scope = weighted;
  }
  const subtotal = fixed + scope;
  trace.push({ key: "trace.soc2days.subtotal", params: { days: exact(subtotal) } });
  const factor = model.maturityMultiplier[input.band];
  const raw = subtotal * factor;
  trace.push({
    key: "trace.soc2days.maturity",
    params: { band: { key: `band.${input.band}` }, factor, days: exact(raw) },
    source: `estimation.yaml#soc2.days.maturityMultiplier.${input.band}`,
  });
  const days = roundTo(raw, model.rounding);
  trace.push({ key: "trace.soc2days.rounded", params: { raw: exact(raw), days, step: model.rounding } });
  return { type: input.type, observationMonths: isType2 ? input.observationMonths : 0, days, trace };
}

/**
 * The audit days of each report an engagement plans: the Type I when it comes first (no observation), the Type II
 * over the engagement's observation period unless the path stops at a Type I. A report not planned is left out.
 */
export function estimateReportDays(
  method: Method,
  answers: Answers,
  engagement: Pick<Soc2Engagement, "firstReport" | "path" | "observationMonths">,
  scope: Pick<Soc2DaysInput, "categories" | "band">,
): { readonly type1?: Soc2Days; readonly type2?: Soc2Days } {
  const daysInput = { categories: scope.categories, band: scope.band };
  const type1 =
    engagement.firstReport === "type1"
      ? estimateSoc2Days(method, answers, { ...daysInput, type: "type1", observationMonths: 0 })
      : undefined;
  const type2 =
    engagement.path !== "type1_only"
      ? estimateSoc2Days(method, answers, {
          ...daysInput,
          type: "type2",
          observationMonths: engagement.observationMonths,
        })
      : undefined;
  const days: { type1?: Soc2Days; type2?: Soc2Days } = {};
  if (type1) days.type1 = type1;
  if (type2) days.type2 = type2;
  return days;
}
