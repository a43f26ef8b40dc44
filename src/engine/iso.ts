import type { Answers } from "./answers.ts";
import type { Method } from "./method.ts";
import type { MessageKey, TraceStep } from "./trace.ts";

export type RoleColumn = "producer" | "developer_provider_user" | "multiple";

export interface IsoAuditDays {
  /** Initial certification audit, Stage 1 + Stage 2. */
  readonly initial: number;
  readonly stage1: number;
  readonly stage2: number;
  readonly surveillance1: number;
  readonly surveillance2: number;
  readonly recertification: number;
  /**
   * Days per year of the 3-year certificate: year 1 the initial audit, year 2 the first surveillance, year 3 the
   * second surveillance and the recertification audit (held before the certificate expires). They add up to cycleTotal.
   */
  readonly byYear: readonly { readonly year: 1 | 2 | 3; readonly days: number }[];
  readonly cycleTotal: number;
  /** Sites audited at the initial audit (after sampling). */
  readonly sitesAudited: number;
}

export type IsoResult =
  | {
      readonly applicable: true;
      readonly roles: readonly string[];
      readonly roleColumn: RoleColumn;
      readonly days: IsoAuditDays;
      readonly reasons: readonly TraceStep[];
      readonly trace: { readonly initial: readonly TraceStep[]; readonly cycle: readonly TraceStep[] };
    }
  | { readonly applicable: false; readonly reasons: readonly TraceStep[] };

const aiRoles = ["producer", "developer", "provider", "user"] as const;

/** Rounds to the nearest multiple of `step` (half-days by default); never below one step. */
export function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

function bandRow<T extends { max: number | null }>(rows: readonly T[], value: number): T {
  const row = rows.find((r) => r.max === null || value <= r.max) ?? rows[rows.length - 1];
  if (!row) throw new Error("empty band table");
  return row;
}

function rowLabel(rows: readonly { max: number | null }[], row: { max: number | null }): string {
  const index = rows.indexOf(row);
  const previous = rows[index - 1];
  const from = previous?.max === null || previous === undefined ? 1 : previous.max + 1;
  return row.max === null ? `${from}+` : `${from}-${row.max}`;
}

/** The table column for a set of AI roles: producer only, others only, or both kinds. */
export function roleColumn(roles: readonly string[]): RoleColumn {
  const producer = roles.includes("producer");
  const others = roles.some((r) => r !== "producer");
  if (producer && others) return "multiple";
  return producer ? "producer" : "developer_provider_user";
}

/**
 * ISO/IEC 42001 applicability and audit days for the 3-year cycle (the firm's method, estimation.yaml#iso42001):
 * table days by AI-related personnel and AI role; plus a percentage for the number of AI systems and for high-risk,
 * regulated and customer-facing generative AI use; plus site time (IAF MD 1 sampling); less a capped reduction for an
 * integrated ISO/IEC 27001 / ISO 9001 system; rounded to half-days. Stage 1 takes a share of the initial audit;
 * surveillance and recertification are fixed ratios of it.
 */
export function estimateIso(method: Method, answers: Answers): IsoResult {
  const rawRoles = answers.ai_roles;
  const roles = Array.isArray(rawRoles) ? rawRoles.filter((r) => (aiRoles as readonly string[]).includes(r)) : [];
  if (!Array.isArray(rawRoles)) {
    return { applicable: false, reasons: [{ key: "reason.iso.roles_missing", answers: ["ai_roles"] }] };
  }
  if (roles.length === 0) {
    return { applicable: false, reasons: [{ key: "reason.iso.not_applicable", answers: ["ai_roles"] }] };
  }
  const table = method.estimation.iso42001;
  const column = roleColumn(roles);
  const aiHeadcount = typeof answers.ai_headcount === "number" ? answers.ai_headcount : 1;
  const aiSystems = typeof answers.ai_systems_count === "number" ? answers.ai_systems_count : 1;
  const sites = typeof answers.sites === "number" ? answers.sites : 1;
  const sameProcesses = answers.sites_same_processes !== "different";
  const prior = Array.isArray(answers.prior_certifications) ? answers.prior_certifications : [];
  const highRisk = Array.isArray(answers.ai_high_risk) ? answers.ai_high_risk.filter((r) => r !== "none") : [];
  const regulated = Array.isArray(answers.regulated_status)
    ? answers.regulated_status.some((s) => ["hkma_ai", "svf", "sfc_licensed", "ia_insurer"].includes(s))
    : false;
  const customerGenAi = answers.genai_use === "customer_facing";

  const initialTrace: TraceStep[] = [
    {
      key: "trace.iso.role",
      params: {
        roles: { list: roles.map((id) => ({ key: `ai_role.${id}` as MessageKey })) },
        column: { key: `role.${column}` },
      },
      answers: ["ai_roles"],
    },
  ];

  // 1. Table days.
  const rows = table.headcountTable;
  const last = rows[rows.length - 1];
  let tableDays: number;
  if (last && last.max !== null && aiHeadcount > last.max) {
    const steps = Math.ceil((aiHeadcount - last.max) / table.beyondTable.persons);
    tableDays = last[column] + steps * table.beyondTable.days;
    initialTrace.push({
      key: "trace.iso.table_beyond",
      params: { headcount: aiHeadcount, last: last.max, base: last[column], steps, days: tableDays },
      answers: ["ai_headcount"],
      source: "estimation.yaml#iso42001.beyondTable",
    });
  } else {
    const row = bandRow(rows, aiHeadcount);
    tableDays = row[column];
    initialTrace.push({
      key: "trace.iso.table",
      params: { headcount: aiHeadcount, row: rowLabel(rows, row), column: { key: `role.${column}` }, days: tableDays },
      answers: ["ai_headcount", "ai_roles"],
      source: `estimation.yaml#iso42001.headcountTable[${rowLabel(rows, row)}]`,
    });
  }

  // 2. Percentage increases.
  const systemsRow = bandRow(table.aiSystems, aiSystems);
  let increase = systemsRow.percent;
  initialTrace.push({
    key: "trace.iso.ai_systems",
    params: { systems: aiSystems, row: rowLabel(table.aiSystems, systemsRow), percent: systemsRow.percent },
    answers: ["ai_systems_count"],
    source: `estimation.yaml#iso42001.aiSystems[${rowLabel(table.aiSystems, systemsRow)}]`,
  });
  if (highRisk.length > 0) {
    increase += table.increases.highRiskUse;
    initialTrace.push({
      key: "trace.iso.high_risk",
      params: {
        uses: { list: highRisk.map((id) => ({ option: { q: "ai_high_risk", id } })) },
        percent: table.increases.highRiskUse,
      },
      answers: ["ai_high_risk"],
      source: "estimation.yaml#iso42001.increases.highRiskUse",
    });
  }
  if (regulated) {
    increase += table.increases.regulatedFinancial;
    initialTrace.push({
      key: "trace.iso.regulated",
      params: { percent: table.increases.regulatedFinancial },
      answers: ["regulated_status"],
      source: "estimation.yaml#iso42001.increases.regulatedFinancial",
    });
  }
  if (customerGenAi) {
    increase += table.increases.customerFacingGenerativeAi;
    initialTrace.push({
      key: "trace.iso.genai",
      params: { percent: table.increases.customerFacingGenerativeAi },
      answers: ["genai_use"],
      source: "estimation.yaml#iso42001.increases.customerFacingGenerativeAi",
    });
  }
  const core = tableDays * (1 + increase / 100);
  initialTrace.push({
    key: "trace.iso.increase_total",
    params: { percent: increase, days: Math.round(core * 100) / 100 },
  });

  // 3. Sites (IAF MD 1): sample ceil(sqrt(n)) when processes are the same, otherwise audit every site.
  let siteDays = 0;
  let sitesAudited = 1;
  if (sites <= 1) {
    initialTrace.push({ key: "trace.iso.sites_single", answers: ["sites"] });
  } else if (sameProcesses) {
    sitesAudited = Math.ceil(Math.sqrt(sites));
    siteDays = (sitesAudited - 1) * table.sites.extraDaysPerSampledSite;
    initialTrace.push({
      key: "trace.iso.sites_sampled",
      params: { sites, sampled: sitesAudited, days: siteDays, perSite: table.sites.extraDaysPerSampledSite },
      answers: ["sites", "sites_same_processes"],
      source: "estimation.yaml#iso42001.sites.extraDaysPerSampledSite",
    });
  } else {
    sitesAudited = sites;
    siteDays = (sites - 1) * table.sites.extraDaysPerSiteWithoutSampling;
    initialTrace.push({
      key: "trace.iso.sites_all",
      params: { sites, days: siteDays, perSite: table.sites.extraDaysPerSiteWithoutSampling },
      answers: ["sites", "sites_same_processes"],
      source: "estimation.yaml#iso42001.sites.extraDaysPerSiteWithoutSampling",
    });
  }

  // 4. Integration reductions, capped.
  let reduction = 0;
  if (prior.includes("iso27001")) {
    reduction += table.reductions.iso27001;
    initialTrace.push({
      key: "trace.iso.reduction_27001",
      params: { percent: table.reductions.iso27001 },
      answers: ["prior_certifications"],
      source: "estimation.yaml#iso42001.reductions.iso27001",
    });
  }
  if (prior.includes("iso9001")) {
    reduction += table.reductions.iso9001;
    initialTrace.push({
      key: "trace.iso.reduction_9001",
      params: { percent: table.reductions.iso9001 },
      answers: ["prior_certifications"],
      source: "estimation.yaml#iso42001.reductions.iso9001",
    });
  }
  if (reduction > table.reductions.maxTotal) {
    initialTrace.push({
      key: "trace.iso.reduction_capped",
      params: { percent: reduction, cap: table.reductions.maxTotal },
      source: "estimation.yaml#iso42001.reductions.maxTotal",
    });
    reduction = table.reductions.maxTotal;
  }
  const unrounded = (core + siteDays) * (1 - reduction / 100);
  const step = table.rounding;
  const initial = roundTo(unrounded, step);
  initialTrace.push({
    key: "trace.iso.rounded",
    params: { raw: Math.round(unrounded * 100) / 100, days: initial, step },
  });

  // 5. The cycle.
  const stage1 = Math.min(roundTo(initial * table.stage1Share, step), initial - step);
  const stage2 = initial - stage1;
  const surveillance = roundTo(initial * table.surveillanceRatio, step);
  const recertification = roundTo(initial * table.recertificationRatio, step);
  const cycleTrace: TraceStep[] = [
    {
      key: "trace.iso.stage_split",
      params: { initial, stage1, stage2, share: Math.round(table.stage1Share * 100) },
      source: "estimation.yaml#iso42001.stage1Share",
    },
    {
      key: "trace.iso.surveillance",
      params: { initial, days: surveillance },
      source: "estimation.yaml#iso42001.surveillanceRatio",
    },
    {
      key: "trace.iso.recertification",
      params: { initial, days: recertification },
      source: "estimation.yaml#iso42001.recertificationRatio",
    },
  ];
  return {
    applicable: true,
    roles,
    roleColumn: column,
    days: {
      initial,
      stage1,
      stage2,
      surveillance1: surveillance,
      surveillance2: surveillance,
      recertification,
      byYear: [
        { year: 1, days: initial },
        { year: 2, days: surveillance },
        { year: 3, days: surveillance + recertification },
      ],
      cycleTotal: initial + 2 * surveillance + recertification,
      sitesAudited,
    },
    reasons: [
      {
        key: "reason.iso.applicable",
        params: { roles: { list: roles.map((id) => ({ key: `ai_role.${id}` as MessageKey })) } },
        answers: ["ai_roles"],
      },
    ],
    trace: { initial: initialTrace, cycle: cycleTrace },
  };
}
