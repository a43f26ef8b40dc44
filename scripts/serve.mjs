/**
 * `npm run serve`: the production server of the existing build, `node dist/server/entry.mjs` (src/node/server-entry.ts
 * compiled into the build): the same hardened server `npm start` runs after building. Only the build and the installed
 * packages are used, no source file. Honours PORT and HOST (README, "Running in production"); DIST_DIR serves another
 * build folder (`npm run perf` measures its own).
 */
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { ensureNode } from "./ensure-node.mjs";

await ensureNode(import.meta.url, "npm run serve");

const distDir = process.env.DIST_DIR
  ? pathToFileURL(process.env.DIST_DIR.replace(/\/?$/, "/"))
  : new URL("../dist/", import.meta.url);
const entry = new URL("server/entry.mjs", distDir);
if (!existsSync(entry)) {
  console.error("No build found at dist/. Run `npm run build` (or `npm start`, which builds when needed).");
  process.exit(1);
}
await import(entry.href);
