/**
 * An A4 jsPDF document set up for the firm's PDFs (the gap report and the fee proposal): Helvetica for Latin text
 * outside Chinese, the Noto Sans HK subsets passed in embedded after it (each character is drawn with the first font
 * that has it), and the typesetter over the page frame with the language's line height. jsPDF loads only here.
 */
import type { jsPDF as JsPdf } from "jspdf";
import { type Locale, script } from "../../i18n/locales.ts";
import { frame } from "./context.ts";
import { binaryString, fontCodePoints } from "./fonts.ts";
import { createLayout, type FontSlot, type Layout } from "./layout.ts";

/** A TrueType font (glyf outlines) for text Helvetica cannot draw. */
export interface PdfFont {
  readonly data: Uint8Array;
  /** The code points it maps; read from the font when absent. */
  readonly codePoints?: ReadonlySet<number>;
}

export async function openA4Document(
  locale: Locale,
  fonts: readonly PdfFont[] = [],
): Promise<{ readonly doc: JsPdf; readonly L: Layout }> {
  const han = script[locale] === "han";
  const { jsPDF } = await import("jspdf");
  const doc: JsPdf = new jsPDF({ unit: "mm", format: "a4", compress: true, putOnlyUsedFonts: true });
  const slots: FontSlot[] = han ? [] : [{ kind: "standard", family: "helvetica" }];
  fonts.forEach((font, i) => {
    const family = `NotoSansHK${i}`;
    doc.addFileToVFS(`${family}.ttf`, binaryString(font.data));
    doc.addFont(`${family}.ttf`, family, "normal", "Identity-H");
    slots.push({ kind: "embedded", family, codePoints: font.codePoints ?? fontCodePoints(font.data) });
  });
  return { doc, L: createLayout(doc, slots, frame, { lineFactor: han ? 1.62 : 1.42 }) };
}
