/** The back page: the report's internal details (date, method and questionnaire versions, language), the notices, the print view's address. */
import { facts, h2, link } from "../blocks.ts";
import { type PdfContext, styles } from "../context.ts";

export function drawBackPage(ctx: PdfContext): void {
  const { L, model, t, f, n } = ctx;
  const plan = model.plan;
  L.flush(0);
  L.newPage();
  h2(ctx, t("notice.title"));
  facts(ctx, [
    [t("report.date"), f.date(ctx.date)],
    [t("report.method"), model.methodVersion],
    [t("report.questionnaire"), n(model.questionnaireVersion)],
    [t("report.language"), t("report.languageName")],
  ]);
  L.list(model.notices, styles.body);
  if (plan?.printUrl) {
    L.paragraph(t("about.accessible"), styles.small, { after: 0.5 });
    link(ctx, t("report.printView"), plan.printUrl);
  }
  L.flush(0);
}
