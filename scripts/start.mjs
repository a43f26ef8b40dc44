/**
 * `npm start`: on a Node too old for the project, provides Node 24 and re-runs under it (scripts/ensure-node.mjs);
 * builds the site when dist/ is missing or older than the sources; then serves it with the production server
 * (scripts/serve.mjs, the build's own entry). Set SKIP_BUILD=1 to serve whatever is in dist/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ensureNode } from "./ensure-node.mjs";

await ensureNode(import.meta.url, "npm start");

const root = new URL("..", import.meta.url).pathname;
const marker = join(root, "dist/server/entry.mjs");
const sources = ["src", "content", "public", "astro.config.mjs", "package.json", "scripts/yaml-plugin.mjs"];

/**
 * @param {string} path
 * @returns {number} the newest modification time (ms) of `path` or anything under it; 0 when it does not exist
 */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
const stale = sources.some((s) => newestMtime(join(root, s)) > built);
if (!process.env.SKIP_BUILD && (built === 0 || stale)) {
  console.log(built === 0 ? "No build yet: building…" : "Sources changed since the last build: rebuilding…");
  const fonts = spawnSync(process.execPath, [join(root, "scripts/build-pdf-font.mjs")], {
    cwd: root,
    stdio: "inherit",
  });
  if (fonts.status !== 0) process.exit(fonts.status ?? 1);
  const result = spawnSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import("./serve.mjs");
