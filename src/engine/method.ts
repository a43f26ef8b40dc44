/**
 * The method: all data files validated and cross-checked, with lookup tables the engine needs. Built once by
 * `loadMethod` from already-parsed YAML documents (callers read and parse the files; the engine does no I/O).
 */
import { z } from "zod";
import { checkAnswer } from "./answers.ts";
import { conditionQuestions } from "./conditions.ts";
import { indexMethod, type Method, type MethodData } from "./method-index.ts";
import {
  type Condition,
  estimationSchema,
  frameworksSchema,
  type MaturityQuestion,
  messagesSchema,
  type Question,
  questionnaireSchema,
  regulatorsSchema,
  type Section,
  type TscCategoryId,
} from "./schema.ts";
import { messageKeys } from "./trace.ts";

export const changelogSchema = z.array(
  z.strictObject({
    version: z.string(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    changes: z.array(z.strictObject({ en: z.string().min(1), "zh-hk": z.string().min(1) })).min(1),
  }),
);
export type Changelog = z.infer<typeof changelogSchema>;
export type { Method, MethodData };

/** Raw (parsed, unvalidated) documents, one per data file. */
export interface MethodSources {
  questionnaire: unknown;
  estimation: unknown;
  frameworks: unknown;
  regulators: unknown;
  messages: unknown;
  changelog: unknown;
}

/**
 * Profile questions the engine's rules read, with their type and the option ids the rules rely on. Renaming one in
 * the YAML without changing the engine fails `loadMethod` with a clear message instead of silently changing results.
 */
export const engineProfile = {
  industry: { type: "single", options: ["cloud_infra"] },
  headcount: { type: "number" },
  sites: { type: "number" },
  sites_same_processes: { type: "single", options: ["same", "different"] },
  hosting: { type: "single" },
  systems_count: { type: "number" },
  subservice_count: { type: "number" },
  subservice_method: { type: "single", options: ["carve_out", "inclusive", "unsure"] },
  commitments: { type: "multi", options: ["uptime_sla", "confidential_nda", "transaction_processing"] },
  personal_data_scope: { type: "single", options: ["none", "incidental", "core"] },
  target_frameworks: { type: "multi", options: ["soc2", "iso42001"] },
  report_requesters: { type: "multi", options: ["financial_institutions"] },
  report_cycle: { type: "single", options: ["annual"] },
  report_type_requested: { type: "single", options: ["type1", "type2", "either", "not_specified"] },
  report_deadline: { type: "single" },
  evidence_months: { type: "single" },
  prior_certifications: { type: "multi", options: ["soc2_type1", "soc2_type2", "iso27001", "iso9001"] },
  regulated_status: { type: "multi", options: ["none"] },
  ai_roles: { type: "multi", options: ["producer", "developer", "provider", "user", "none"] },
  iso_integration: { type: "single", options: ["integrated", "separate", "lapsed"] },
  ai_headcount: { type: "number" },
  ai_systems_count: { type: "number" },
  ai_high_risk: { type: "multi", options: ["none"] },
  genai_use: { type: "single", options: ["customer_facing"] },
  eu_exposure: { type: "single", options: ["yes", "no"] },
} as const satisfies Record<string, { type: Question["type"]; options?: readonly string[] }>;

export class MethodError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The assessment data files are not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "MethodError";
    this.problems = problems;
  }
}

function parseOrCollect<T>(schema: z.ZodType<T>, raw: unknown, file: string, problems: string[]): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues.slice(0, 50)) {
    problems.push(`${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return undefined;
}

function checkBandRows(rows: readonly { max: number | null }[], where: string, problems: string[]): void {
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    const isLast = i === rows.length - 1;
    if (row.max === null && !isLast) problems.push(`${where}: only the last row may have max: null`);
    if (previous && previous.max !== null && row.max !== null && row.max <= previous.max) {
      problems.push(`${where}: row ${i + 1} max must be greater than the row before`);
    }
  });
}

/** Validates every file and the references between them; throws `MethodError` listing every problem. */
export function loadMethod(sources: MethodSources): Method {
  const problems: string[] = [];
  const questionnaire = parseOrCollect(questionnaireSchema, sources.questionnaire, "questionnaire.yaml", problems);
  const estimation = parseOrCollect(estimationSchema, sources.estimation, "estimation.yaml", problems);
  const frameworks = parseOrCollect(frameworksSchema, sources.frameworks, "frameworks.yaml", problems);
  const regulators = parseOrCollect(regulatorsSchema, sources.regulators, "regulators.yaml", problems);
  const messages = parseOrCollect(messagesSchema, sources.messages, "messages.yaml", problems);
  const changelog = parseOrCollect(changelogSchema, sources.changelog, "changelog.yaml", problems);
  if (!questionnaire || !estimation || !frameworks || !regulators || !messages || !changelog) {
    throw new MethodError(problems);
  }

  const questionsById = new Map<string, Question>();
  const sectionOfQuestion = new Map<string, Section>();
  const order = new Map<string, number>();
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      if (questionsById.has(question.id))
        problems.push(`questionnaire.yaml: question id "${question.id}" is used twice`);
      questionsById.set(question.id, question);
      sectionOfQuestion.set(question.id, section);
      order.set(question.id, order.size);
      if (question.type === "single" || question.type === "multi") {
        const ids = question.options.map((o) => o.id);
        if (new Set(ids).size !== ids.length) problems.push(`questionnaire.yaml: ${question.id} repeats an option id`);
      }
      if (question.type === "number" && question.min > question.max) {
        problems.push(`questionnaire.yaml: ${question.id} has min above max`);
      }
    }
  }
  if (new Set(questionnaire.sections.map((s) => s.id)).size !== questionnaire.sections.length) {
    problems.push("questionnaire.yaml: a section id is used twice");
  }

  const checkCondition = (condition: Condition, where: string, before?: number): void => {
    const visit = (c: Condition): void => {
      if ("all" in c) {
        c.all.forEach(visit);
        return;
      }
      if ("any" in c) {
        c.any.forEach(visit);
        return;
      }
      if ("not" in c) {
        visit(c.not);
        return;
      }
      const target = questionsById.get(c.q);
      if (!target) {
        problems.push(`${where}: condition refers to unknown question "${c.q}"`);
        return;
      }
      if (before !== undefined && (order.get(c.q) ?? 0) >= before) {
        problems.push(`${where}: condition refers to "${c.q}", which is not asked earlier`);
      }
      const options = target.type === "single" || target.type === "multi" ? target.options.map((o) => o.id) : [];
      const need = (ok: boolean, what: string) => {
        if (!ok) problems.push(`${where}: "${what}" does not fit question "${c.q}" (${target.type})`);
      };
      if ("is" in c) need(target.type === "single" && options.includes(c.is), `is: ${c.is}`);
      if ("in" in c) need(target.type === "single" && c.in.every((o) => options.includes(o)), `in: ${c.in.join(",")}`);
      if ("has" in c) need(target.type === "multi" && options.includes(c.has), `has: ${c.has}`);
      if ("hasAny" in c) {
        need(target.type === "multi" && c.hasAny.every((o) => options.includes(o)), `hasAny: ${c.hasAny.join(",")}`);
      }
      if ("gte" in c) need(target.type === "number", `gte: ${c.gte}`);
    };
    visit(condition);
  };

  const tscCategoryOf = new Map<string, TscCategoryId>();
  for (const category of frameworks.tsc) for (const id of category.criteria) tscCategoryOf.set(id, category.id);
  const isoIds = new Set<string>([
    ...frameworks.iso42001.clauses.map((c) => c.id),
    ...frameworks.iso42001.annexA.flatMap((d) => d.controls.map((c) => c.id)),
  ]);
  const hkIds = new Set(regulators.expectations.map((e) => e.id));
  const domainIds = new Set(questionnaire.domains.map((d) => d.id));
  const usedDomains = new Set<string>();
  const controlQuestions: MaturityQuestion[] = [];

  for (const section of questionnaire.sections) {
    const firstInSection = order.get(section.questions[0]?.id ?? "") ?? 0;
    if (section.showIf) checkCondition(section.showIf, `section ${section.id}`, firstInSection);
    for (const question of section.questions) {
      const where = `question ${question.id}`;
      if (question.showIf) checkCondition(question.showIf, where, order.get(question.id));
      if (section.kind === "controls" && question.type !== "maturity") {
        problems.push(`${where}: control sections hold maturity questions only`);
      }
      if (section.kind === "profile" && question.type === "maturity") {
        problems.push(`${where}: profile sections hold no maturity questions`);
      }
      if (question.type !== "maturity") continue;
      controlQuestions.push(question);
      usedDomains.add(question.domain);
      if (!domainIds.has(question.domain)) problems.push(`${where}: unknown domain "${question.domain}"`);
      for (const id of question.refs.tsc)
        if (!tscCategoryOf.has(id)) problems.push(`${where}: unknown criterion ${id}`);
      for (const id of question.refs.iso)
        if (!isoIds.has(id)) problems.push(`${where}: unknown ISO/IEC 42001 id ${id}`);
      for (const id of question.refs.hk) if (!hkIds.has(id)) problems.push(`${where}: unknown regulatory id ${id}`);
      const framework = questionnaire.domains.find((d) => d.id === question.domain)?.framework;
      if (framework === "soc2" && (question.refs.tsc.length === 0 || question.refs.iso.length > 0)) {
        problems.push(`${where}: a SOC 2 domain's question needs Trust Services references and no ISO ones`);
      }
      if (framework === "iso42001" && (question.refs.iso.length === 0 || question.refs.tsc.length > 0)) {
        problems.push(`${where}: an ISO/IEC 42001 domain's question needs ISO references and no Trust Services ones`);
      }
    }
  }
  for (const domain of domainIds) if (!usedDomains.has(domain)) problems.push(`domain ${domain} has no questions`);

  for (const [id, expected] of Object.entries(engineProfile)) {
    const question = questionsById.get(id);
    if (!question) {
      problems.push(`questionnaire.yaml: the engine needs question "${id}"`);
      continue;
    }
    if (question.type !== expected.type) problems.push(`questionnaire.yaml: "${id}" must be of type ${expected.type}`);
    const wanted: readonly string[] = "options" in expected ? expected.options : [];
    const have = question.type === "single" || question.type === "multi" ? question.options.map((o) => o.id) : [];
    for (const option of wanted) {
      if (!have.includes(option)) problems.push(`questionnaire.yaml: "${id}" needs option "${option}"`);
    }
  }

  const optionIds = (id: string): string[] => {
    const q = questionsById.get(id);
    return q && (q.type === "single" || q.type === "multi") ? q.options.map((o) => o.id).sort() : [];
  };
  const sameKeys = (record: Record<string, unknown>, questionId: string, where: string) => {
    const keys = Object.keys(record).sort();
    if (JSON.stringify(keys) !== JSON.stringify(optionIds(questionId))) {
      problems.push(`estimation.yaml: ${where} must have one entry per option of "${questionId}"`);
    }
  };
  sameKeys(estimation.soc2.engagement.evidenceMonths, "evidence_months", "soc2.engagement.evidenceMonths");
  sameKeys(estimation.soc2.engagement.deadlineMonths, "report_deadline", "soc2.engagement.deadlineMonths");
  sameKeys(estimation.soc2.days.hosting, "hosting", "soc2.days.hosting");
  checkBandRows(estimation.soc2.days.headcount, "estimation.yaml: soc2.days.headcount", problems);
  checkBandRows(estimation.soc2.days.systems, "estimation.yaml: soc2.days.systems", problems);
  checkBandRows(estimation.iso42001.aiSystems, "estimation.yaml: iso42001.aiSystems", problems);
  checkBandRows(estimation.iso42001.headcountTable, "estimation.yaml: iso42001.headcountTable", problems);
  if (estimation.iso42001.headcountTable.some((r) => r.max === null)) {
    problems.push("estimation.yaml: iso42001.headcountTable rows are bounded; beyondTable covers larger numbers");
  }
  for (const table of [estimation.soc2.days.headcount, estimation.soc2.days.systems, estimation.iso42001.aiSystems]) {
    if (table[table.length - 1]?.max !== null) problems.push("estimation.yaml: a banded table must end with max: null");
  }
  const bands = estimation.scoring.bands;
  if (bands.some((b, i) => i > 0 && b.min >= (bands[i - 1]?.min ?? 101)) || bands[bands.length - 1]?.min !== 0) {
    problems.push("estimation.yaml: scoring.bands must go from the highest minimum down to 0");
  }
  if (new Set(bands.map((b) => b.id)).size !== bands.length) problems.push("estimation.yaml: a band appears twice");

  // Conditions and message keys named in the data.
  const knownKeys = new Set<string>(messageKeys);
  const checkReason = (key: string, where: string) => {
    if (!knownKeys.has(key)) problems.push(`${where}: "${key}" is not a message key the engine knows`);
  };
  for (const category of frameworks.tsc) {
    const where = `frameworks.yaml: ${category.id}`;
    for (const rule of [...category.includedWhen, ...category.notesWhen]) {
      checkCondition(rule.when, where);
      checkReason(rule.reason, where);
    }
    if (!category.mandatory && category.includedWhen.length === 0) problems.push(`${where}: needs includedWhen rules`);
  }
  checkCondition(estimation.soc2.engagement.annualReportsWhen, "estimation.yaml: soc2.engagement.annualReportsWhen");
  for (const status of estimation.iso42001.regulatedStatuses) {
    if (!optionIds("regulated_status").includes(status)) {
      problems.push(`estimation.yaml: iso42001.regulatedStatuses names unknown option "${status}"`);
    }
  }
  estimation.iso42001.headcountTable.forEach((row, i) => {
    const where = `estimation.yaml: iso42001.headcountTable row ${i + 1}`;
    if (row.producer < row.isms) problems.push(`${where}: the producer column is below the ISMS audit time`);
    if (row.developer_provider_user > row.producer || row.multiple < row.producer) {
      problems.push(`${where}: a single role must not exceed, and several roles must not fall below, the producer`);
    }
    if (row.basis === "iso42006" && i > 0) problems.push(`${where}: only the first row is the ISO/IEC 42006 example`);
  });
  const checkAnswers = (answers: Record<string, unknown>, where: string) => {
    for (const [id, value] of Object.entries(answers)) {
      const question = questionsById.get(id);
      if (!question) problems.push(`${where}: unknown question "${id}"`);
      else if (checkAnswer(question, value)) problems.push(`${where}: "${id}" is not a valid answer`);
    }
  };
  for (const example of estimation.publishedIsoExamples) {
    checkAnswers(example.low, `estimation.yaml: publishedIsoExamples.${example.id}.low`);
    checkAnswers(example.high, `estimation.yaml: publishedIsoExamples.${example.id}.high`);
  }
  for (const role of estimation.publishedIsoRoles) {
    checkAnswers({ ai_roles: role.roles }, `estimation.yaml: publishedIsoRoles.${role.id}`);
  }

  for (const expectation of regulators.expectations) {
    checkCondition(expectation.appliesWhen, `regulators.yaml: ${expectation.id}`);
    if (Array.isArray(expectation.why)) {
      for (const variant of expectation.why)
        if (variant.when) checkCondition(variant.when, `regulators.yaml: ${expectation.id}.why`);
      if (expectation.why.every((v) => v.when !== undefined)) {
        problems.push(`regulators.yaml: ${expectation.id}.why needs one text without a condition (the fallback)`);
      }
    }
    for (const note of expectation.notes) checkCondition(note.when, `regulators.yaml: ${expectation.id}.notes`);
    if (!regulators.regulators.some((r) => r.id === expectation.regulator)) {
      problems.push(`regulators.yaml: ${expectation.id} names unknown regulator ${expectation.regulator}`);
    }
  }

  if (problems.length > 0) throw new MethodError(problems);
  return indexMethod({ questionnaire, estimation, frameworks, regulators, messages, changelog });
}

/** Every question id a condition reads, used for traces. */
export { conditionQuestions };
