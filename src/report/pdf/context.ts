/**
 * What every section of the PDF draws with: the page frame, the text styles, the palette, and a small typed context
 * (the jsPDF document, its typesetter with the layout cursor `L.y`, the report model, `t`, number and score formats,
 * and the contents the headings add to). Built once per report by `createPdfContext`; sections only read it, apart
 * from the cursor and the contents.
 */
import type { jsPDF as JsPdf } from "jspdf";
import type { Locale } from "../../i18n/locales.ts";
import type { Firm } from "../../lib/firm.ts";
import { pdfBandColours, pdfSeverityColours } from "../../theme/pdf.ts";
import type { ReportModel } from "../model.ts";
import { formatScore } from "../score-format.ts";
import { colours, type Frame, type Layout, type Rgb } from "./layout.ts";

export { colours };

export const A4 = { width: 210, height: 297 } as const;
/** The page frame: text runs from `left` to `right` and from `top` to `bottom` (the header and footer sit outside). */
export const frame: Frame = { width: A4.width, height: A4.height, left: 18, right: 192, top: 21, bottom: 279 };
export const contentWidth = frame.right - frame.left;

/** The report's text styles. */
export const styles = {
  body: { size: 9.5 },
  small: { size: 8.5 },
  muted: { size: 8.5, color: colours.muted },
} as const;

/** The readiness bands' colours: the design tokens' (src/theme/tokens.ts), as on the results page. */
export const bandColours: Partial<Record<string, Rgb>> = pdfBandColours;
export const severityColours: Record<string, Rgb> = pdfSeverityColours;

/** One line of the cover's contents: a section heading and the page it starts on. */
export interface ContentsEntry {
  readonly number: string;
  readonly title: string;
  readonly page: number;
}

export interface PdfContext {
  readonly doc: JsPdf;
  /** The typesetter; `L.y` is the layout cursor every section moves down. */
  readonly L: Layout;
  readonly model: ReportModel;
  readonly firm: Firm;
  /** The organisation's name, trimmed; undefined when none was given. */
  readonly organisation: string | undefined;
  /** The report date, YYYY-MM-DD. */
  readonly date: string;
  readonly locale: Locale;
  /** Whether the report is in Chinese (zh-HK): fuller-width punctuation, no spaces between sentences. */
  readonly zh: boolean;
  readonly t: ReportModel["t"];
  readonly f: ReportModel["format"];
  /** A number in the report's locale. */
  readonly n: (value: number) => string;
  /** A score to one decimal, as on the results page. */
  readonly sc: (value: number) => string;
  /** "72.5 / 100 (Minor gaps)", with Chinese brackets in Chinese. */
  readonly scoreAndBand: (score: number, band: string) => string;
  /** The label–value separator: ": " or "：". */
  readonly colon: string;
  /** The headings drawn so far, for the cover's contents. */
  readonly contents: ContentsEntry[];
  /** The next section number ("1", "2", …). */
  readonly nextNumber: () => string;
}

export function createPdfContext(input: {
  doc: JsPdf;
  L: Layout;
  model: ReportModel;
  firm: Firm;
  organisation: string | undefined;
  date: string;
}): PdfContext {
  const { model } = input;
  const { t, format: f, locale } = model;
  const zh = locale !== "en";
  const sc = (value: number) => formatScore(value, locale);
  let sectionNumber = 0;
  return {
    ...input,
    locale,
    zh,
    t,
    f,
    n: (value) => f.number(value),
    sc,
    scoreAndBand: (score, band) => `${sc(score)} / 100${zh ? `（${band}）` : ` (${band})`}`,
    colon: zh ? "：" : ": ",
    contents: [],
    nextNumber: () => String(++sectionNumber),
  };
}
