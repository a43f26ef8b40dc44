/** Appendix A, on a page of its own: the evidence request list (only with the answers). Returns whether it was drawn. */
import { h1 } from "../blocks.ts";
import { colours, contentWidth, type PdfContext, styles } from "../context.ts";

export function drawEvidenceAppendix(ctx: PdfContext): boolean {
  const { L, model, t } = ctx;
  const plan = model.plan;
  if (!plan || plan.evidence.length === 0) return false;
  L.flush(0);
  L.newPage();
  h1(ctx, "A", t("evidence.title"));
  L.paragraph(t("evidence.intro"), styles.body, { after: 2 });
  L.table(
    [
      { header: t("evidence.control"), width: 66 },
      { header: t("evidence.refs"), width: 24 },
      { header: t("evidence.period"), width: 38 },
      { header: t("evidence.due"), width: 22 },
      { header: t("evidence.owner"), width: contentWidth - 150 },
    ],
    plan.evidence.map((row) => [
      [
        { text: row.control, bold: true },
        { text: row.evidence, size: 7.5, color: colours.muted },
      ],
      row.refs || "–",
      row.period,
      row.due,
      "",
    ]),
    { size: 7.5, zebra: true },
  );
  return true;
}
