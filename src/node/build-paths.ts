/**
 * Where the build's files are at run time. The adapter records the build-time folders as absolute URLs; the build may
 * have been moved since (copied to a server, unpacked elsewhere), so the client folder is found relative to the
 * running server bundle, as the adapter itself does: walk up from this module to the server folder's name.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface BuildPaths {
  /** dist/client: prerendered pages and assets. */
  readonly clientDir: string;
  /** dist: the build's root, holding _headers.json. */
  readonly outDir: string;
}

export function buildPaths(
  options: { readonly client: string; readonly server: string },
  moduleUrl: string,
): BuildPaths {
  const serverDir = fileURLToPath(new URL(options.server));
  const clientDir = fileURLToPath(new URL(options.client));
  const serverName = basename(serverDir);
  let folder = dirname(fileURLToPath(moduleUrl));
  while (basename(folder) !== serverName) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`The server bundle is not inside a folder named "${serverName}"`);
    folder = parent;
  }
  const client = resolve(folder, relative(serverDir, clientDir));
  return { clientDir: client, outDir: dirname(client) };
}

/** Exact path → Content-Security-Policy of each prerendered page, from the build's _headers.json (empty without). */
export function readPagePolicies(outDir: string): Map<string, string> {
  const file = join(outDir, "_headers.json");
  if (!existsSync(file)) return new Map();
  const entries = JSON.parse(readFileSync(file, "utf8")) as {
    pathname: string;
    headers: { key: string; value: string }[];
  }[];
  const policies = new Map<string, string>();
  for (const entry of entries) {
    const policy = entry.headers.find((h) => h.key.toLowerCase() === "content-security-policy");
    if (policy) policies.set(entry.pathname, policy.value);
  }
  return policies;
}
