/**
 * The workspace's exports, all made in this browser: the client-facing fee proposal PDF, proposal inputs as JSON and
 * CSV, the PDF gap report (the client's own figures) with the internal proposal-inputs appendix (jsPDF and the fonts
 * load only when asked for), and the timeline as an .ics file. Exports of a lead are recorded in the audit log.
 */
import { useState } from "preact/hooks";
import type { Method } from "../../engine/method-index.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { StaffT } from "../../i18n/packs/staff.ts";
import type { Firm } from "../../lib/firm.ts";
import { hongKongToday } from "../../lib/hong-kong-date.ts";
import type { Formatter } from "../../report/format.ts";
import { download, proposalCsv, proposalIcs, proposalJson } from "./proposal-exports.ts";
import { whatIfSentences } from "./ScopePanel.tsx";
import type { Workspace } from "./workspace-model.ts";

export interface ExportPanelProps {
  t: StaffT;
  format: Formatter;
  method: Method;
  firm: Firm;
  locale: Locale;
  workspace: Workspace;
  organisation: string;
  onOrganisation: (value: string) => void;
  leadReference?: string | undefined;
  csrf?: string | undefined;
}

export function ExportPanel({
  t,
  format,
  method,
  firm,
  locale,
  workspace,
  organisation,
  onOrganisation,
  leadReference,
  csrf,
}: ExportPanelProps) {
  const [pdfState, setPdfState] = useState<"idle" | "working" | "failed">("idle");
  const [proposalState, setProposalState] = useState<"idle" | "working" | "failed">("idle");
  const recordExport = (kind: string) => {
    if (!leadReference || !csrf) return;
    fetch(`/api/staff/leads/${encodeURIComponent(leadReference)}/exported/`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", "x-csrf-token": csrf },
      body: JSON.stringify({ kind }),
    }).catch(() => undefined);
  };
  const downloadProposal = async () => {
    if (proposalState === "working") return;
    setProposalState("working");
    try {
      const [{ buildProposalDocument }, { renderProposalInBrowser, proposalFileName }, { savePdf }] = await Promise.all(
        [
          import("../../report/proposal/model.ts"),
          import("../../report/proposal/browser.ts"),
          import("../../report/pdf/browser.ts"),
        ],
      );
      const date = hongKongToday();
      const document = buildProposalDocument({
        method,
        assessment: workspace.assessment,
        firm,
        locale,
        organisation: name,
        reference: leadReference,
        date,
      });
      const bytes = await renderProposalInBrowser(document, firm);
      savePdf(bytes, proposalFileName(locale, date, leadReference));
      recordExport(`proposal-pdf-${locale}`);
      setProposalState("idle");
    } catch {
      setProposalState("failed");
    }
  };
  const { assessment, answerSet, settings } = workspace;
  const stamp = hongKongToday();
  const name = organisation.trim();

  const downloadPdf = async () => {
    if (pdfState === "working") return;
    setPdfState("working");
    try {
      const [{ renderPdfInBrowser, savePdf, pdfFileName }, { buildReportModel }, { buildProposalAppendix }] =
        await Promise.all([
          import("../../report/pdf/browser.ts"),
          import("../../report/model.ts"),
          import("../../report/pdf/appendix.ts"),
        ]);
      // The client's figures as they saw them; the staff's scope only in the appendix.
      const model = buildReportModel(method, workspace.client, locale);
      const appendix = buildProposalAppendix(method, assessment, locale, {
        changes: whatIfSentences(t, format, workspace),
      });
      const bytes = await renderPdfInBrowser({ model, firm, appendix, ...(name ? { organisation: name } : {}) });
      savePdf(bytes, `proposal-${pdfFileName(locale)}`);
      recordExport(`gap-report-${locale}`);
      setPdfState("idle");
    } catch {
      setPdfState("failed");
    }
  };

  return (
    <section class="results-section staff-exports" aria-labelledby="staff-exports-title">
      <h3 id="staff-exports-title">{t("export.title")}</h3>
      <p>{t("export.intro")}</p>
      <div class="pdf-box">
        <label for="export-organisation">{t("export.organisation")}</label>
        <input
          id="export-organisation"
          type="text"
          maxLength={120}
          autoComplete="off"
          value={organisation}
          onInput={(e) => onOrganisation((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="actions">
        <button
          type="button"
          class="button"
          id="export-proposal"
          aria-disabled={proposalState === "working" ? "true" : undefined}
          onClick={downloadProposal}
        >
          {proposalState === "working" ? t("export.pdfWorking") : t("export.proposal")}
        </button>
        <button
          type="button"
          class="button secondary"
          id="export-json"
          onClick={() =>
            download(
              `proposal-inputs-${stamp}.json`,
              "application/json",
              proposalJson(answerSet, settings, assessment, new Date().toISOString()),
            )
          }
        >
          {t("export.json")}
        </button>
        <button
          type="button"
          class="button secondary"
          id="export-csv"
          onClick={() =>
            download(
              `proposal-inputs-${stamp}.csv`,
              "text/csv;charset=utf-8",
              proposalCsv(method, assessment, format, settings, new Date().toISOString()),
            )
          }
        >
          {t("export.csv")}
        </button>
        <button
          type="button"
          class="button secondary"
          id="export-pdf"
          aria-disabled={pdfState === "working" ? "true" : undefined}
          onClick={downloadPdf}
        >
          {pdfState === "working" ? t("export.pdfWorking") : t("export.pdf")}
        </button>
        <button
          type="button"
          class="button secondary"
          id="export-ics"
          onClick={() =>
            download(
              `proposal-timeline-${stamp}.ics`,
              "text/calendar;charset=utf-8",
              proposalIcs(assessment, format, {
                host: new URL(firm.siteUrl).host,
                firmName: firm.shortName.en,
                calendarName: t("ics.name"),
                description: t("ics.description", { version: assessment.methodVersion }),
                colon: t("punct.colon"),
                ...(name ? { organisation: name } : {}),
                stamp: new Date(),
              }),
            )
          }
        >
          {t("export.ics")}
        </button>
      </div>
      <p role="status" class="small">
        {pdfState === "failed" || proposalState === "failed" ? t("export.pdfFailed") : ""}
      </p>
    </section>
  );
}
