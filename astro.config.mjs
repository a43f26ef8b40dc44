// @ts-check
import { readFileSync } from "node:fs";
import mdx from "@astrojs/mdx";
import node from "@astrojs/node";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { parse } from "yaml";
import { yamlPlugin } from "./scripts/yaml-plugin.mjs";

// The public address comes from the firm's settings file; SITE_URL overrides it for a deployment.
const firmSettings = parse(readFileSync(new URL("./content/firm.yaml", import.meta.url), "utf8"));
const site = process.env.SITE_URL || firmSettings.siteUrl;

export default defineConfig({
  site,
  trailingSlash: "always",
  output: "static",
  adapter: node({ mode: "standalone", staticHeaders: true }),
  security: {
    checkOrigin: true,
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ],
    },
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
