/**
 * `npm test`: type check, lint, unit tests, end-to-end tests (which build the site), the JavaScript size budget, in that order, stopping at the first failure. First it
 * checks its tools the way `npm start` does: an old Node is replaced by Node 24 (scripts/ensure-node.mjs); what it
 * cannot install itself (Chromium, pdftotext: system packages) it names in one line with the command that installs it.
 */
import { spawnSync } from "node:child_process";
import { findChromium } from "./chromium.mjs";
import { ensureNode } from "./ensure-node.mjs";

await ensureNode(import.meta.url, "npm test");

const missing = [];
if (!(await findChromium())) missing.push({ tool: "Chromium", apt: "chromium" });
if (spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).error)
  missing.push({ tool: "pdftotext", apt: "poppler-utils" });
if (missing.length > 0) {
  const chromium = missing.some((m) => m.tool === "Chromium") ? ", or set CHROMIUM_PATH to a Chromium binary" : "";
  console.error(
    `npm test: ${missing.map((m) => m.tool).join(" and ")} missing: install with \`sudo apt-get install -y ${missing.map((m) => m.apt).join(" ")}\` (Debian/Ubuntu)${chromium}.`,
  );
  process.exit(1);
}

const npm = process.env.npm_execpath;
for (const step of ["check", "lint", "test:unit", "test:e2e", "test:budget"]) {
  const run = npm
    ? spawnSync(process.execPath, [npm, "run", step], { stdio: "inherit" })
    : spawnSync("npm", ["run", step], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
