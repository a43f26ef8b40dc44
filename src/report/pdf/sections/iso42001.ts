/**
 * ISO/IEC 42001: the role, the initial and cycle audit days, the scope reasons, days per stage and per year, and the
 * milestones; or why it does not apply.
 */
import { facts, h1, h2, timelineTable } from "../blocks.ts";
import { contentWidth, type PdfContext, styles } from "../context.ts";

export function drawIso42001(ctx: PdfContext): void {
  const { L, model, t, n } = ctx;
  const { body } = styles;
  h1(ctx, ctx.nextNumber(), t("iso.title"));
  const iso = model.iso;
  if (iso.applicable) {
    facts(ctx, [
      [t("iso.role"), [{ text: iso.role, bold: true }]],
      [t("iso.initial"), t("days.total", { days: n(iso.initial) })],
      [t("iso.cycleTotal"), t("days.total", { days: n(iso.cycleTotal) })],
    ]);
    h2(ctx, t("iso.scope"));
    L.list(iso.reasons, body);
    h2(ctx, t("iso.perStage"));
    L.table(
      [
        { header: t("iso.stage"), width: 100 },
        { header: t("iso.year"), width: 30, align: "right" },
        { header: t("iso.days"), width: contentWidth - 130, align: "right" },
      ],
      [...iso.rows.map((r) => [r.label, n(r.year), n(r.days)]), [t("iso.cycleTotal"), "1–3", n(iso.cycleTotal)]],
      { size: 8.5, zebra: true, rowStyle: (r) => (r === iso.rows.length ? { bold: true } : undefined) },
    );
    h2(ctx, t("iso.perYear"));
    L.table(
      [
        { header: t("iso.year"), width: 100 },
        { header: t("iso.days"), width: contentWidth - 100, align: "right" },
      ],
      iso.years.map((row) => [t("iso.yearN", { year: n(row.year) }), n(row.days)]),
      { size: 8.5, zebra: true },
    );
    timelineTable(ctx, "iso42001");
  } else {
    L.paragraph(t("iso.notApplicable"), { ...body, bold: true });
    L.list(iso.reasons, body);
  }
}
