import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs, tempDir } from "./support.ts";

afterAll(removeTempDirs);

const unit = readFileSync("deploy/readiness-site.service", "utf8");
const caddyfile = readFileSync("deploy/Caddyfile", "utf8");
const has = (tool: string, ...args: string[]) => spawnSync(tool, args, { stdio: "ignore" }).status === 0;

function setting(name: string): string[] {
  return [...unit.matchAll(new RegExp(`^${name}=(.*)$`, "gm"))].map((m) => m[1] ?? "");
}

describe("deploy/readiness-site.service", () => {
  it("restarts on failure, runs the build's entry, and can write nothing but DATA_DIR, without new privileges", () => {
    expect(setting("Restart")).toEqual(["on-failure"]);
    expect(setting("ExecStart")[0]).toMatch(/ dist\/server\/entry\.mjs$/);
    expect(setting("ProtectSystem")).toEqual(["strict"]);
    expect(setting("NoNewPrivileges")).toEqual(["yes"]);
    const dataDir = setting("Environment")
      .flatMap((line) => line.split(" "))
      .find((pair) => pair.startsWith("DATA_DIR="))
      ?.slice("DATA_DIR=".length);
    expect(dataDir).toBe("/var/lib/readiness-site");
    expect(setting("ReadWritePaths")).toEqual([dataDir]);
    expect(setting("StateDirectory")).toEqual(["readiness-site"]);
    expect(setting("StateDirectoryMode")).toEqual(["0700"]);
  });

  it.skipIf(!has("systemd-analyze", "--version"))(
    "passes systemd-analyze verify (with this machine's Node as ExecStart)",
    () => {
      const copy = join(tempDir("unit-"), "readiness-site.service");
      writeFileSync(copy, unit.replaceAll("/usr/local/bin/node", process.execPath));
      const result = spawnSync("systemd-analyze", ["verify", copy], { encoding: "utf8" });
      expect(result.stderr.trim(), result.stderr).toBe("");
      expect(result.status).toBe(0);
    },
  );
});

describe("deploy/Caddyfile", () => {
  it("limits request bodies and the time to read a request, and proxies to the server's port", () => {
    expect(caddyfile).toMatch(/request_body \{\s+max_size 128KB\s+\}/);
    expect(caddyfile).toMatch(/read_header 10s/);
    expect(caddyfile).toMatch(/read_body 15s/);
    expect(caddyfile).toMatch(/reverse_proxy 127\.0\.0\.1:4321/);
    expect(unit).toContain("PORT=4321");
  });

  it.skipIf(!has("caddy", "version"))("passes caddy validate", () => {
    const result = spawnSync("caddy", ["validate", "--config", "deploy/Caddyfile", "--adapter", "caddyfile"], {
      encoding: "utf8",
    });
    expect(result.stdout + result.stderr).toContain("Valid configuration");
    expect(result.status).toBe(0);
  });
});
