/**
 * `npm run pdf:figures`: generation time and file size of the PDF gap report, English and Traditional Chinese, for
 * persona fixtures, in the CLI (Node) and in Chromium. A report, not a test: it never fails on the numbers.
 *
 * - CLI: wall-clock time of `node src/cli/assess.ts <persona> --format pdf --out …` (process start included), and the
 *   render alone in one process (first call, then the median of the next runs).
 * - Chromium: the renderer bundled by Vite the way the site bundles it (jsPDF and the renderer in a lazily imported
 *   chunk), served with the font files from a local server; "first" is a fresh browser context (nothing cached:
 *   jsPDF chunk, font download over loopback, font parse), "again" the same page a second time.
 *
 * Options: `--no-chromium` skips the browser part; `--runs N` (default 5).
 */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildPdfFonts } from "./build-pdf-font.mjs";
import { chromiumArgs, chromiumMissingMessage, findChromium } from "./chromium.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 5;
const withChromium = !args.includes("--no-chromium");
/**
 * @typedef {{ persona: string, lang: import("../src/i18n/locales.ts").Locale, organisation: string }} Case
 * @typedef {Case & { where: string, first: string, again: string, size: string }} Row
 */
/** @type {Case[]} */
const cases = [
  { persona: "2-svf-payment-processor", lang: "en", organisation: "Example Payments Limited" },
  { persona: "2-svf-payment-processor", lang: "zh-hk", organisation: "鑫鑫鏈科技（香港）有限公司" },
  { persona: "7-bank-ai-credit", lang: "en", organisation: "Example Bank Limited" },
  { persona: "7-bank-ai-credit", lang: "zh-hk", organisation: "鑫鑫鏈科技（香港）有限公司" },
  { persona: "6-large-enterprise-several-roles", lang: "zh-hk", organisation: "香港數碼金融科技有限公司" },
];
const work = mkdtempSync(join(tmpdir(), "pdf-figures-"));
/** @type {Row[]} */
const rows = [];
/** @param {number} value */
const ms = (value) => `${Math.round(value)} ms`;
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
/**
 * @param {number[]} values
 * @returns {number} NaN for no values
 */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** @param {string} name */
const fixture = (name) => JSON.parse(readFileSync(join(root, "test/fixtures/personas", `${name}.json`), "utf8"));

// ── CLI ──────────────────────────────────────────────────────────────────────────────────────────────────────────
for (const c of cases) {
  const out = join(work, `${c.persona}-${c.lang}.pdf`);
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      "src/cli/assess.ts",
      `test/fixtures/personas/${c.persona}.json`,
      "--format",
      "pdf",
      "--lang",
      c.lang,
      "--organisation",
      c.organisation,
      "--out",
      out,
    ],
    { cwd: root, encoding: "utf8" },
  );
  const wall = performance.now() - started;
  if (run.status !== 0) {
    rows.push({ where: "CLI process", ...c, first: "failed", again: run.stderr.trim().split("\n")[0] ?? "", size: "" });
    continue;
  }
  rows.push({ where: "CLI process", ...c, first: ms(wall), again: "", size: kb(statSync(out).size) });
}

{
  const { readMethod } = await import("../src/node/method-files.ts");
  const { parseAnswerSet } = await import("../src/engine/answers.ts");
  const { evaluate } = await import("../src/engine/index.ts");
  const { renderPdfNode } = await import("../src/cli/pdf-node.ts");
  const { hongKongToday } = await import("../src/lib/hong-kong-date.ts");
  const method = readMethod();
  for (const c of cases) {
    const parsed = parseAnswerSet(method, fixture(c.persona).answerSet);
    if (!parsed.ok) continue;
    // As the CLI does: an answer set without a start date is dated today (the engine needs one).
    const assessment = evaluate(method, { ...parsed.value, startDate: parsed.value.startDate ?? hongKongToday() });
    /** @type {number[]} */
    const times = [];
    let size = 0;
    for (let i = 0; i <= runs; i++) {
      const started = performance.now();
      const bytes = await renderPdfNode(method, assessment, c.lang, c.organisation);
      times.push(performance.now() - started);
      size = bytes.length;
    }
    rows.push({
      where: "CLI render (in process)",
      ...c,
      first: ms(times[0] ?? NaN),
      again: ms(median(times.slice(1))),
      size: kb(size),
    });
  }
}

// ── Chromium ─────────────────────────────────────────────────────────────────────────────────────────────────────
async function chromiumFigures() {
  const executablePath = await findChromium();
  if (!executablePath) {
    console.log(chromiumMissingMessage);
    return;
  }
  const site = join(work, "site");
  const fonts = join(site, "fonts");
  await buildPdfFonts(fonts, { log: () => {} });

  const harness = join(work, "harness");
  rmSync(harness, { recursive: true, force: true });
  /** @param {string} path a file under src/ */
  const src = (path) => JSON.stringify(join(root, "src", path));
  const { mkdirSync } = await import("node:fs");
  mkdirSync(harness, { recursive: true });
  writeFileSync(
    join(harness, "index.html"),
    '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="./entry.js"></script></head><body></body></html>\n',
  );
  writeFileSync(
    join(harness, "entry.js"),
    `import { method } from ${src("lib/method-data.ts")};
import { firm } from ${src("lib/site-firm.ts")};
import { parseAnswerSet } from ${src("engine/answers.ts")};
import { evaluate } from ${src("engine/index.ts")};
import { buildReportModel } from ${src("report/model.ts")};
window.renderReport = async (answerSet, locale, organisation) => {
  const started = performance.now();
  const parsed = parseAnswerSet(method, answerSet);
  const model = buildReportModel(method, evaluate(method, parsed.value), locale);
  const { renderPdfInBrowser } = await import(${src("report/pdf/browser.ts")});
  const bytes = await renderPdfInBrowser({ model, firm, organisation });
  return { ms: performance.now() - started, bytes: bytes.length };
};
window.ready = true;
`,
  );
  const { build } = await import("vite");
  const { yamlPlugin } = await import("./yaml-plugin.mjs");
  await build({
    root: harness,
    configFile: false,
    logLevel: "error",
    plugins: [yamlPlugin()],
    build: { outDir: site, emptyOutDir: false, minify: true },
  });

  /** @type {Record<string, string>} */
  const types = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".ttf": "font/ttf" };
  const server = http.createServer((req, res) => {
    const path = join(site, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, "index.html") : path;
    if (!file.startsWith(site) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  /**
   * The harness page's globals (set by entry.js above).
   * @typedef {typeof window & {
   *   ready?: boolean,
   *   renderReport: (answerSet: unknown, locale: string, organisation: string) => Promise<{ ms: number, bytes: number }>,
   * }} HarnessWindow
   */
  try {
    for (const c of cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => /** @type {HarnessWindow} */ (window).ready === true);
      const answerSet = fixture(c.persona).answerSet;
      const call = () =>
        page.evaluate(
          ([a, l, o]) => /** @type {HarnessWindow} */ (window).renderReport(a, l, o),
          [answerSet, c.lang, c.organisation],
        );
      const first = await call();
      /** @type {number[]} */
      const again = [];
      for (let i = 0; i < runs; i++) again.push((await call()).ms);
      rows.push({ where: "Chromium", ...c, first: ms(first.ms), again: ms(median(again)), size: kb(first.bytes) });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  /** @type {import("./build-pdf-font.mjs").FontManifest} */
  const manifest = JSON.parse(readFileSync(join(fonts, "noto-sans-hk-report.json"), "utf8"));
  const { gzipSync } = await import("node:zlib");
  const main = readFileSync(join(fonts, manifest.main.file));
  console.log(
    `Font download for zh-HK: ${manifest.main.file} ${kb(main.length)} (${kb(gzipSync(main).length)} gzip), ` +
      `${manifest.main.characters} characters; ${manifest.slices.length} extension slices of up to ` +
      `${kb(Math.max(...manifest.slices.map((s) => s.bytes)))} each, fetched only for rare characters.`,
  );
}

if (withChromium) {
  try {
    await chromiumFigures();
  } catch (error) {
    console.log(`Chromium figures not available: ${error instanceof Error ? error.message : error}`);
  }
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────────────────────────
const head = ["where", "persona", "lang", "first", "again (median)", "PDF size"];
const table = [head, ...rows.map((r) => [r.where, r.persona.split("-")[0], r.lang, r.first, r.again, r.size])];
const widths = head.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
console.log("");
for (const row of table) console.log(row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join("  "));
console.log("\nAims: EN under 1 s and 300 KB; zh-HK under 2.5 s and 2.5 MB. Figures only; nothing fails on them.");
rmSync(work, { recursive: true, force: true });
