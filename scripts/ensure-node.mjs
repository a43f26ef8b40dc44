/**
 * The commands' own Node check (npm start, npm run serve, npm test, npm run leads), runnable by any Node from 18 on:
 * when the running Node cannot run the project, scripts/ensure-node.sh provides one (installing Node 24 from the npm
 * registry into a cache folder when needed) and the command re-runs itself under it, saying so in one line.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Node versions that run the project: type stripping and node:sqlite without flags.
 * @param {string} [version]
 * @returns {boolean}
 */
export function isSupportedNode(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return (major === 22 && minor >= 18) || (major === 23 && minor >= 6) || major > 23;
}

/**
 * Returns at once when this Node is supported. Otherwise runs `script` (a file URL) again, with the same arguments,
 * under a supported Node with that Node first on PATH, and never resolves: the process ends with the child's exit code.
 * @param {string} script the caller's `import.meta.url`
 * @param {string} label the command's name, as messages show it
 * @returns {Promise<void>}
 */
export async function ensureNode(script, label) {
  if (isSupportedNode()) return;
  const shell = fileURLToPath(new URL("./ensure-node.sh", import.meta.url));
  const cache = process.env.NODE_CACHE_DIR || `${process.env.HOME}/.cache/soc2-readiness-node`;
  const cached = ["x64", "arm64"].some((arch) => existsSync(`${cache}/node_modules/node-linux-${arch}/bin/node`));
  const found = spawnSync("bash", ["-c", `. "${shell}" && command -v node`], {
    encoding: "utf8",
    env: { ...process.env, ENSURE_NODE_QUIET: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const node = found.stdout.trim().split("\n").pop() ?? "";
  if (found.status !== 0 || !node) {
    const reason = found.stderr.trim().split("\n").pop() || "bash or npm is not available";
    console.error(
      `${label}: Node ${process.version} is too old (22.18 or later is needed) and none could be provided: ${reason}`,
    );
    process.exit(1);
  }
  const version = spawnSync(node, ["-v"], { encoding: "utf8" }).stdout.trim();
  const how = cached
    ? `the cached Node ${version} in ${dirname(dirname(node))}`
    : `Node ${version}, just installed from the npm registry into ${cache}`;
  console.error(`${label}: Node ${process.version} is too old for this project; running under ${how}.`);
  const child = spawn(node, [fileURLToPath(script), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH ?? ""}` },
  });
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"]))
    process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  await new Promise(() => {});
}
