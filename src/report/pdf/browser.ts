/**
 * The PDF gap report in the browser. Import this module dynamically when the user asks for the report; it pulls in
 * jsPDF, and for a zh-HK report (or an English one with, say, a Chinese organisation name) the Noto Sans HK subset
 * built by scripts/build-pdf-font.mjs:
 *
 * - `/fonts/noto-sans-hk-report.json`: manifest (file names, version, the code-point span of each extension slice);
 * - `/fonts/noto-sans-hk-report.ttf`: the report's characters and about 6,300 common Traditional Chinese characters;
 * - `/fonts/noto-sans-hk-ext-NN.ttf`: fetched only for a character the main file lacks (an unusual name).
 *
 * A character no file has (outside the Basic Multilingual Plane, or not in Noto Sans HK) is drawn as "?".
 */

import { hongKongToday } from "../../lib/hong-kong-date.ts";
import { saveFile } from "../../lib/save-file.ts";
import { fontCodePoints, nonLatinCharacters } from "./fonts.ts";
import { type PdfFont, pdfNeedsFont, pdfStrings, type RenderPdfInput, renderPdf } from "./render.ts";

export interface FontManifest {
  readonly version: string;
  readonly main: { readonly file: string; readonly bytes: number; readonly characters: number };
  readonly slices: readonly {
    readonly file: string;
    readonly bytes: number;
    readonly first: number;
    readonly last: number;
  }[];
}

export const fontManifestFile = "noto-sans-hk-report.json";

export interface BrowserPdfOptions extends Omit<RenderPdfInput, "fonts"> {
  /** Where the font files are served from; default "/fonts/". */
  readonly fontBase?: string;
  /** Injected in tests; default the global fetch. */
  readonly fetch?: (url: string) => Promise<Response>;
}

const loaded = new Map<string, Promise<PdfFont>>();

async function fetchBytes(get: (url: string) => Promise<Response>, url: string): Promise<Uint8Array> {
  const response = await get(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

function loadFont(get: (url: string) => Promise<Response>, url: string): Promise<PdfFont> {
  let font = loaded.get(url);
  if (!font) {
    font = fetchBytes(get, url).then((data) => ({ data, codePoints: fontCodePoints(data) }));
    // A failed download may succeed next time.
    font.catch(() => loaded.delete(url));
    loaded.set(url, font);
  }
  return font;
}

/** The fonts this report needs: none, the main subset, or the main subset and the slices with its rare characters. */
export async function loadReportFonts(options: BrowserPdfOptions): Promise<PdfFont[]> {
  if (!pdfNeedsFont(options)) return [];
  return loadFontsFor(pdfStrings(options), options.model.locale, options);
}

/**
 * The Noto Sans HK files that cover `strings` (all of them for zh-hk, the non-Latin characters for English): the main
 * subset and any extension slices. For any PDF of the site (the gap report, the fee proposal).
 */
export async function loadFontsFor(
  strings: readonly string[],
  locale: string,
  options: { readonly fontBase?: string; readonly fetch?: (url: string) => Promise<Response> } = {},
): Promise<PdfFont[]> {
  const get = options.fetch ?? ((url: string) => fetch(url));
  const base = (options.fontBase ?? "/fonts/").replace(/\/?$/, "/");
  const manifest = (await (await get(`${base}${fontManifestFile}`)).json()) as FontManifest;
  const url = (file: string) => `${base}${file}?v=${manifest.version}`;
  const main = await loadFont(get, url(manifest.main.file));

  const needed = locale === "en" ? nonLatinCharacters(strings) : strings.join("");
  const slices = new Set<string>();
  for (const char of needed) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp < 0x20 || main.codePoints?.has(cp)) continue;
    const slice = manifest.slices.find((s) => cp >= s.first && cp <= s.last);
    if (slice) slices.add(slice.file);
  }
  // A slice that fails to load leaves its characters as "?" rather than failing the report.
  const extra = await Promise.allSettled([...slices].map((file) => loadFont(get, url(file))));
  return [main, ...extra.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []))];
}

/** Renders the gap report in the browser; loads the fonts it needs first. */
export async function renderPdfInBrowser(options: BrowserPdfOptions): Promise<Uint8Array> {
  const fonts = await loadReportFonts(options);
  const { fontBase: _base, fetch: _fetch, ...input } = options;
  return renderPdf({ ...input, fonts });
}

/** A file name such as `gap-report-2026-11-27-en.pdf` (today in Hong Kong by default). */
export function pdfFileName(locale: string, date = hongKongToday()): string {
  return `gap-report-${date}-${locale}.pdf`;
}

/** Offers the PDF as a download. */
export function savePdf(bytes: Uint8Array, fileName: string): void {
  saveFile(fileName, "application/pdf", bytes);
}
