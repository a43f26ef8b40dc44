/**
 * The public site address for links in CRM deliveries and exports, outside the Astro bundle: `SITE_URL`, else
 * `siteUrl` in content/firm.yaml (the same rule as astro.config.mjs).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { parseFirm } from "../lib/firm.ts";

export function readSiteUrl(
  env: Readonly<Record<string, string | undefined>> = process.env,
  file = join(import.meta.dirname, "../../content/firm.yaml"),
): string {
  const fromEnv = env.SITE_URL?.trim();
  if (fromEnv) return fromEnv.replace(/\/+$/, "");
  return parseFirm(parse(readFileSync(file, "utf8")), file).siteUrl.replace(/\/+$/, "");
}
