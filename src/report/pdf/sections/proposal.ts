/**
 * The proposal inputs, for the firm's staff only (appendix.ts builds them), on a page of its own: the scope, what staff
 * changed, the audit days, per year, the fee ranges and the key dates. Public reports have none.
 */
import type { ProposalAppendix } from "../appendix.ts";
import { facts, h1, h2 } from "../blocks.ts";
import { contentWidth, type PdfContext, styles } from "../context.ts";

export function drawProposalAppendix(ctx: PdfContext, appendix: ProposalAppendix, letter: string): void {
  const { L, t } = ctx;
  const { body } = styles;
  // The appendix is for the firm's proposal: it starts on a page of its own.
  L.flush(0);
  L.newPage();
  h1(ctx, letter, t("appendix.title"));
  L.paragraph(t("appendix.intro"), body, { after: 2 });
  h2(ctx, t("appendix.scope"));
  facts(ctx, appendix.scope, 62);
  if (appendix.changes.length) {
    h2(ctx, t("appendix.changes"));
    L.list(appendix.changes, body);
  }
  h2(ctx, t("appendix.days"));
  L.table(
    [
      { header: t("appendix.engagement"), width: 110 },
      { header: t("iso.year"), width: 24, align: "right" },
      { header: t("iso.days"), width: contentWidth - 134, align: "right" },
    ],
    appendix.days.map((r) => [r.label, r.year, [{ text: r.days, bold: true }]]),
    { size: 8.5, zebra: true },
  );
  if (appendix.years.length) {
    h2(ctx, t("iso.perYear"));
    L.table(
      [
        { header: t("iso.year"), width: 110 },
        { header: t("iso.days"), width: contentWidth - 110, align: "right" },
      ],
      appendix.years.map((r) => [r.label, r.days]),
      { size: 8.5, zebra: true },
    );
  }
  if (appendix.fees.length) {
    h2(ctx, t("appendix.fees"));
    L.table(
      [
        { header: t("appendix.engagement"), width: 78 },
        { header: t("iso.days"), width: 32, align: "right" },
        { header: t("appendix.feeRange"), width: contentWidth - 110, align: "right" },
      ],
      appendix.fees.map((r) => [r.label, r.days, [{ text: r.range, bold: true }]]),
      { size: 8.5, zebra: true },
    );
    L.paragraph(t("appendix.feesNote"), styles.muted);
  }
  h2(ctx, t("appendix.dates"));
  L.table(
    [
      { header: t("timeline.milestone"), width: 70 },
      { header: t("timeline.framework"), width: 34 },
      { header: t("timeline.when"), width: contentWidth - 104 },
    ],
    appendix.dates.map((r) => [r.label, r.framework, r.when]),
    { size: 8.5, zebra: true },
  );
}
