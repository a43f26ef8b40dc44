// @ts-check
import { readFileSync } from "node:fs";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { parse } from "yaml";
import { yamlPlugin } from "./scripts/yaml-plugin.mjs";
import { siteServerAdapter } from "./src/node/astro-adapter.ts";
import { cspDirectives } from "./src/node/security-headers.ts";

// The public address comes from the firm's settings file; SITE_URL overrides it for a deployment.
const firmSettings = parse(readFileSync(new URL("./content/firm.yaml", import.meta.url), "utf8"));
const site = process.env.SITE_URL || firmSettings.siteUrl;

export default defineConfig({
  site,
  trailingSlash: "always",
  output: "static",
  // The Node adapter with the site's hardened server as its entry (src/node/server-entry.ts).
  adapter: siteServerAdapter({ mode: "standalone", staticHeaders: true, bodySizeLimit: 1024 * 1024 }),
  // Every image is a file of the build: the on-demand image endpoint is replaced by one that answers 404.
  image: { endpoint: { route: "/_image", entrypoint: "./src/node/image-endpoint-off.ts" } },
  security: {
    checkOrigin: true,
    csp: { directives: [...cspDirectives] },
  },
  i18n: {
    locales: ["en", "zh-hk"],
    defaultLocale: "en",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    preact(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: "en", locales: { en: "en", "zh-hk": "zh-Hant-HK" } },
      // Staff tools are not public pages; "/" only redirects to a language; the assessment's step pages are views of
      // one tool (noindex), reached from its start page.
      filter: (page) =>
        !page.includes("/staff/") && new URL(page).pathname !== "/" && !/\/assessment\/.+/.test(new URL(page).pathname),
    }),
  ],
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: "always" },
  vite: { plugins: [yamlPlugin()] },
});
