/**
 * The PDF report from the command line. Same renderer as the browser; the Chinese font is Noto Sans HK from
 * node_modules, subset at generation time to exactly the characters of this report, so any character the font has
 * (an unusual organisation name included) is embedded and extracts as typed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Answers } from "../engine/answers.ts";
import type { Assessment } from "../engine/index.ts";
import type { Method } from "../engine/method.ts";
import { type Locale, script } from "../i18n/locales.ts";
import { parseFirm } from "../lib/firm.ts";
import { encodeShareFragment } from "../lib/share-link.ts";
import { buildReportModel } from "../report/model.ts";
import { nonLatinCharacters } from "../report/pdf/fonts.ts";
import { pdfNeedsFont, pdfStrings, renderPdf } from "../report/pdf/render.ts";

const root = join(import.meta.dirname, "../..");
export const notoSansHkPath = join(
  root,
  "node_modules/@expo-google-fonts/noto-sans-hk/400Regular/NotoSansHK_400Regular.ttf",
);

/** Noto Sans HK reduced to `text` plus ASCII, as TrueType for jsPDF. */
export async function subsetNotoSansHk(text: string): Promise<Uint8Array> {
  const { default: subsetFont } = await import("subset-font");
  let ascii = "";
  for (let cp = 0x20; cp < 0x7f; cp++) ascii += String.fromCharCode(cp);
  const bytes = await subsetFont(readFileSync(notoSansHkPath), ascii + text, {
    targetFormat: "truetype",
    noHinting: true,
    noLayoutClosure: true,
    keepFeatures: [],
    dropTables: [
      "GSUB",
      "GPOS",
      "GDEF",
      "BASE",
      "vhea",
      "vmtx",
      "VORG",
      "DSIG",
      "gasp",
      "hdmx",
      "LTSH",
      "VDMX",
      "kern",
    ],
  });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function readFirm(): ReturnType<typeof parseFirm> {
  return parseFirm(parse(readFileSync(join(root, "content/firm.yaml"), "utf8")));
}

export async function renderPdfNode(
  method: Method,
  assessment: Assessment,
  locale: Locale,
  organisation?: string,
  options: { date?: string; answers?: Answers } = {},
): Promise<Uint8Array> {
  const { answers, ...rest } = options;
  // With the answers, the report has its plan, profile and evidence request list.
  const firm = readFirm();
  // The print view of the same answers at the firm's public address: the report's accessible equivalent.
  const printUrl = answers
    ? `${firm.siteUrl.replace(/\/$/, "")}/${locale}/assessment/print/#${encodeShareFragment(method, {
        version: method.questionnaire.version,
        answers,
        startDate: assessment.startDate,
      })}`
    : undefined;
  const model = buildReportModel(
    method,
    assessment,
    locale,
    answers ? { answers, ...(printUrl ? { printUrl } : {}) } : {},
  );
  const input = { model, firm, ...(organisation ? { organisation } : {}), ...rest };
  const strings = pdfStrings(input);
  // A zh-HK report needs the font for all its text; an English one only for what Helvetica cannot draw.
  const text = script[locale] === "latin" ? nonLatinCharacters(strings) : [...new Set(strings.join(""))].join("");
  const fonts = pdfNeedsFont(input) ? [{ data: await subsetNotoSansHk(text) }] : [];
  return renderPdf({ ...input, fonts });
}
