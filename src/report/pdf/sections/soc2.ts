/** SOC 2: the first report, the path, the observation period, why each category is in scope, and the milestones. */
import { facts, h1, h2, timelineTable } from "../blocks.ts";
import { colours, contentWidth, type PdfContext, styles } from "../context.ts";

export function drawSoc2(ctx: PdfContext): void {
  const { L, model, t, n } = ctx;
  h1(ctx, ctx.nextNumber(), t("soc2.title"));
  facts(ctx, [
    [t("soc2.firstReport"), [{ text: model.soc2.firstReport, bold: true }]],
    [t("soc2.path"), model.soc2.path],
    [t("soc2.observation"), t("soc2.months", { months: n(model.soc2.observationMonths) })],
    [t("soc2.criteria"), t("soc2.criteriaTotal", { count: n(model.soc2.criteriaCount) })],
  ]);
  h2(ctx, t("soc2.why"));
  L.list(model.soc2.reasons, styles.body);
  h2(ctx, t("soc2.criteria"));
  L.table(
    [
      { header: t("soc2.category"), width: 42 },
      { header: t("soc2.inScope"), width: 18 },
      { header: t("soc2.criteriaCount"), width: 18, align: "right" },
      { header: t("soc2.reason"), width: contentWidth - 78 },
    ],
    model.soc2.categories.map((c) => [
      [{ text: c.label, bold: true }],
      [{ text: c.included ? t("soc2.yes") : t("soc2.no"), color: c.included ? colours.brand : colours.muted }],
      n(c.count),
      c.reasons.join(" "),
    ]),
    { size: 8.5, zebra: true },
  );
  timelineTable(ctx, "soc2");
}
