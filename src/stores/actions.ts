/**
 * What the results let the visitor do with them: the PDF gap report, the share link, the exports (answers and results
 * as JSON, gaps, evidence request list and roadmap as CSV, the roadmap as a calendar) and handing the assessment to the
 * enquiry form. The views call these; jsPDF and the Chinese font load only when a PDF is asked for.
 */
import { atom } from "nanostores";
import type { AnswerSet } from "../engine/answers.ts";
import type { Method } from "../engine/method-index.ts";
import type { Results } from "../engine/results.ts";
import type { Locale } from "../i18n/locales.ts";
import { gapsCsv } from "../lib/exports.ts";
import type { Firm } from "../lib/firm.ts";
import { type EvidenceLabels, evidenceCsv, roadmapCsv, roadmapIcs } from "../lib/plan-exports.ts";
import { saveFile } from "../lib/save-file.ts";
import { encodeShareFragment } from "../lib/share-link.ts";
import type { Formatter } from "../report/format.ts";

export const $pdfState = atom<"idle" | "working" | "failed">("idle");
export const $shareState = atom<"idle" | "copied" | "failed">("idle");

/** Session key under which "talk to us" hands the answers (and what they imply for the form) to the enquiry form. */
export const attachKey = "hk-readiness.attach";

/** The share link of these answers: the results view with the answers (never scores) in the fragment. */
export function shareUrl(method: Method, answerSet: AnswerSet, base: string): string {
  return `${window.location.origin}${base}results/#${encodeShareFragment(method, answerSet)}`;
}

/** The print view of the same answers: the accessible (tagged, when printed by Chromium) equivalent of the PDF. */
export function printUrl(method: Method, answerSet: AnswerSet, base: string): string {
  return `${window.location.origin}${base}print/#${encodeShareFragment(method, answerSet)}`;
}

export async function copyShareLink(url: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    $shareState.set("copied");
  } catch {
    $shareState.set("failed");
  }
}

export interface PdfRequest {
  readonly method: Method;
  readonly results: Results;
  readonly answerSet: AnswerSet;
  readonly locale: Locale;
  readonly firm: Firm;
  readonly base: string;
  readonly organisation?: string;
}

/** Builds and saves the PDF gap report; the state says when it is working or failed. */
export async function downloadPdf(request: PdfRequest): Promise<void> {
  if ($pdfState.get() === "working") return;
  $pdfState.set("working");
  try {
    const [{ renderPdfInBrowser, savePdf, pdfFileName }, { buildReportModel }] = await Promise.all([
      import("../report/pdf/browser.ts"),
      import("../report/model.ts"),
    ]);
    const model = buildReportModel(request.method, request.results.assessment, request.locale, {
      results: request.results,
      answers: request.answerSet.answers,
      printUrl: printUrl(request.method, request.answerSet, request.base),
    });
    const name = request.organisation?.trim();
    const bytes = await renderPdfInBrowser({
      model,
      firm: request.firm,
      ...(name ? { organisation: name } : {}),
    });
    savePdf(bytes, pdfFileName(request.locale));
    $pdfState.set("idle");
  } catch {
    $pdfState.set("failed");
  }
}

export function exportJson(results: Results, answerSet: AnswerSet, stamp: string): void {
  const { assessment } = results;
  saveFile(
    `readiness-assessment-${stamp}.json`,
    "application/json",
    `${JSON.stringify({ methodVersion: assessment.methodVersion, answerSet, assessment }, null, 2)}\n`,
  );
}

export function exportGapsCsv(method: Method, results: Results, format: Formatter, stamp: string): void {
  saveFile(`readiness-gaps-${stamp}.csv`, "text/csv;charset=utf-8", gapsCsv(method, results.assessment, format));
}

export function exportEvidenceCsv(
  method: Method,
  results: Results,
  format: Formatter,
  labels: EvidenceLabels,
  stamp: string,
): void {
  saveFile(`evidence-requests-${stamp}.csv`, "text/csv;charset=utf-8", evidenceCsv(method, results, format, labels));
}

export function exportRoadmapCsv(
  method: Method,
  results: Results,
  format: Formatter,
  header: readonly string[],
  stamp: string,
): void {
  saveFile(`readiness-roadmap-${stamp}.csv`, "text/csv;charset=utf-8", roadmapCsv(method, results, format, header));
}

export function exportRoadmapIcs(results: Results, format: Formatter, name: string, stamp: string): void {
  const host = window.location.host || "localhost";
  saveFile(
    `readiness-roadmap-${stamp}.ics`,
    "text/calendar;charset=utf-8",
    roadmapIcs(results, format, { prodId: `-//${host}//Readiness roadmap//EN`, name, host, stamp: new Date() }),
  );
}

/** Hands the answers to the enquiry form (which attaches them and pre-fills the interest and timing they imply). */
export function prepareEnquiry(answerSet: AnswerSet): void {
  try {
    sessionStorage.setItem(attachKey, JSON.stringify(answerSet));
  } catch {
    // Without session storage the form simply starts without the attachment.
  }
}
