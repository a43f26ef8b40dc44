/**
 * Character coverage for the PDF report: which characters the built-in Helvetica (WinAnsi) can draw, which code
 * points a TrueType font maps, and which characters a report contains. Pure; runs in the browser and in Node.
 */
import type { Firm } from "../../lib/firm.ts";
import { standingLines } from "../../lib/firm-standing.ts";
import type { ReportModel } from "../model.ts";

/** Characters of Windows-1252 above 0x7F that are not Latin-1 (code points 0x80–0x9F of that encoding). */
const winAnsiExtra = new Set(Array.from("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ", (c) => c.codePointAt(0) ?? 0));

/** Whether the PDF standard fonts (Helvetica, WinAnsi encoding) can draw this code point. */
export function winAnsiCovers(cp: number): boolean {
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || winAnsiExtra.has(cp);
}

/**
 * Text as the PDF draws it: typographic spaces become plain spaces (line breaking treats them alike) and invisible
 * format characters are dropped. Every string goes through this before it is measured or drawn.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2002-\u200a\u202f\u205f\t]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/\u2011/g, "-")
    .replace(/\r\n?/g, "\n");
}

/** The Basic Multilingual Plane code points a TrueType font maps (cmap format 12, else format 4). */
export function fontCodePoints(bytes: Uint8Array): Set<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    if (tag === "cmap") cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error("The font has no cmap table.");
  let format12 = -1;
  let format4 = -1;
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const offset = cmap + view.getUint32(cmap + 4 + 8 * i + 4);
    const format = view.getUint16(offset);
    if (format === 12) format12 = offset;
    else if (format === 4) format4 = offset;
  }
  const out = new Set<number>();
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const first = view.getUint32(format12 + 16 + 12 * g);
      const last = Math.min(view.getUint32(format12 + 20 + 12 * g), 0xfffe);
      for (let c = first; c <= last; c++) out.add(c);
    }
  } else if (format4 >= 0) {
    const segments = view.getUint16(format4 + 6) / 2;
    for (let s = 0; s < segments; s++) {
      const end = view.getUint16(format4 + 14 + 2 * s);
      const start = view.getUint16(format4 + 16 + 2 * segments + 2 * s);
      for (let c = start; c <= end && c < 0xffff; c++) out.add(c);
    }
  }
  return out;
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
  else if (value && typeof value === "object") for (const item of Object.values(value)) collectStrings(item, out);
}

/** The firm's details a report in this language prints. */
export function firmStrings(firm: Firm, locale: ReportModel["locale"]): string[] {
  return [
    firm.name[locale],
    firm.shortName[locale],
    firm.tagline[locale],
    firm.address[locale],
    ...standingLines(firm, locale),
    firm.email,
    firm.phone,
    firm.siteUrl,
  ];
}

/**
 * Every string a report for this model, firm and organisation can draw, normalised: the model's data, its headings
 * and labels (`reportLabels`), the firm's details and the organisation's name.
 */
export function reportStrings(
  model: ReportModel,
  firm: Firm,
  organisation: string | undefined,
  reportLabels: readonly string[],
): string[] {
  const out: string[] = [];
  const { t: _t, format: _format, ...data } = model;
  collectStrings(data, out);
  out.push(...reportLabels, ...firmStrings(firm, model.locale));
  if (organisation) out.push(organisation);
  return out.map(normaliseText);
}

/** The distinct characters outside what Helvetica can draw, in the report's text. */
export function nonLatinCharacters(strings: readonly string[]): string {
  const set = new Set<string>();
  for (const text of strings) {
    for (const char of text) {
      const cp = char.codePointAt(0) ?? 0;
      if (cp >= 0x20 && !winAnsiCovers(cp)) set.add(char);
    }
  }
  return [...set].join("");
}

/**
 * Whether the report needs the Chinese font: always in Traditional Chinese; in English only when some text (in
 * practice an organisation name typed in Chinese) is outside what Helvetica can draw.
 */
export function needsCjkFont(strings: readonly string[], locale: ReportModel["locale"]): boolean {
  return locale !== "en" || nonLatinCharacters(strings).length > 0;
}

/** Bytes as the "binary string" jsPDF's virtual file system stores. */
export function binaryString(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x2000) out += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  return out;
}
