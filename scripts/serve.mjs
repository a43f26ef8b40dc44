/**
 * Production server: the Astro Node adapter's handler (static pages + on-demand routes) behind a
 * small http server that adds security headers and compression. Honours PORT (4321) and HOST (localhost).
 */

import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import compression from "compression";
import { securityHeaders } from "./security-headers.mjs";

process.env.ASTRO_NODE_AUTOSTART = "disabled";
// DIST_DIR lets the measurement script serve its own build without touching dist/.
const distDir = process.env.DIST_DIR
  ? new URL(`file://${process.env.DIST_DIR.replace(/\/?$/, "/")}`)
  : new URL("../dist/", import.meta.url);
const entry = new URL("server/entry.mjs", distDir);
if (!existsSync(entry)) {
  console.error("No build found at dist/. Run `npm run build` (or `npm start`, which builds when needed).");
  process.exit(1);
}
const { handler } = await import(entry.href);

// Per-page headers from the build (the Content-Security-Policy with each page's script and style hashes). The
// adapter matches them by substring, so /en/ could receive /en/assessment/'s policy; match the exact path here.
const headersFile = new URL("_headers.json", distDir);
const pageHeaders = new Map(
  existsSync(headersFile)
    ? JSON.parse(readFileSync(headersFile, "utf8")).map((entry) => [
        entry.pathname,
        Object.fromEntries(entry.headers.map((h) => [h.key.toLowerCase(), h.value])),
      ])
    : [],
);
function exactPolicy(url) {
  let path;
  try {
    path = decodeURI(new URL(url ?? "/", "http://localhost").pathname);
  } catch {
    return undefined;
  }
  const headers = pageHeaders.get(path) ?? pageHeaders.get(path.endsWith("/") ? path : `${path}/`);
  return headers?.["content-security-policy"];
}
// Enquiries: open and migrate the database and start the CRM outbox worker before accepting requests
// (src/server/boot.ts; the API route in the bundle shares this instance).
const enquiries = await import("../src/server/boot.ts");
enquiries.startEnquiries();
const compress = compression({ threshold: 1024 });

const port = Number(process.env.PORT || 4321);
const host = process.env.HOST || "localhost";

const server = http.createServer((req, res) => {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  const policy = exactPolicy(req.url);
  if (policy) {
    res.setHeader("Content-Security-Policy", policy);
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) =>
      String(name).toLowerCase() === "content-security-policy" ? res : setHeader(name, value);
  }
  // The adapter answers a path without its trailing slash with a 301, which turns a POST into a GET: serve API
  // routes at both forms instead (POST /api/enquiries and /api/enquiries/).
  if (req.url?.startsWith("/api/")) req.url = req.url.replace(/^(\/api\/(?:[^?#]*\/)?[^/?#.]+)(?=$|[?#])/, "$1/");
  compress(req, res, () => handler(req, res));
});
server.keepAliveTimeout = 5000;
server.listen(port, host, () => {
  console.log(`Serving on http://${host}:${port}/ (English: /en/, 繁體中文: /zh-hk/)`);
});

function shutdown() {
  server.close(() => enquiries.stopEnquiries().finally(() => process.exit(0)));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
