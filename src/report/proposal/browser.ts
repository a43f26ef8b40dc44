/**
 * The fee proposal PDF in the browser: loaded on demand by the staff workspace; fetches Noto Sans HK when the
 * proposal has Chinese (every zh-HK one), like the gap report.
 */
import type { Firm } from "../../lib/firm.ts";
import { loadFontsFor } from "../pdf/browser.ts";
import { type ProposalDocument, proposalStrings } from "./model.ts";
import { proposalNeedsFont, renderProposalPdf } from "./render.ts";

export async function renderProposalInBrowser(document: ProposalDocument, firm: Firm): Promise<Uint8Array> {
  const fonts = proposalNeedsFont(document, firm)
    ? await loadFontsFor(proposalStrings(document, firm), document.locale)
    : [];
  return renderProposalPdf({ document, firm, fonts });
}

/** `fee-proposal-ENQ-2026-XXXXXXXX-2026-12-06-en.pdf`. */
export function proposalFileName(locale: string, date: string, reference?: string): string {
  return `fee-proposal-${reference ? `${reference}-` : ""}${date}-${locale}.pdf`;
}
