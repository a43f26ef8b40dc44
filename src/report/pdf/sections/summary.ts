/**
 * The executive summary: the overall score in a band-coloured box, where the client stands per framework, the first
 * estimate and missing answers, the outlook and next steps (with the answers), the top findings and the blockers.
 */
import { pdfPalette } from "../../../theme/pdf.ts";
import { facts, h1, h2 } from "../blocks.ts";
import { bandColours, colours, contentWidth, frame, type PdfContext, styles } from "../context.ts";

export function drawSummary(ctx: PdfContext): void {
  const { L, model, t, n, sc, scoreAndBand } = ctx;
  const { body, small, muted } = styles;
  const plan = model.plan;
  h1(ctx, ctx.nextNumber(), t("summary.title"));
  const s = model.summary;
  const colour = bandColours[s.bandId] ?? colours.brand;
  const textX = frame.left + 50;
  const summaryLines = L.wrap(s.bandSummary, frame.right - textX - 5, body);
  const boxHeight = Math.max(28, 14 + summaryLines.length * L.lineHeight(body.size));
  L.flush(boxHeight);
  const top = L.y;
  L.rect(frame.left, top, contentWidth, boxHeight, colours.soft);
  L.rect(frame.left, top, 1.5, boxHeight, colour);
  L.draw(t("summary.overall"), frame.left + 6, L.baseline(top + 3, 8.5), muted);
  const score = sc(s.overall);
  L.draw(score, frame.left + 6, top + 19, { size: 28, bold: true, color: colour });
  L.draw(" / 100", frame.left + 6 + L.width(score, { size: 28, bold: true }), top + 19, {
    size: 11,
    color: colours.muted,
  });
  L.draw(s.band, textX, L.baseline(top + 3, 12), { size: 12, bold: true, color: colour });
  summaryLines.forEach((line, i) => {
    L.draw(line, textX, L.baseline(top + 10 + i * L.lineHeight(body.size), body.size), body);
  });
  L.y = top + boxHeight + 4;
  if (!s.complete) L.paragraph(t("report.incomplete"), { ...small, color: pdfPalette.notice });
  facts(ctx, [
    [t("summary.overall"), [{ text: scoreAndBand(s.overall, s.band), bold: true }]],
    [t("summary.soc2"), scoreAndBand(s.soc2.score, s.soc2.band)],
    ...(s.iso ? [[t("summary.iso"), scoreAndBand(s.iso.score, s.iso.band)] as const] : []),
    [t("summary.path"), [{ text: s.path, bold: true }]],
    [t("soc2.firstReport"), model.soc2.firstReport],
    [t("soc2.observation"), t("soc2.months", { months: n(model.soc2.observationMonths) })],
  ]);
  if (plan?.quickOnly) L.paragraph(t("summary.firstEstimate"), { ...small, color: colours.accent });
  if (plan?.missing.length) {
    h2(ctx, t("summary.missing"));
    L.list(plan.missing, small);
  }
  if (plan) {
    h2(ctx, t("summary.outlook"));
    for (const framework of plan.outlook) {
      L.paragraph(framework.framework, { ...body, bold: true, color: colours.brand }, { after: 0.5 });
      L.list(framework.sentences, body);
    }
    h2(ctx, t("summary.nextSteps"));
    L.list(
      plan.nextSteps.map((step) => (step.findings.length ? `${step.text} ${step.findings.join(" ")}` : step.text)),
      body,
      { numbered: true },
    );
  }
  h2(ctx, t("summary.findings"));
  if (s.topFindings.length) L.list(s.topFindings, body, { numbered: true });
  else L.paragraph(t("summary.noFindings"), body);
  h2(ctx, t("summary.blockers"));
  if (s.blockers.length) L.list(s.blockers, body);
  else L.paragraph(t("summary.noBlockers"), body);
}
