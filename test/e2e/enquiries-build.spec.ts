/**
 * One server, built once: the production server runs from the build output and the installed packages alone. The
 * build (dist/), package.json and the production packages (those package-lock.json does not mark as dev) are copied
 * into an empty folder, `node dist/server/entry.mjs` is started there, and it serves pages with their policies and
 * stores an enquiry. No source file, no TypeScript, no second copy of the method is there to lean on.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { enquiryPayload, getText, postJson, type ServerProcess, startServer } from "./enquiries-server.ts";

test.setTimeout(120_000);

let server: ServerProcess | undefined;
const folder = resolve("test-results", "built-server-only");
test.afterAll(async () => {
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** Copies a tree with hard links when the file system allows it (fast, same bytes), else byte by byte. */
function copyTree(from: string, to: string): void {
  mkdirSync(join(to, ".."), { recursive: true });
  if (spawnSync("cp", ["-al", from, to]).status !== 0) cpSync(from, to, { recursive: true });
}

test("the build, package.json and the production packages alone serve the site and store an enquiry", async () => {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  copyTree(resolve("dist"), join(folder, "dist"));
  cpSync("package.json", join(folder, "package.json"));
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  for (const [path, info] of Object.entries(lock.packages)) {
    // Top-level packages carry their nested node_modules with them.
    if (!path.startsWith("node_modules/") || path.includes("/node_modules/", "node_modules/".length)) continue;
    if (info.dev || info.devOptional || !existsSync(path)) continue;
    copyTree(resolve(path), join(folder, path));
  }
  expect(readdirSync(folder).sort()).toEqual(["dist", "node_modules", "package.json"]);
  expect(existsSync(join(folder, "node_modules", "vitest"))).toBe(false);

  const dataDir = join(folder, "data");
  server = await startServer({ dataDir, cwd: folder, script: "dist/server/entry.mjs" });
  const page = await getText(server.url, "/zh-hk/");
  expect(page.status).toBe(200);
  expect(page.headers["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
  expect(page.headers["x-frame-options"]).toBe("DENY");
  const persona = JSON.parse(readFileSync("test/fixtures/personas/2-svf-payment-processor.json", "utf8"));
  const stored = await postJson(server.url, enquiryPayload({ attachment: { answerSet: persona.answerSet } }));
  expect(stored.status).toBe(201);
  expect((await getText(server.url, "/readyz")).status).toBe(200);
  expect(existsSync(join(dataDir, "enquiries.db"))).toBe(true);
});
