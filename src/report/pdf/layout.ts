/**
 * A small typesetter on top of jsPDF for the gap report: font runs (Helvetica for Latin text, embedded TrueType fonts
 * for everything else), line breaking for English (between words) and Chinese (after W3C clreq, with the site's rules
 * from src/lib/cjk.ts: between characters, keeping closing punctuation off line starts and opening brackets off line
 * ends, no single Han character alone on a paragraph's last line, and between words only where asked, for headings),
 * page flow with keep-with-next headings, and tables whose rows move or split across pages under a repeated header
 * row. Units are millimetres; font sizes are points. Colours are the design tokens' light theme (src/theme/pdf.ts).
 */
import type { jsPDF } from "jspdf";
import { isCjk, noLineEnd, noLineStart, wordStarts } from "../../lib/cjk.ts";
import { pdfPalette, type Rgb } from "../../theme/pdf.ts";
import { normaliseText, winAnsiCovers } from "./fonts.ts";

export type { Rgb };

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
}

/** A font the typesetter can draw with: the standard Helvetica, or an embedded TrueType font and its code points. */
export type FontSlot =
  | { readonly kind: "standard"; readonly family: "helvetica" }
  | { readonly kind: "embedded"; readonly family: string; readonly codePoints: ReadonlySet<number> };

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Column {
  readonly header: string;
  readonly width: number;
  readonly align?: "left" | "right";
}

export interface CellPart {
  readonly text: string;
  readonly bold?: boolean;
  readonly color?: Rgb;
  readonly size?: number;
  /** A marker (e.g. "•") drawn in a hanging indent before the first line. */
  readonly marker?: string;
  /** Extra space above this part, mm. */
  readonly gapBefore?: number;
}

export type Cell = string | readonly CellPart[];

export interface TableOptions {
  readonly size: number;
  readonly header?: boolean;
  readonly zebra?: boolean;
  /** Style for body cells of a given row (e.g. a bold total row). */
  readonly rowStyle?: (row: number) => { bold?: boolean; fill?: Rgb } | undefined;
  readonly x?: number;
}

export const PT = 25.4 / 72;

export const colours = {
  ink: pdfPalette.ink,
  muted: pdfPalette.muted,
  brand: pdfPalette.brand,
  brandSoft: pdfPalette.noticeBg,
  accent: pdfPalette.accent,
  soft: pdfPalette.soft,
  line: pdfPalette.line,
  white: pdfPalette.white,
} as const satisfies Record<string, Rgb>;

interface Atom {
  text: string;
  trail: string;
}

/**
 * Splits a paragraph into pieces a line may not break inside; `trail` holds the spaces after a piece. Chinese text
 * may break before any character (`keepWords`: only between words), never before closing or after opening
 * punctuation.
 */
export function atomise(text: string, keepWords = false): Atom[] {
  const out: Atom[] = [];
  const starts = keepWords ? wordStarts(text) : undefined;
  let current: Atom | undefined;
  let glueNext = false;
  let lastAnywhere = false;
  let offset = 0;
  for (const char of text) {
    const at = offset;
    offset += char.length;
    if (char === " ") {
      if (current) current.trail += " ";
      glueNext = false;
      continue;
    }
    const anywhere = isCjk(char);
    const boundary = (anywhere || lastAnywhere) && (!starts || starts.has(at));
    const startNew =
      current === undefined || (!glueNext && (current.trail !== "" || (!noLineStart.has(char) && boundary)));
    if (startNew || !current) {
      current = { text: char, trail: "" };
      out.push(current);
    } else {
      current.text += current.trail + char;
      current.trail = "";
    }
    glueNext = noLineEnd.has(char);
    lastAnywhere = anywhere;
  }
  return out;
}

/** One Han character, possibly with closing punctuation glued to it: too little for a last line on its own. */
function isLoneCharacter(atom: Atom): boolean {
  const letters = Array.from(atom.text).filter((char) => !noLineStart.has(char));
  return letters.length === 1 && isCjk(letters[0] ?? "");
}

export interface Layout {
  readonly doc: jsPDF;
  readonly frame: Frame;
  y: number;
  lineHeight(size: number): number;
  width(text: string, style: TextStyle): number;
  /** Lines of `text` at most `maxWidth` wide; `keepWords` breaks Chinese between words only (headings). */
  wrap(text: string, maxWidth: number, style: TextStyle, options?: { keepWords?: boolean }): string[];
  draw(text: string, x: number, y: number, style: TextStyle, align?: "left" | "right" | "center"): void;
  /** Baseline of a line of this size whose line box starts at `top`. */
  baseline(top: number, size: number): number;
  newPage(): void;
  /** Starts a new page when `height` does not fit below the cursor; true when it did. */
  ensure(height: number): boolean;
  /**
   * Holds a heading (its height includes the space above it) until the next block is drawn, so that a heading
   * never sits alone at the foot of a page. Consecutive headings are held together.
   */
  keepWithNext(height: number, draw: () => void): void;
  /** Draws the held heading(s), on a new page unless they and the first `next` mm of the following block fit. */
  flush(next: number): void;
  /** Wrapped text in the frame (or at `indent`), page by page. */
  paragraph(text: string, style: TextStyle, options?: { indent?: number; after?: number; keepLines?: number }): void;
  list(items: readonly string[], style: TextStyle, options?: { numbered?: boolean; after?: number }): void;
  table(columns: readonly Column[], rows: readonly (readonly Cell[])[], options: TableOptions): void;
  rect(x: number, y: number, w: number, h: number, fill: Rgb): void;
  rule(x1: number, y1: number, x2: number, y2: number, colour: Rgb, width?: number, dash?: number[]): void;
  pageCount(): number;
}

export function createLayout(
  doc: jsPDF,
  slots: readonly FontSlot[],
  frame: Frame,
  options: { lineFactor: number; onNewPage?: () => void },
): Layout {
  const unitWidths = new Map<string, number>();
  let currentFont = "";

  const slotFor = (cp: number): number => {
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      if (!slot) continue;
      if (slot.kind === "standard" ? winAnsiCovers(cp) : slot.codePoints.has(cp)) return i;
    }
    return -1;
  };

  const useFont = (slot: FontSlot, bold: boolean) => {
    const style = slot.kind === "standard" && bold ? "bold" : "normal";
    const key = `${slot.family}/${style}`;
    if (key !== currentFont) {
      doc.setFont(slot.family, style);
      currentFont = key;
    }
  };

  /** Runs of characters drawn with the same font; characters no font has become "?". */
  const runs = (text: string): { slot: number; text: string }[] => {
    const out: { slot: number; text: string }[] = [];
    for (const raw of text) {
      let char = raw;
      let slot = slotFor(char.codePointAt(0) ?? 0);
      if (slot < 0) {
        char = "?";
        slot = slotFor(0x3f);
      }
      const last = out.at(-1);
      if (last && last.slot === slot) last.text += char;
      else out.push({ slot, text: char });
    }
    return out;
  };

  const unitWidth = (slotIndex: number, bold: boolean, char: string): number => {
    const slot = slots[slotIndex];
    if (!slot) return 0.5;
    const realBold = slot.kind === "standard" && bold;
    const key = `${slotIndex}${realBold ? "b" : "n"}${char}`;
    let value = unitWidths.get(key);
    if (value === undefined) {
      useFont(slot, bold);
      value = doc.getStringUnitWidth(char);
      unitWidths.set(key, value);
    }
    return value;
  };

  const width = (text: string, style: TextStyle): number => {
    let units = 0;
    for (const run of runs(normaliseText(text))) {
      for (const char of run.text) units += unitWidth(run.slot, style.bold ?? false, char);
    }
    return units * style.size * PT;
  };

  const lineHeight = (size: number) => size * PT * options.lineFactor;
  const baseline = (top: number, size: number) => top + lineHeight(size) / 2 + 0.34 * size * PT;

  const draw = (text: string, x: number, y: number, style: TextStyle, align: "left" | "right" | "center" = "left") => {
    const clean = normaliseText(text);
    let cursor = x;
    if (align !== "left") {
      const w = width(clean, style);
      cursor = align === "right" ? x - w : x - w / 2;
    }
    const colour = style.color ?? colours.ink;
    doc.setTextColor(colour[0], colour[1], colour[2]);
    doc.setFontSize(style.size);
    for (const run of runs(clean)) {
      const slot = slots[run.slot];
      if (!slot) continue;
      useFont(slot, style.bold ?? false);
      // Embedded fonts come in one weight: bold is the outline stroked over the fill.
      const faux = slot.kind === "embedded" && (style.bold ?? false);
      if (faux) {
        doc.setDrawColor(colour[0], colour[1], colour[2]);
        doc.setLineWidth(style.size * PT * 0.035);
      }
      doc.text(run.text, cursor, y, { baseline: "alphabetic", renderingMode: faux ? "fillThenStroke" : "fill" });
      let units = 0;
      for (const char of run.text) units += unitWidth(run.slot, style.bold ?? false, char);
      cursor += units * style.size * PT;
    }
  };

  const wrap = (text: string, maxWidth: number, style: TextStyle, wrapOptions: { keepWords?: boolean } = {}) => {
    const lines: string[] = [];
    const fits = (w: number) => w <= maxWidth + 0.01;
    for (const paragraph of normaliseText(text).split("\n")) {
      const rows: { atoms: Atom[]; width: number }[] = [];
      let row: { atoms: Atom[]; width: number } = { atoms: [], width: 0 };
      const gapAfter = (atom: Atom | undefined) => (atom?.trail ? width(atom.trail, style) : 0);
      const place = (atom: Atom, w: number) => {
        const gap = gapAfter(row.atoms.at(-1));
        if (row.atoms.length > 0 && !fits(row.width + gap + w)) {
          rows.push(row);
          row = { atoms: [atom], width: w };
        } else {
          row.atoms.push(atom);
          row.width += gap + w;
        }
      };
      for (const atom of atomise(paragraph, wrapOptions.keepWords)) {
        const w = width(atom.text, style);
        if (fits(w)) {
          place(atom, w);
          continue;
        }
        // Longer than a line (a URL): break between its characters.
        const chars = Array.from(atom.text);
        for (const [i, char] of chars.entries()) {
          place({ text: char, trail: i === chars.length - 1 ? atom.trail : "" }, width(char, style));
        }
      }
      rows.push(row);
      // No single Han character alone on the last line: bring the previous line's last piece down with it.
      const last = rows.at(-1);
      const previous = rows.at(-2);
      if (last && previous && last.atoms.length === 1 && previous.atoms.length > 1 && last.atoms[0]) {
        const candidate = previous.atoms.at(-1) as Atom;
        if (isLoneCharacter(last.atoms[0]) && fits(width(candidate.text, style) + gapAfter(candidate) + last.width)) {
          previous.atoms.pop();
          last.atoms.unshift(candidate);
        }
      }
      for (const r of rows)
        lines.push(r.atoms.map((a, i) => a.text + (i < r.atoms.length - 1 ? a.trail : "")).join(""));
    }
    return lines;
  };

  const rect = (x: number, y: number, w: number, h: number, fill: Rgb) => {
    doc.setFillColor(fill[0], fill[1], fill[2]);
    doc.rect(x, y, w, h, "F");
  };

  const rule = (x1: number, y1: number, x2: number, y2: number, colour: Rgb, lineWidth = 0.2, dash?: number[]) => {
    doc.setDrawColor(colour[0], colour[1], colour[2]);
    doc.setLineWidth(lineWidth);
    if (dash) doc.setLineDashPattern(dash, 0);
    doc.line(x1, y1, x2, y2);
    if (dash) doc.setLineDashPattern([], 0);
  };

  let held: { height: number; draw: () => void } | undefined;
  const layout: Layout = {
    doc,
    frame,
    y: frame.top,
    lineHeight,
    width,
    wrap,
    draw,
    baseline,
    rect,
    rule,
    pageCount: () => doc.getNumberOfPages(),
    newPage() {
      doc.addPage("a4", "portrait");
      currentFont = "";
      layout.y = frame.top;
      options.onNewPage?.();
    },
    ensure(height) {
      if (layout.y + height <= frame.bottom + 0.01) return false;
      layout.newPage();
      return true;
    },
    keepWithNext(height, drawHeading) {
      const before = held;
      held = before
        ? {
            height: before.height + height,
            draw: () => {
              before.draw();
              drawHeading();
            },
          }
        : { height, draw: drawHeading };
    },
    flush(next) {
      if (!held) return;
      const heading = held;
      held = undefined;
      layout.ensure(heading.height + next);
      heading.draw();
    },
    paragraph(text, style, opts = {}) {
      const indent = opts.indent ?? 0;
      const lines = wrap(text, frame.right - frame.left - indent, style);
      const lh = lineHeight(style.size);
      // Keep the first lines of a paragraph together (no single line left at a page bottom).
      layout.flush(lh * Math.min(lines.length, opts.keepLines ?? 2));
      layout.ensure(lh * Math.min(lines.length, opts.keepLines ?? 2));
      for (const line of lines) {
        layout.ensure(lh);
        draw(line, frame.left + indent, baseline(layout.y, style.size), style);
        layout.y += lh;
      }
      layout.y += opts.after ?? 1.5;
    },
    list(items, style, opts = {}) {
      const lh = lineHeight(style.size);
      const markerWidth = opts.numbered ? width(`${items.length}.`, style) + 2 : 4;
      items.forEach((item, index) => {
        const lines = wrap(item, frame.right - frame.left - markerWidth, style);
        layout.flush(lh * Math.min(lines.length, 2));
        layout.ensure(lh * Math.min(lines.length, 2));
        lines.forEach((line, i) => {
          layout.ensure(lh);
          const base = baseline(layout.y, style.size);
          if (i === 0) {
            const marker = opts.numbered ? `${index + 1}.` : "•";
            draw(marker, frame.left, base, opts.numbered ? style : { ...style, color: colours.brand });
          }
          draw(line, frame.left + markerWidth, base, style);
          layout.y += lh;
        });
        layout.y += 0.8;
      });
      layout.y += opts.after ?? 1.5;
    },
    table(columns, rows, opts) {
      drawTable(layout, columns, rows, opts);
    },
  };
  return layout;
}

interface CellLine {
  text: string;
  style: TextStyle;
  indent: number;
  marker?: string;
  height: number;
  gapBefore: number;
}

const padX = 1.8;
const padY = 1.3;

function cellLines(layout: Layout, cell: Cell, width: number, base: TextStyle): CellLine[] {
  const parts: readonly CellPart[] = typeof cell === "string" ? [{ text: cell }] : cell;
  const out: CellLine[] = [];
  for (const part of parts) {
    const style: TextStyle = {
      size: part.size ?? base.size,
      bold: part.bold ?? base.bold ?? false,
      color: part.color ?? base.color ?? colours.ink,
    };
    const indent = part.marker ? 3 : 0;
    const lines = layout.wrap(part.text, width - indent, style);
    lines.forEach((text, i) => {
      out.push({
        text,
        style,
        indent,
        ...(i === 0 && part.marker ? { marker: part.marker } : {}),
        height: layout.lineHeight(style.size),
        gapBefore: i === 0 && out.length > 0 ? (part.gapBefore ?? 0.8) : 0,
      });
    });
  }
  return out;
}

function drawTable(
  layout: Layout,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  opts: TableOptions,
): void {
  const x0 = opts.x ?? layout.frame.left;
  const totalWidth = columns.reduce((sum, c) => sum + c.width, 0);
  const headerStyle: TextStyle = { size: opts.size, bold: true, color: colours.brand };
  const header =
    opts.header === false ? null : columns.map((c) => cellLines(layout, c.header, c.width - 2 * padX, headerStyle));
  const headerHeight = header ? Math.max(...header.map(heightOf)) + 2 * padY : 0;

  const drawHeader = () => {
    if (!header) return;
    layout.rect(x0, layout.y, totalWidth, headerHeight, colours.brandSoft);
    drawCells(layout, columns, header, x0, layout.y);
    layout.y += headerHeight;
    layout.rule(x0, layout.y, x0 + totalWidth, layout.y, colours.brand, 0.3);
  };

  const firstRow = rows[0] ? rowLines(layout, columns, rows[0], opts, 0) : [];
  const start = headerHeight + Math.min(Math.max(0, ...firstRow.map(heightOf)) + 2 * padY, 40);
  layout.flush(start);
  layout.ensure(start);
  drawHeader();

  rows.forEach((row, r) => {
    const lines = r === 0 ? firstRow : rowLines(layout, columns, row, opts, r);
    const fill = opts.rowStyle?.(r)?.fill ?? (opts.zebra && r % 2 === 1 ? colours.soft : undefined);
    const full = Math.max(...lines.map(heightOf)) + 2 * padY;
    const pageRoom = layout.frame.bottom - layout.frame.top - headerHeight;
    if (layout.y + full > layout.frame.bottom && full <= pageRoom) {
      layout.newPage();
      drawHeader();
    }
    // Draw the row, continuing on the next page when it is taller than a whole page.
    const next = lines.map(() => 0);
    while (next.some((n, c) => n < (lines[c]?.length ?? 0))) {
      const room = layout.frame.bottom - layout.y - 2 * padY;
      const take = lines.map((cell, c) => {
        let h = 0;
        let n = next[c] ?? 0;
        while (n < cell.length) {
          const line = cell[n];
          if (!line) break;
          const lh = line.height + (n === next[c] ? 0 : line.gapBefore);
          if (h + lh > room) break;
          h += lh;
          n++;
        }
        return { end: n, height: h };
      });
      if (take.every((t, c) => t.end === next[c])) {
        layout.newPage();
        drawHeader();
        continue;
      }
      const h = Math.max(...take.map((t) => t.height)) + 2 * padY;
      if (fill) layout.rect(x0, layout.y, totalWidth, h, fill);
      drawCells(
        layout,
        columns,
        lines.map((cell, c) => cell.slice(next[c], take[c]?.end)),
        x0,
        layout.y,
      );
      layout.y += h;
      layout.rule(x0, layout.y, x0 + totalWidth, layout.y, colours.line, 0.2);
      take.forEach((t, c) => {
        next[c] = t.end;
      });
      if (next.some((n, c) => n < (lines[c]?.length ?? 0))) {
        layout.newPage();
        drawHeader();
      }
    }
  });
  layout.y += 3;
}

function heightOf(lines: readonly CellLine[]): number {
  return lines.reduce((sum, line, i) => sum + line.height + (i === 0 ? 0 : line.gapBefore), 0);
}

function rowLines(
  layout: Layout,
  columns: readonly Column[],
  row: readonly Cell[],
  opts: TableOptions,
  r: number,
): CellLine[][] {
  const base: TextStyle = { size: opts.size, bold: opts.rowStyle?.(r)?.bold ?? false };
  return columns.map((column, c) => cellLines(layout, row[c] ?? "", column.width - 2 * padX, base));
}

function drawCells(
  layout: Layout,
  columns: readonly Column[],
  cells: readonly CellLine[][],
  x0: number,
  top: number,
): void {
  let x = x0;
  columns.forEach((column, c) => {
    let y = top + padY;
    (cells[c] ?? []).forEach((line, i) => {
      if (i > 0) y += line.gapBefore;
      const base = layout.baseline(y, line.style.size);
      if (line.marker) layout.draw(line.marker, x + padX, base, { ...line.style, color: colours.brand });
      if (column.align === "right") layout.draw(line.text, x + column.width - padX, base, line.style, "right");
      else layout.draw(line.text, x + padX + line.indent, base, line.style);
      y += line.height;
    });
    x += column.width;
  });
}
