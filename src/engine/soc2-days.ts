import type { Answers } from "./answers.ts";
import type { ReportType } from "./engagement.ts";
import { roundTo } from "./iso.ts";
import type { Method } from "./method.ts";
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

function bandDays(rows: readonly { max: number | null; days: number }[], value: number): { days: number; row: string } {
  const index = rows.findIndex((r) => r.max === null || value <= r.max);
  const row = rows[index === -1 ? rows.length - 1 : index];
  const previous = rows[index - 1];
  const from = previous?.max == null ? 1 : previous.max + 1;
  return { days: row?.days ?? 0, row: row?.max == null ? `${from}+` : `${from}-${row.max}` };
}

/**
 * Auditor-days for one SOC 2 examination (the firm's model, estimation.yaml#soc2.days): a base by report type, plus
 * (Type II) days per month observed, plus scope drivers — optional criteria categories, headcount, systems, extra
 * locations, hosting and subservice organisations — which weigh more in a Type II, times a control-maturity factor,
 * rounded to half-days. Every term is non-decreasing in its driver, so more scope never means fewer days.
 */
export function estimateSoc2Days(method: Method, answers: Answers, input: Soc2DaysInput): Soc2Days {
  const model = method.estimation.soc2.days;
  const trace: TraceStep[] = [];
  const isType2 = input.type === "type2";
  const base = model.base[input.type];
  trace.push({
    key: "trace.soc2days.base",
    params: { type: { key: `type.${input.type}` }, days: base },
    source: `estimation.yaml#soc2.days.base.${input.type}`,
  });
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
  const headcount = typeof answers.headcount === "number" ? answers.headcount : 1;
  const people = bandDays(model.headcount, headcount);
  scope += people.days;
  trace.push({
    key: "trace.soc2days.headcount",
    params: { headcount, row: people.row, days: people.days },
    answers: ["headcount"],
    source: `estimation.yaml#soc2.days.headcount[${people.row}]`,
  });
  const systemsCount = typeof answers.systems_count === "number" ? answers.systems_count : 1;
  const systems = bandDays(model.systems, systemsCount);
  scope += systems.days;
  trace.push({
    key: "trace.soc2days.systems",
    params: { systems: systemsCount, row: systems.row, days: systems.days },
    answers: ["systems_count"],
    source: `estimation.yaml#soc2.days.systems[${systems.row}]`,
  });
  const sites = typeof answers.sites === "number" ? answers.sites : 1;
  const siteDays = Math.max(0, sites - 1) * model.extraSiteDays;
  scope += siteDays;
  trace.push({
    key: "trace.soc2days.sites",
    params: { sites, days: siteDays, perSite: model.extraSiteDays },
    answers: ["sites"],
    source: "estimation.yaml#soc2.days.extraSiteDays",
  });
  const hostingAnswer = typeof answers.hosting === "string" ? answers.hosting : undefined;
  const hosting = hostingAnswer === undefined ? 0 : (model.hosting[hostingAnswer] ?? 0);
  scope += hosting;
  if (hostingAnswer !== undefined) {
    trace.push({
      key: "trace.soc2days.hosting",
      params: { hosting: { option: { q: "hosting", id: hostingAnswer } }, days: hosting },
      answers: ["hosting"],
      source: `estimation.yaml#soc2.days.hosting.${hostingAnswer}`,
    });
  }
  const subservice = typeof answers.subservice_count === "number" ? answers.subservice_count : 0;
  if (subservice > 0) {
    const method_ = typeof answers.subservice_method === "string" ? answers.subservice_method : "unsure";
    const per = model.subserviceDaysPerOrganisation[method_ as keyof typeof model.subserviceDaysPerOrganisation] ?? 0;
    scope += subservice * per;
    trace.push({
      key: "trace.soc2days.subservice",
      params: {
        count: subservice,
        method: { option: { q: "subservice_method", id: method_ } },
        perOrganisation: per,
        days: subservice * per,
      },
      answers: ["subservice_count", "subservice_method"],
      source: `estimation.yaml#soc2.days.subserviceDaysPerOrganisation.${method_}`,
    });
  }
  if (isType2) {
    trace.push({
      key: "trace.soc2days.type2_multiplier",
      params: { factor: model.type2ScopeMultiplier, days: Math.round(scope * model.type2ScopeMultiplier * 100) / 100 },
      source: "estimation.yaml#soc2.days.type2ScopeMultiplier",
    });
    scope *= model.type2ScopeMultiplier;
  }
  const factor = model.maturityMultiplier[input.band];
  trace.push({
    key: "trace.soc2days.maturity",
    params: { band: { key: `band.${input.band}` }, factor },
    source: `estimation.yaml#soc2.days.maturityMultiplier.${input.band}`,
  });
  const raw = (fixed + scope) * factor;
  const days = roundTo(raw, model.rounding);
  trace.push({
    key: "trace.soc2days.rounded",
    params: { raw: Math.round(raw * 100) / 100, days, step: model.rounding },
  });
  return { type: input.type, observationMonths: isType2 ? input.observationMonths : 0, days, trace };
}
