/** The gap register: one row per finding with its priority, severity, domain, references, HK expectations, evidence. */
import { h1 } from "../blocks.ts";
import { colours, contentWidth, type PdfContext, severityColours, styles } from "../context.ts";
import type { Cell, CellPart } from "../layout.ts";

export function drawGaps(ctx: PdfContext): void {
  const { L, model, t, n, zh } = ctx;
  h1(ctx, ctx.nextNumber(), t("gaps.title"));
  if (!model.gaps.length) {
    L.paragraph(t("gaps.none"), styles.body);
    return;
  }
  const list = (items: readonly string[]): Cell =>
    items.length ? items.map((text) => ({ text, marker: "•", gapBefore: 0.4 })) : "–";
  // Chinese text is denser than the references: the finding column gets the room the reference columns do not need.
  const widths = zh ? [13, 62, 25, 26] : [15, 48, 27, 30];
  L.table(
    [
      { header: t("gaps.priority"), width: widths[0] ?? 15 },
      { header: t("gaps.finding"), width: widths[1] ?? 48 },
      { header: t("gaps.criteria"), width: widths[2] ?? 27 },
      { header: t("gaps.hkExpectations"), width: widths[3] ?? 30 },
      { header: t("gaps.evidence"), width: contentWidth - widths.reduce((a, b) => a + b, 0) },
    ],
    model.gaps.map((g) => {
      const finding: CellPart[] = [
        { text: g.finding, bold: true },
        { text: g.domain, size: 7.5, color: colours.muted },
      ];
      if (g.unknown) finding.push({ text: t("gaps.unknown"), size: 7.5, color: colours.accent });
      const refs: CellPart[] = [];
      if (g.tsc.length) refs.push({ text: `SOC 2: ${g.tsc.join(", ")}` });
      if (g.iso.length) refs.push({ text: `ISO/IEC 42001: ${g.iso.join(", ")}` });
      return [
        [
          { text: n(g.priority), bold: true, size: 10 },
          { text: g.severity, size: 7.5, bold: true, color: severityColours[g.severityId] ?? colours.muted },
        ],
        finding,
        refs.length ? refs : "–",
        list(g.hk),
        g.evidence,
      ];
    }),
    { size: 8, zebra: true },
  );
}
