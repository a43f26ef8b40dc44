/**
 * `npm run test:budget`: the JavaScript each built page starts with, against `budgets.json`. Counts, per HTML page in
 * dist/client, the gzip size of its inline and external scripts, its islands' component and renderer modules, and
 * every module those import statically (dynamic `import()` chunks load later and are not counted). JSON-LD and other
 * data blocks are not scripts. The first budget whose pattern matches a page's path applies. Exits 1 on an overrun,
 * listing each page over its budget; prints the largest figures either way. Run after a build (`npm test` runs it
 * after the end-to-end tests, which build).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * @typedef {{ match: string, maxInitialJsGzipBytes: number }} Budget An entry of budgets.json's `pages`.
 * @typedef {{ path: string, bytes: number, limit: number, modules: number }} Row A built page's figures.
 */

const root = resolve(import.meta.dirname, "..");
const client = join(root, process.env.DIST_DIR ?? "dist", "client");
/** @type {Budget[]} */
const budgetEntries = JSON.parse(readFileSync(join(root, "budgets.json"), "utf8")).pages;
const budgets = budgetEntries.map((b) => ({
  ...b,
  pattern: new RegExp(b.match),
}));

/** @param {string | undefined} type */
const executable = (type) => type === undefined || type === "module" || type === "text/javascript";
/**
 * @param {string} tag
 * @param {string} name
 * @returns {string | undefined}
 */
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
/** @param {string | Buffer} text */
const gzipBytes = (text) => gzipSync(text, { level: 9 }).length;

/**
 * The inline script texts and the module URLs a page loads on arrival.
 * @param {string} html
 * @returns {{ inline: string[], urls: string[] }}
 */
export function pageScripts(html) {
  /** @type {string[]} */
  const inline = [];
  /** @type {Set<string>} */
  const urls = new Set();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    // Both groups always take part in a match (possibly empty).
    const [, attrs = "", body = ""] = match;
    if (!executable(attr(attrs, "type"))) continue;
    const src = attr(attrs, "src");
    if (src) urls.add(src);
    else if (body.trim()) inline.push(body);
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ["component-url", "renderer-url"]) {
      const url = attr(match[0], name);
      if (url) urls.add(url);
    }
  }
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = attr(match[0], "href");
    if (href) urls.add(href);
  }
  return { inline, urls: [...urls] };
}

/**
 * Relative module specifiers imported statically by a built chunk (`import … from "./x.js"`, `import "./x.js"`).
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
  /** @type {Set<string>} */
  const found = new Set();
  for (const [, spec] of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  ))
    if (spec) found.add(spec);
  return [...found];
}

/**
 * The files of the modules `urls` name, with every module they import statically.
 * @param {string[]} urls
 * @returns {string[]}
 */
function closure(urls) {
  /** @type {Set<string>} */
  const seen = new Set();
  const stack = urls.filter((u) => u.startsWith("/")).map((u) => join(client, u));
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    for (const spec of staticImports(code)) stack.push(resolve(file, "..", spec));
  }
  return [...seen];
}

/**
 * @param {string} dir
 * @returns {Generator<string>} every HTML file under `dir`
 */
function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

if (import.meta.main) {
  if (!existsSync(client)) {
    console.error(`test:budget: no build at ${relative(root, client)}: run npm run build first`);
    process.exit(1);
  }
  /** @type {Row[]} */
  const rows = [];
  for (const file of htmlFiles(client)) {
    const path = `/${relative(client, file)}`.replace(/index\.html$/, "");
    const { inline, urls } = pageScripts(readFileSync(file, "utf8"));
    const modules = closure(urls);
    const bytes =
      inline.reduce((sum, s) => sum + gzipBytes(s), 0) + modules.reduce((s, m) => s + gzipBytes(readFileSync(m)), 0);
    const budget = budgets.find((b) => b.pattern.test(path));
    const limit = budget ? budget.maxInitialJsGzipBytes : 0;
    rows.push({ path, bytes, limit, modules: modules.length });
  }
  const over = rows.filter((r) => r.bytes > r.limit);
  const largest = [...rows].sort((a, b) => b.bytes - a.bytes).slice(0, Number(process.env.BUDGET_SHOW ?? 6));
  const noJs = rows.filter((r) => r.bytes === 0).length;
  console.log(`test:budget: ${rows.length} pages, ${noJs} with no JavaScript; largest initial JavaScript (gzip):`);
  for (const r of largest) console.log(`  ${r.path}  ${r.bytes} B of ${r.limit} B (${r.modules} modules)`);
  if (over.length > 0) {
    console.error(`test:budget: ${over.length} page(s) over budget (budgets.json):`);
    for (const r of over) console.error(`  ${r.path}  ${r.bytes} B > ${r.limit} B`);
    process.exit(1);
  }
}
