/** The Hong Kong regulatory overlay: per expectation, the regulator, what it expects, why, related gaps, the source. */
import { facts, h1, h2, link } from "../blocks.ts";
import { type PdfContext, styles } from "../context.ts";

export function drawOverlay(ctx: PdfContext): void {
  const { L, model, t, n, colon } = ctx;
  h1(ctx, ctx.nextNumber(), t("overlay.title"));
  if (!model.overlay.length) L.paragraph(t("overlay.none"), styles.body);
  for (const o of model.overlay) {
    h2(ctx, `${o.ref}${colon}${o.title}`);
    L.paragraph(`${o.regulator}${o.date ? ` · ${o.date}` : ""}`, styles.muted, { after: 1 });
    facts(
      ctx,
      [
        [t("overlay.expects"), o.expects],
        [t("overlay.why"), o.why],
        [t("gaps.title"), t("overlay.related", { gaps: n(o.gaps) })],
      ],
      34,
    );
    L.y -= 2;
    if (o.url) link(ctx, t("overlay.source"), o.url);
  }
}
