/**
 * The report's building blocks on top of the typesetter (layout.ts: wrapping, CJK line breaking, keep-with-next,
 * tables with repeated headers): numbered section headings that add to the contents, subheadings, label–value
 * tables, links, balanced title lines and the milestone table the SOC 2 and ISO/IEC 42001 sections share.
 */
import { colours, contentWidth, frame, type PdfContext, styles } from "./context.ts";
import type { Cell, Layout, TextStyle } from "./layout.ts";

/** A numbered section heading, kept with what follows and listed in the contents. */
export function h1(ctx: PdfContext, number: string, title: string): void {
  const { L, doc } = ctx;
  const size = 15;
  const lh = L.lineHeight(size);
  const lines = L.wrap(title, contentWidth - 10, { size, bold: true }, { keepWords: true });
  L.keepWithNext(5 + lines.length * lh + 4, () => {
    if (L.y > frame.top) L.y += 5;
    ctx.contents.push({ number, title, page: doc.getNumberOfPages() });
    lines.forEach((line, i) => {
      const base = L.baseline(L.y, size);
      if (i === 0) L.draw(number, frame.left, base, { size, bold: true, color: colours.accent });
      L.draw(line, frame.left + 10, base, { size, bold: true, color: colours.brand });
      L.y += lh;
    });
    L.rule(frame.left, L.y + 0.8, frame.right, L.y + 0.8, colours.brand, 0.4);
    L.y += 4;
  });
}

/** A subheading, kept with what follows. */
export function h2(ctx: PdfContext, title: string): void {
  const { L } = ctx;
  const size = 11;
  const lh = L.lineHeight(size);
  const lines = L.wrap(title, contentWidth, { size, bold: true }, { keepWords: true });
  L.keepWithNext(3 + lines.length * lh + 1, () => {
    if (L.y > frame.top) L.y += 3;
    for (const line of lines) {
      L.draw(line, frame.left, L.baseline(L.y, size), { size, bold: true, color: colours.brand });
      L.y += lh;
    }
    L.y += 1;
  });
}

/** A two-column table without a header: muted labels, then their values. */
export function facts(ctx: PdfContext, rows: readonly (readonly [string, Cell])[], labelWidth = 52): void {
  ctx.L.table(
    [
      { header: "", width: labelWidth },
      { header: "", width: contentWidth - labelWidth },
    ],
    rows.map(([label, value]) => [[{ text: label, color: colours.muted }], value]),
    { size: 9, header: false },
  );
}

/** "Label: https://…", wrapped, every line clickable. */
export function link(ctx: PdfContext, label: string, url: string): void {
  const { L, doc } = ctx;
  const { small } = styles;
  const lines = L.wrap(`${label}${ctx.colon}${url}`, contentWidth, small);
  const lh = L.lineHeight(small.size);
  L.flush(lh * lines.length);
  L.ensure(lh * lines.length);
  for (const line of lines) {
    L.draw(line, frame.left, L.baseline(L.y, small.size), { ...small, color: colours.brand });
    doc.link(frame.left, L.y, L.width(line, small), lh, { url });
    L.y += lh;
  }
  L.y += 1.5;
}

/** The milestones of one framework, under a "Timeline" subheading; nothing when it has none. */
export function timelineTable(ctx: PdfContext, framework: "soc2" | "iso42001"): void {
  const { L, t, model } = ctx;
  const milestones = model.timeline.filter((m) => m.frameworkId === framework);
  if (!milestones.length) return;
  h2(ctx, t("timeline.title"));
  L.table(
    [
      { header: t("timeline.milestone"), width: 90 },
      { header: t("timeline.when"), width: contentWidth - 90 },
    ],
    milestones.map((m) => [m.label, m.when]),
    { size: 8.5, zebra: true },
  );
}

/** Wraps into as few lines as `maxWidth` allows, with the lines as even as possible (no one-word last line). */
export function balancedWrap(L: Layout, text: string, maxWidth: number, style: TextStyle): string[] {
  const keepWords = { keepWords: true };
  const count = L.wrap(text, maxWidth, style, keepWords).length;
  if (count < 2) return L.wrap(text, maxWidth, style, keepWords);
  let low = maxWidth / count;
  let high = maxWidth;
  for (let i = 0; i < 12; i++) {
    const mid = (low + high) / 2;
    if (L.wrap(text, mid, style, keepWords).length > count) low = mid;
    else high = mid;
  }
  return L.wrap(text, high, style, keepWords);
}
