/**
 * Builds the Chinese font files the PDF gap report loads in the browser, into public/fonts/ (generated, not committed):
 *
 * - `noto-sans-hk-report.ttf`: Noto Sans HK Regular (TrueType outlines) subset to every character the report can
 *   contain (content/assessment/*.yaml, src/report/report-text.ts, content/firm.yaml), the Chinese pages and UI
 *   strings, Big5 level 1 (the 5,401 常用字: the Ministry of Education's 4,808 common characters and the rest of
 *   Big5's frequent set, read from the platform's Big5 decoder, so nothing is downloaded), a list of characters common
 *   in Hong Kong names and places that Big5 level 1 lacks, ASCII, Latin-1 and the general, CJK and full-width
 *   punctuation blocks.
 * - `noto-sans-hk-ext-NN.ttf`: every other character of the font (Basic Multilingual Plane), in slices of
 *   `sliceSize` code points, so a rare character typed into an organisation name costs one small extra download.
 * - `noto-sans-hk-report.json`: the manifest read by src/report/pdf/browser.ts:
 *   `{ version, main: { file, bytes, characters }, slices: [{ file, bytes, first, last }] }`; a code point from `first`
 *   to `last` that the main file lacks is in that slice (or in no file: the font does not have it).
 * - `OFL.txt`: the font's licence.
 *
 * Incremental: does nothing when the manifest records the same input hash. `--force` rebuilds.
 * Also exports `mainCharacters()` and `buildPdfFonts(outDir)` for tests.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";

const root = fileURLToPath(new URL("..", import.meta.url));
const fontPackage = join(root, "node_modules/@expo-google-fonts/noto-sans-hk");
export const sourceFont = join(fontPackage, "400Regular/NotoSansHK_400Regular.ttf");
const defaultOut = join(root, "public/fonts");
const sliceSize = 1000;

/** Characters used in Hong Kong names, places and Cantonese that are not in Big5 level 1 (many are HKSCS). */
const hongKongExtra =
  "滙邨埗鰂脷涌峯啟嘅咗喺冇嘢佢哋嚟噉嗰乜唔囉喎嘞啱嚿搵揾攞睇諗氹咪吖啫噃嘥餸嘈咩俾畀瞓攰掟嗌揸撳嘆" +
  "鑫燊犇淼焱垚昇泓晞熹旻昊昕煒瑋璟瓏瑩鋮燁珮琪瑤瑄瑾璇璋瑆晧晉晟暘曦彧靖錡鍀錕鎧鏵灝灃澧湧滘" +
  "窩坳凹沱灘崗嶼欖鯉蠔墟笏瀝碇屻圍廈磡堡坵埔壆㘭㟃堃喆昶淏珺鋆";

/**
 * Code point ranges always kept: ASCII, Latin-1 and the punctuation a report or a typed name can contain.
 * @type {ReadonlyArray<readonly [first: number, last: number]>}
 */
const ranges = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2000, 0x206f],
  [0x20a0, 0x20bf],
  [0x2100, 0x214f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x2460, 0x24ff],
  [0x25a0, 0x25ff],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
];

const textSources = [
  ...readdirSync(join(root, "content/assessment"))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => join("content/assessment", name)),
  "src/i18n/zh-hk/report.ts",
  "content/firm.yaml",
  "src/i18n/zh-hk/site.ts",
  "src/i18n/zh-hk/assessment.ts",
  "src/i18n/zh-hk/results.ts",
  ...readdirSync(join(root, "content/pages/zh-hk"), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => join("content/pages/zh-hk", name)),
].sort();

/** @returns {string} */
function big5LevelOne() {
  const decoder = new TextDecoder("big5");
  let out = "";
  // Big5 level 1 runs from A440 to C67E; trail bytes are 40–7E and A1–FE.
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      if (lead === 0xc6 && trail > 0x7e) break;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char !== "\uFFFD") out += char;
    }
  }
  return out;
}

/**
 * The code points of the main subset (before intersecting with the font's own coverage).
 * @returns {Set<number>}
 */
export function mainCharacters() {
  /** @type {Set<number>} */
  const set = new Set();
  for (const [first, last] of ranges) for (let c = first; c <= last; c++) set.add(c);
  /** @param {string} text */
  const add = (text) => {
    for (const char of text) {
      const cp = char.codePointAt(0);
      if (cp !== undefined && cp >= 0x20 && cp <= 0xffff) set.add(cp);
    }
  };
  add(big5LevelOne());
  add(hongKongExtra);
  for (const file of textSources) add(readFileSync(join(root, file), "utf8"));
  return set;
}

/**
 * The BMP code points a TrueType font maps (cmap format 4 or 12).
 * @param {Uint8Array} bytes
 * @returns {Set<number>}
 */
export function fontCodePoints(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    if (tag === "cmap") cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error("font has no cmap table");
  /** @type {Set<number>} */
  const out = new Set();
  const count = view.getUint16(cmap + 2);
  let format12 = -1;
  let format4 = -1;
  for (let i = 0; i < count; i++) {
    const offset = cmap + view.getUint32(cmap + 4 + 8 * i + 4);
    const format = view.getUint16(offset);
    if (format === 12) format12 = offset;
    if (format === 4) format4 = offset;
  }
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const first = view.getUint32(format12 + 16 + 12 * g);
      const last = view.getUint32(format12 + 20 + 12 * g);
      for (let c = first; c <= Math.min(last, 0xffff); c++) out.add(c);
    }
  } else if (format4 >= 0) {
    const segments = view.getUint16(format4 + 6) / 2;
    for (let s = 0; s < segments; s++) {
      const end = view.getUint16(format4 + 14 + 2 * s);
      const start = view.getUint16(format4 + 16 + 2 * segments + 2 * s);
      for (let c = start; c <= end && c !== 0xffff; c++) out.add(c);
    }
  }
  return out;
}

/**
 * Options for a font that only jsPDF reads: no hinting, no OpenType layout, no vertical metrics.
 * @type {import("subset-font").SubsetFontOptions}
 */
export const subsetOptions = {
  targetFormat: "truetype",
  noHinting: true,
  noLayoutClosure: true,
  keepFeatures: [],
  dropTables: ["GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG", "DSIG", "gasp", "hdmx", "LTSH", "VDMX", "kern"],
};

/** @returns {string} */
function inputHash() {
  const hash = createHash("sha256");
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(readFileSync(sourceFont));
  for (const file of textSources) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * @typedef {{ file: string, bytes: number }} FontFile
 * @typedef {{
 *   version: string,
 *   main: FontFile & { characters: number },
 *   slices: Array<FontFile & { first: number, last: number }>,
 * }} FontManifest
 */

/**
 * Writes the font files and manifest into `outDir`; returns the manifest. Skips work when up to date.
 * @param {string} [outDir]
 * @param {{ force?: boolean, log?: (message: string) => void }} [options]
 * @returns {Promise<FontManifest>}
 */
export async function buildPdfFonts(outDir = defaultOut, { force = false, log = console.log } = {}) {
  const version = inputHash();
  const manifestPath = join(outDir, "noto-sans-hk-report.json");
  if (!force && existsSync(manifestPath)) {
    /** @type {FontManifest} */
    const current = JSON.parse(readFileSync(manifestPath, "utf8"));
    const files = [current.main, ...current.slices].map((f) => join(outDir, f.file));
    if (current.version === version && files.every((f) => existsSync(f))) {
      log(`PDF fonts up to date (${outDir})`);
      return current;
    }
  }
  const started = performance.now();
  const font = readFileSync(sourceFont);
  const covered = fontCodePoints(font);
  const wanted = mainCharacters();
  const main = [...wanted].filter((cp) => covered.has(cp)).sort((a, b) => a - b);
  const mainSet = new Set(main);
  const rest = [...covered].filter((cp) => cp >= 0x20 && !mainSet.has(cp)).sort((a, b) => a - b);

  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) {
    if (name.startsWith("noto-sans-hk-")) rmSync(join(outDir, name));
  }
  /**
   * @param {string} file
   * @param {number[]} codePoints
   * @returns {Promise<number>} the file's size in bytes
   */
  const write = async (file, codePoints) => {
    const bytes = await subsetFont(font, String.fromCodePoint(...codePoints), subsetOptions);
    writeFileSync(join(outDir, file), bytes);
    return bytes.length;
  };
  /** @type {FontManifest} */
  const manifest = {
    version,
    main: {
      file: "noto-sans-hk-report.ttf",
      bytes: await write("noto-sans-hk-report.ttf", main),
      characters: main.length,
    },
    slices: [],
  };
  for (let i = 0; i * sliceSize < rest.length; i++) {
    const part = rest.slice(i * sliceSize, (i + 1) * sliceSize);
    const file = `noto-sans-hk-ext-${String(i + 1).padStart(2, "0")}.ttf`;
    // `part` is never empty (the loop stops at the end of `rest`), so its first and last entries exist.
    const first = /** @type {number} */ (part[0]);
    const last = /** @type {number} */ (part.at(-1));
    manifest.slices.push({ file, bytes: await write(file, part), first, last });
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest)}\n`);
  copyFileSync(join(fontPackage, "LICENSE_FONT"), join(outDir, "OFL.txt"));
  const total = manifest.slices.reduce((sum, s) => sum + s.bytes, 0);
  log(
    `PDF fonts: main ${main.length} characters, ${(manifest.main.bytes / 1024).toFixed(0)} KB; ` +
      `${manifest.slices.length} extension slices, ${(total / 1024 / 1024).toFixed(1)} MB; ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildPdfFonts(defaultOut, { force: process.argv.includes("--force") });
}
