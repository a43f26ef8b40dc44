/**
 * Every on-demand request first passes the staff area's gate (src/staff-guard.ts). Then every HTML page (at build
 * time for prerendered pages) is post-processed: headings and ledes wrap between words in Chinese and keep "SOC 2" or
 * "ISO/IEC 42001" on one line (src/lib/cjk-wbr.ts). Other responses pass through.
 */
import { defineMiddleware, sequence } from "astro:middleware";
import { addHeadingBreaks } from "./lib/cjk-wbr.ts";
import { staffGuard } from "./staff-guard.ts";

const headingBreaks = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.includes("text/html")) return response;
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(addHeadingBreaks(html), { status: response.status, statusText: response.statusText, headers });
});

export const onRequest = sequence(staffGuard, headingBreaks);
