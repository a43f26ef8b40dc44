import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, chromium, expect, test } from "@playwright/test";
import { chromiumArgs, findChromium } from "../../scripts/chromium.mjs";
import { isCjk, noLineStart, wordStarts } from "../../src/lib/cjk.ts";
import { sitemapPaths } from "./support.ts";

/**
 * Chinese typography (W3C clreq) as rendered: headings wrap only between words, and Chinese text uses full-width
 * punctuation. The browser gets Noto Sans HK (from the project's devDependencies, through a private fontconfig), so
 * line widths are those of a real Traditional Chinese font rather than of missing-glyph boxes.
 */

function privateFontconfig(): string | undefined {
  const fonts = resolve("node_modules/@expo-google-fonts/noto-sans-hk");
  if (!existsSync(fonts)) return undefined;
  const dir = resolve("test-results/fonts");
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/fonts.conf`;
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fonts}/400Regular</dir>
  <dir>${fonts}/700Bold</dir>
  <cachedir>${dir}/cache</cachedir>
</fontconfig>
`,
  );
  return file;
}

let browser: Browser;

test.beforeAll(async () => {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error("no Chromium found");
  const fontconfig = privateFontconfig();
  browser = await chromium.launch({
    executablePath,
    args: chromiumArgs,
    env: { ...(process.env as Record<string, string>), ...(fontconfig ? { FONTCONFIG_FILE: fontconfig } : {}) },
  });
});

test.afterAll(async () => {
  await browser.close();
});

interface RenderedText {
  tag: string;
  text: string;
  /** Offsets (in `text`) of the first character of every line after the first. */
  lineStarts: number[];
}

const zhPages = [
  "/zh-hk/",
  "/zh-hk/soc-2/",
  "/zh-hk/iso-42001/",
  "/zh-hk/hong-kong-regulators/hkma/",
  "/zh-hk/assessment/",
  "/zh-hk/contact/",
];

test("no line of a Chinese heading or lede starts inside a word or with closing punctuation", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  let wrapped = 0;
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 800 },
  ]) {
    const context = await browser.newContext({ baseURL: baseURL ?? "", viewport });
    const page = await context.newPage();
    for (const path of zhPages) {
      await page.goto(path);
      if (path.endsWith("/assessment/")) await page.locator(".assess-start").waitFor();
      const rendered: RenderedText[] = await page.locator("h1, h2, h3, h4, .lede").evaluateAll((elements) =>
        elements
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => {
            const lineStarts: number[] = [];
            const range = document.createRange();
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            let offset = 0;
            let previous: DOMRect | undefined;
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              const data = node.data;
              for (let i = 0; i < data.length; ) {
                const size = (data.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
                if (!/\s/.test(data.charAt(i))) {
                  range.setStart(node, i);
                  range.setEnd(node, i + size);
                  const rect = [...range.getClientRects()].find((r) => r.width > 0);
                  if (rect) {
                    if (previous && rect.top > previous.top + previous.height / 2) lineStarts.push(offset + i);
                    previous = rect;
                  }
                }
                i += size;
              }
              offset += data.length;
            }
            return { tag: el.tagName.toLowerCase(), text: el.textContent ?? "", lineStarts };
          }),
      );
      for (const { tag, text, lineStarts } of rendered) {
        if (lineStarts.length > 0) wrapped++;
        const words = wordStarts(text);
        for (const at of lineStarts) {
          const before = Array.from(text.slice(0, at)).at(-1) ?? "";
          const first = String.fromCodePoint(text.codePointAt(at) ?? 0);
          const where = `${path} @${viewport.width}px <${tag}> “${text.slice(Math.max(0, at - 6), at)}|${text.slice(at, at + 6)}”`;
          if (isCjk(before) && isCjk(first) && !words.has(at)) problems.push(`inside a word: ${where}`);
          if (noLineStart.has(first)) problems.push(`closing punctuation first: ${where}`);
        }
      }
    }
    await context.close();
  }
  expect(problems).toEqual([]);
  // The check means something only if headings do wrap.
  expect(wrapped).toBeGreaterThan(10);
});

/** Half-width punctuation in Chinese text: what clreq writes with full-width forms. */
const halfWidthRules: readonly [RegExp, string][] = [
  [/[\p{Script=Han}）」』》][,;:!?]/gu, "half-width punctuation after Chinese"],
  [/[,;:!?] ?(?=\p{Script=Han})/gu, "half-width punctuation before Chinese"],
  [/\([^()\n]*\p{Script=Han}[^()\n]*\)/gu, "ASCII parentheses around Chinese"],
];

test("Chinese pages use full-width punctuation in Chinese text", async ({ baseURL, request }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: baseURL ?? "" });
  const page = await context.newPage();
  const problems: string[] = [];
  const paths = (await sitemapPaths(request)).filter((p) => p.startsWith("/zh-hk/"));
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) {
    await page.goto(path);
    if (path.endsWith("/assessment/")) await page.locator(".assess-start").waitFor();
    if (path.endsWith("/contact/")) await page.locator("form.enquiry").waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown (hidden elements left out) is what is checked
    const text = await page.evaluate(() => document.body.innerText);
    for (const [rule, name] of halfWidthRules) {
      for (const match of text.matchAll(rule)) {
        const at = match.index ?? 0;
        problems.push(`${path}: ${name}: “${text.slice(Math.max(0, at - 12), at + match[0].length + 12)}”`);
      }
    }
  }
  await context.close();
  expect(problems).toEqual([]);
});
