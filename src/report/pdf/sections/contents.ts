/** The cover's contents: each section's number, title, a dotted leader and its page. Drawn after every section. */
import { type ContentsEntry, colours, frame } from "../context.ts";
import type { Layout } from "../layout.ts";

export function drawContents(L: Layout, title: string, entries: readonly ContentsEntry[], top: number): void {
  const size = 9.5;
  const lh = L.lineHeight(size) + 0.6;
  L.draw(title, frame.left, L.baseline(top, 11), { size: 11, bold: true, color: colours.brand });
  let y = top + L.lineHeight(11) + 1.5;
  for (const entry of entries) {
    const base = L.baseline(y, size);
    L.draw(entry.number, frame.left, base, { size, bold: true, color: colours.accent });
    const titleWidth = L.width(entry.title, { size });
    L.draw(entry.title, frame.left + 8, base, { size });
    L.draw(String(entry.page), frame.right, base, { size, color: colours.muted }, "right");
    L.rule(frame.left + 10 + titleWidth, base - 0.6, frame.right - 8, base - 0.6, colours.line, 0.25, [0.4, 0.9]);
    y += lh;
  }
}
