/**
 * `npm run assess -- <answers.json|yaml> [--lang en|zh-hk] [--format json|md|pdf] [--start YYYY-MM-DD] [--explain]
 *  [--out FILE] [--organisation NAME]`
 * `npm run assess -- --template [--lang en|zh-hk]` prints a blank answers file listing every question.
 *
 * Runs the same engine as the website. Exit codes: 0 done, 1 invalid answers file, 2 usage error.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { isIsoDate, parseAnswerSet } from "../engine/answers.ts";
import { type Assessment, evaluate } from "../engine/index.ts";
import type { Method } from "../engine/method.ts";
import type { Question } from "../engine/schema.ts";
import type { MessageKey } from "../engine/trace.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { hongKongToday } from "../lib/hong-kong-date.ts";
import { readMethod } from "../node/method-files.ts";
import { createFormatter } from "../report/format.ts";
import { renderMarkdown } from "../report/markdown.ts";
import { buildReportModel } from "../report/model.ts";

const usage = `Usage:
  npm run assess -- <answers.json|answers.yaml> [--lang en|zh-hk] [--format json|md|pdf] [--start YYYY-MM-DD]
                    [--explain] [--out FILE] [--organisation NAME]
  npm run assess -- --template [--lang en|zh-hk]      print a blank answers file listing every question`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function describeAllowed(method: Method, question: Question, locale: Locale): string {
  const f = createFormatter(method, locale);
  switch (question.type) {
    case "single":
      return `one of: ${question.options.map((o) => `${o.id} (${f.text(o.label)})`).join(" | ")}`;
    case "multi":
      return `a list of: ${question.options.map((o) => `${o.id} (${f.text(o.label)})`).join(" | ")}`;
    case "number":
      return `a whole number from ${question.min} to ${question.max}`;
    case "maturity": {
      const levels = ["none", "informal", "documented", "evidenced", ...(question.allowNa ? ["na"] : []), "unknown"];
      return `one of: ${levels.map((l) => `${l} (${f.option("maturity", l)})`).join(" | ")}`;
    }
  }
}

/** A YAML answers file with every question as a commented, blank entry. */
function template(method: Method, locale: Locale): string {
  const f = createFormatter(method, locale);
  const lines = [
    `# Answers file for the SOC 2 / ISO/IEC 42001 readiness assessment (questionnaire version ${method.questionnaire.version}).`,
    "# Fill in the answers you know; leave the rest blank. Questions marked 'asked when' only count when that holds.",
    "# Check it with: npm run assess -- <this file> --format md",
    `version: ${method.questionnaire.version}`,
    `startDate: ${hongKongToday()}   # planned project start, YYYY-MM-DD`,
    "answers:",
  ];
  for (const section of method.questionnaire.sections) {
    lines.push("", `  # ── ${f.text(section.title)} ──`);
    for (const question of section.questions) {
      lines.push(`  # ${f.text(question.text)}`);
      lines.push(`  #   ${describeAllowed(method, question, locale)}`);
      if (question.showIf) lines.push(`  #   asked when: ${JSON.stringify(question.showIf)}`);
      lines.push(`  ${question.id}:`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function explain(method: Method, assessment: Assessment, locale: Locale): string {
  const f = createFormatter(method, locale);
  const out: string[] = [];
  const block = (
    title: string,
    steps: readonly { key: MessageKey; params?: object; answers?: readonly string[]; source?: string }[],
  ) => {
    out.push(title);
    for (const step of steps) {
      const extra = [
        step.answers?.length ? `answers: ${step.answers.join(", ")}` : "",
        step.source ? `source: ${step.source}` : "",
      ]
        .filter(Boolean)
        .join("; ");
      out.push(`  - ${f.step(step as never)}${extra ? `  [${extra}]` : ""}`);
    }
    out.push("");
  };
  block("readiness.overall", assessment.readiness.overall.trace);
  block("readiness.soc2", assessment.readiness.soc2.trace);
  if (assessment.readiness.iso42001) block("readiness.iso42001", assessment.readiness.iso42001.trace);
  block("soc2.engagement", assessment.soc2.engagement.reasons);
  for (const c of assessment.soc2.criteria.categories) block(`soc2.criteria.${c.category}`, c.reasons);
  if (assessment.soc2.days.type1) block("soc2.days.type1", assessment.soc2.days.type1.trace);
  if (assessment.soc2.days.type2) block("soc2.days.type2", assessment.soc2.days.type2.trace);
  block("iso42001.applicability", assessment.iso42001.reasons);
  if (assessment.iso42001.applicable) {
    block("iso42001.days.initial", assessment.iso42001.trace.initial);
    block("iso42001.days.cycle", assessment.iso42001.trace.cycle);
  }
  block("timeline", assessment.timeline.trace);
  return out.join("\n");
}

async function main(): Promise<void> {
  let parsed: ReturnType<
    typeof parseArgs<{ options: Record<string, { type: "string" | "boolean" }>; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        lang: { type: "string" },
        format: { type: "string" },
        start: { type: "string" },
        out: { type: "string" },
        organisation: { type: "string" },
        explain: { type: "boolean" },
        template: { type: "boolean" },
        help: { type: "boolean" },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const lang = (values.lang as string | undefined) ?? "en";
  if (!isLocale(lang)) fail(`--lang must be en or zh-hk (got "${lang}")`, 2);
  const format = (values.format as string | undefined) ?? "json";
  if (!["json", "md", "pdf"].includes(format)) fail(`--format must be json, md or pdf (got "${format}")`, 2);

  let method: Method;
  try {
    method = readMethod();
  } catch (error) {
    fail((error as Error).message, 1);
  }

  if (values.template) {
    process.stdout.write(template(method, lang));
    return;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) fail(usage, 2);

  let raw: unknown;
  try {
    const text = readFileSync(file, "utf8");
    raw = /\.ya?ml$/i.test(file) ? parse(text) : JSON.parse(text);
  } catch (error) {
    fail(`Could not read ${file}: ${(error as Error).message}`, 1);
  }
  // A lead exported from the enquiries database wraps the answers; accept it as is.
  if (raw && typeof raw === "object" && "answerSet" in raw) raw = (raw as { answerSet: unknown }).answerSet;

  const result = parseAnswerSet(method, raw);
  if (!result.ok) {
    const f = createFormatter(method, lang);
    const lines = result.issues.map((issue) => {
      const text = f.message(`answers.${issue.code}`, {
        question: issue.questionId ?? "",
        value: issue.value ?? "",
      });
      return `  - ${issue.questionId ? `${issue.questionId}: ` : ""}${text}`;
    });
    fail(`${file} is not a valid answers file (${result.issues.length} problem(s)):\n${lines.join("\n")}`, 1);
  }
  const start = values.start as string | undefined;
  if (start !== undefined && !isIsoDate(start)) fail(`--start must be a date written YYYY-MM-DD (got "${start}")`, 2);
  const answerSet = { ...result.value, startDate: start ?? result.value.startDate ?? hongKongToday() };
  const assessment = evaluate(method, answerSet);
  const organisation = values.organisation as string | undefined;

  let output: string | Uint8Array;
  if (values.explain) {
    output = explain(method, assessment, lang);
  } else if (format === "json") {
    output = `${JSON.stringify({ answerSet, assessment }, null, 2)}\n`;
  } else if (format === "md") {
    output = renderMarkdown(
      buildReportModel(method, assessment, lang, { answers: answerSet.answers }),
      organisation ? { organisation } : {},
    );
  } else {
    const { renderPdfNode } = await import("./pdf-node.ts");
    output = await renderPdfNode(method, assessment, lang, organisation, { answers: answerSet.answers });
  }
  const out = values.out as string | undefined;
  if (out) writeFileSync(out, output);
  else if (typeof output === "string") process.stdout.write(output);
  else fail("--format pdf needs --out FILE", 2);
}

await main();
