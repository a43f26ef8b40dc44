/**
 * `npm run perf [-- --no-build] [--no-lighthouse] [/path/ ...]`
 *
 * Builds the site (with SITE_URL pointing at the local server so canonical links are same-origin),
 * serves it, and prints for each page: the JavaScript a visitor downloads on load (raw and gzip,
 * external and inline) and the Lighthouse scores (mobile, simulated throttling). A report, never a
 * test: it exits 0 whatever the numbers are. Results also go to perf-report/perf.json.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumMissingMessage, findChromium } from "./chromium.mjs";

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const port = Number(process.env.PERF_PORT || 4410);
const origin = `http://localhost:${port}`;
const defaultPages = [
  "/en/",
  "/zh-hk/",
  "/en/soc-2/",
  "/zh-hk/soc-2/",
  "/en/iso-42001/",
  "/zh-hk/iso-42001/",
  "/en/hong-kong-regulators/",
  "/zh-hk/hong-kong-regulators/",
  "/en/assessment/",
  "/zh-hk/assessment/",
  "/en/contact/",
];
// A separate build, so dist/ keeps the real site address.
const distDir = `${process.cwd()}/perf-report/dist`;
const pages = args.filter((a) => a.startsWith("/"));
const targets = pages.length > 0 ? pages : defaultPages;

const foundChromium = await findChromium();
if (!foundChromium) {
  console.error(chromiumMissingMessage);
  process.exit(1);
}
/** The Chromium binary (a string from here on: the script has exited when there is none). */
const executablePath = foundChromium;

if (!flags.has("--no-build")) {
  console.log(`Building with SITE_URL=${origin} …`);
  // The PDF font subset lives in public/fonts and is generated, like `npm run build` does.
  const fonts = spawnSync(process.execPath, ["scripts/build-pdf-font.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
  if (fonts.status !== 0) process.exit(fonts.status ?? 1);
  const build = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", distDir], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, SITE_URL: origin },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ["scripts/serve.mjs"], {
  env: { ...process.env, PORT: String(port), HOST: "localhost", DATA_DIR: "perf-report/data", DIST_DIR: distDir },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve, reject) => {
  server.stdout.on("data", (chunk) => {
    if (String(chunk).includes("Serving on")) resolve(undefined);
  });
  server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
});

/**
 * @typedef {{ url: string, raw: number, gzip: number }} ScriptFile A script file a page loaded, with its sizes in bytes.
 * @typedef {{ files: ScriptFile[], raw: number, gzip: number, inlineScripts: number }} PageJavaScript
 */

/**
 * JavaScript loaded by a page until the network is idle: external files and inline scripts.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} path the page's path, e.g. `/en/`
 * @returns {Promise<PageJavaScript>}
 */
async function measureJavaScript(browser, path) {
  const page = await browser.newPage();
  /** @type {ScriptFile[]} */
  const files = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    try {
      const body = await response.body();
      files.push({ url: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body).length });
    } catch {
      // A script whose body is unavailable (redirect, aborted) is not counted.
    }
  });
  await page.goto(origin + path, { waitUntil: "networkidle" });
  const inline = await page
    .locator("script:not([src])")
    .evaluateAll((nodes) =>
      nodes.filter((n) => (n.getAttribute("type") ?? "") !== "application/ld+json").map((n) => n.textContent ?? ""),
    );
  await page.close();
  const inlineRaw = inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const inlineGzip = inline.length ? gzipSync(inline.join("\n")).length : 0;
  return {
    files,
    raw: files.reduce((s, f) => s + f.raw, 0) + inlineRaw,
    gzip: files.reduce((s, f) => s + f.gzip, 0) + inlineGzip,
    inlineScripts: inline.length,
  };
}

/**
 * Lighthouse scores (0–100) and core metrics of one page, mobile with simulated throttling.
 * @param {string} path the page's path, e.g. `/en/`
 */
async function runLighthouse(path) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || executablePath,
    chromeFlags: ["--headless=new", ...chromiumArgs],
  });
  try {
    const result = await lighthouse(origin + path, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const categories = result?.lhr.categories ?? {};
    /** @param {string} id a Lighthouse category */
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    const audits = result?.lhr.audits ?? {};
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
      cls: Number((audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
      tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
    };
  } finally {
    await chrome.kill();
  }
}

/** @param {number} bytes */
const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];
try {
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  for (const path of targets) {
    const js = await measureJavaScript(browser, path);
    const lh = flags.has("--no-lighthouse") ? undefined : await runLighthouse(path);
    rows.push({ path, js, lighthouse: lh });
    const scores = lh
      ? `perf ${lh.performance}  a11y ${lh.accessibility}  bp ${lh.bestPractices}  seo ${lh.seo}  LCP ${lh.lcpMs} ms  CLS ${lh.cls}  TBT ${lh.tbtMs} ms`
      : "";
    console.log(`${path.padEnd(32)} JS ${kb(js.raw).padStart(7)} KB raw ${kb(js.gzip).padStart(7)} KB gzip  ${scores}`);
  }
  await browser.close();
} finally {
  server.kill("SIGTERM");
}

mkdirSync("perf-report", { recursive: true });
writeFileSync("perf-report/perf.json", `${JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2)}\n`);
console.log("Written perf-report/perf.json");
