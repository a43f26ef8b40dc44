/**
 * The public site address the build was made for (`site` in astro.config.mjs: SITE_URL at build time, else
 * `siteUrl` in content/firm.yaml), without a trailing slash. For links the server writes (CRM deliveries).
 */
import { firm } from "../lib/site-firm.ts";

export const siteUrl: string = (import.meta.env.SITE || firm.siteUrl).replace(/\/+$/, "");
