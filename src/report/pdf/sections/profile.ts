/** "What you told us": the profile answers as a question–answer table (only with the answers). */
import { h1 } from "../blocks.ts";
import { contentWidth, type PdfContext, styles } from "../context.ts";

export function drawProfile(ctx: PdfContext): void {
  const { L, model, t, zh } = ctx;
  const plan = model.plan;
  if (!plan || plan.profile.length === 0) return;
  h1(ctx, ctx.nextNumber(), t("told.title"));
  L.paragraph(t("told.intro"), styles.muted, { after: 1.5 });
  L.table(
    [
      { header: t("told.question"), width: zh ? 100 : 104 },
      { header: t("told.answer"), width: contentWidth - (zh ? 100 : 104) },
    ],
    plan.profile.map((row) => [row.question, [{ text: row.answer, bold: true }]]),
    { size: 8.5, zebra: true },
  );
}
