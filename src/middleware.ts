/**
 * Post-processes every HTML page (at build time for prerendered pages): headings and ledes wrap between words in
 * Chinese and keep "SOC 2" or "ISO/IEC 42001" on one line (src/lib/cjk-wbr.ts). Other responses pass through.
 */
import { defineMiddleware } from "astro:middleware";
import { addHeadingBreaks } from "./lib/cjk-wbr.ts";

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.includes("text/html")) return response;
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(addHeadingBreaks(html), { status: response.status, statusText: response.statusText, headers });
});
