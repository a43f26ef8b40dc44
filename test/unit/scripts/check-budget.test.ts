import { describe, expect, it } from "vitest";
import { pageScripts, staticImports } from "../../../scripts/check-budget.mjs";

describe("the size budget counts the JavaScript a page starts with", () => {
  it("counts inline and external scripts, island modules and module preloads; not JSON-LD", () => {
    const html = `<script type="application/ld+json">{"@type":"Thing"}</script>
      <script>console.log(1)</script><script type="module" src="/_astro/page.js"></script>
      <astro-island component-url="/_astro/Form.js" renderer-url="/_astro/client.js"></astro-island>
      <link rel="modulepreload" href="/_astro/shared.js">`;
    const { inline, urls } = pageScripts(html);
    expect(inline).toEqual(["console.log(1)"]);
    expect(urls.sort()).toEqual(["/_astro/Form.js", "/_astro/client.js", "/_astro/page.js", "/_astro/shared.js"]);
  });

  it("a page with only structured data has no JavaScript", () => {
    expect(pageScripts(`<script type="application/ld+json">{}</script><p>text</p>`)).toEqual({ inline: [], urls: [] });
  });

  it("follows static imports and re-exports of built chunks, not dynamic import()", () => {
    const code = `import{a as b}from"./preact.js";import"./styles.js";export{c}from"../shared/x.js";const l=()=>import("./Results.js");`;
    expect(staticImports(code).sort()).toEqual(["../shared/x.js", "./preact.js", "./styles.js"]);
  });
});
