/** Downloadable exports of an assessment (browser and CLI). Pure functions returning text. */
import type { Assessment } from "../engine/index.ts";
import type { Method } from "../engine/method-index.ts";
import type { Formatter } from "../report/format.ts";
import { csvCell } from "./csv.ts";

/** One CSV row with the shared, formula-safe cell rule; booleans are written true / false. */
export function csvRow(values: readonly (string | number | boolean)[]): string {
  return values.map((v) => csvCell(typeof v === "boolean" ? String(v) : v)).join(",");
}

/** The prioritised gaps as CSV (UTF-8 with BOM so Excel opens Chinese text correctly). */
export function gapsCsv(method: Method, assessment: Assessment, format: Formatter): string {
  const header = [
    "priority",
    "severity",
    "domain",
    "finding",
    "control",
    "your_answer",
    "dont_know",
    "soc2_criteria",
    "iso42001_refs",
    "hong_kong_refs",
    "evidence_an_auditor_looks_for",
  ];
  const rows = assessment.gaps.map((gap) => {
    const question = method.questionsById.get(gap.questionId);
    const text = question?.type === "maturity" ? question : undefined;
    const hk = gap.refs.hk.map((id) => method.regulators.expectations.find((e) => e.id === id)?.ref ?? id);
    return csvRow([
      gap.priority,
      format.message(`severity.${gap.severity}`),
      format.domain(gap.domain),
      text ? format.text(text.gap) : gap.questionId,
      format.questionText(gap.questionId),
      gap.answer === "unanswered" ? "" : format.option("maturity", gap.answer),
      gap.unknown,
      gap.refs.tsc.join(" "),
      gap.refs.iso.join(" "),
      hk.join("; "),
      text ? format.text(text.evidence) : "",
    ]);
  });
  return `\uFEFF${[csvRow(header), ...rows].join("\r\n")}\r\n`;
}
