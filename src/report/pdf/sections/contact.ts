/** Next steps and contact: the next steps (without the answers), the firm's details and its professional standing. */
import { standingLines } from "../../../lib/firm-standing.ts";
import { facts, h1 } from "../blocks.ts";
import { type PdfContext, styles } from "../context.ts";

export function drawContact(ctx: PdfContext): void {
  const { L, model, firm, locale, t } = ctx;
  const { body } = styles;
  h1(ctx, ctx.nextNumber(), t("next.contact"));
  if (!model.plan) L.list([t("next.1"), t("next.2"), t("next.3")], body, { numbered: true });
  else L.paragraph(t("next.3"), body);
  facts(ctx, [
    ["", [{ text: firm.name[locale], bold: true }]],
    [t("next.address"), firm.address[locale]],
    [t("next.email"), firm.email],
    [t("next.phone"), firm.phone],
    [t("next.website"), firm.siteUrl],
  ]);
  L.list(standingLines(firm, locale), styles.muted);
}
