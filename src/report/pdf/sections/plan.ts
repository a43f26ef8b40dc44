/** "Your plan": one page of its own with the roadmap as a Gantt chart (gantt.ts) and the phases (only with the answers). */
import { h1 } from "../blocks.ts";
import { colours, contentWidth, type PdfContext, styles } from "../context.ts";
import { drawGantt } from "./gantt.ts";

export function drawPlan(ctx: PdfContext): void {
  const { L, model, t, n, locale } = ctx;
  const plan = model.plan;
  if (!plan) return;
  L.flush(0);
  L.newPage();
  h1(ctx, ctx.nextNumber(), t("plan.title"));
  L.paragraph(t("plan.intro"), styles.body, { after: 1.5 });
  drawGantt(L, model, plan, locale);
  L.paragraph(t("plan.chartCaption"), styles.muted, { after: 2 });
  if (plan.phases.length) {
    L.table(
      [
        { header: t("plan.phase"), width: 58 },
        { header: t("plan.due"), width: 40 },
        { header: t("plan.findings"), width: contentWidth - 98 },
      ],
      plan.phases.map((phase) => [
        [{ text: phase.title, bold: true }],
        phase.dueText,
        [
          ...phase.findings.slice(0, 3).map((text) => ({ text, marker: "•", gapBefore: 0.3 })),
          ...(phase.findings.length > 3
            ? [{ text: t("plan.more", { count: n(phase.findings.length - 3) }), color: colours.muted }]
            : []),
        ],
      ]),
      { size: 8, zebra: true },
    );
  }
  // The plan is a page of its own.
  L.flush(0);
  L.newPage();
}
