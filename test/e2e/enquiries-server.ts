/**
 * Support for the enquiry specs: starts the production server (scripts/serve.mjs, which runs the build's own entry,
 * or that entry directly in a copied build) as a child process on a free loopback port (PORT=0: the server picks one
 * and prints it) with its own DATA_DIR and environment, so a spec can set limits, point the CRM webhook at a local
 * receiver, kill -9 it, or run it as an unprivileged user.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, statSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "../support/free-port.ts";

export { freePort };

/** A new, empty data folder under test-results/. */
export function freshDataDir(label: string): string {
  const dir = resolve("test-results", "enquiries-e2e", `${label}-${randomUUID().slice(0, 8)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface ServerProcess {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly output: string[];
  readonly child: ChildProcess;
  /** SIGKILL: no shutdown code runs. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** A user without privileges, for tests that need file permissions to bite (root ignores them). */
export interface Unprivileged {
  readonly uid: number;
  readonly gid: number;
  /** A copy of this Node that the user can run (root's cache folder is closed to others). */
  readonly node: string;
}

/**
 * `nobody` with a copy of the running Node under the system's temporary folder, when the tests run as root;
 * otherwise undefined. (test-results/ and root's cache folder are closed to other users.)
 */
export function unprivilegedUser(): Unprivileged | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = join(tmpdir(), "hk-readiness-node-for-nobody");
  const node = join(dir, "node");
  if (!existsSync(node) || statSync(node).size !== statSync(process.execPath).size) {
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
    copyFileSync(process.execPath, node);
    chmodSync(node, 0o755);
  }
  return { uid: 65534, gid: 65534, node };
}

/** A new, empty data folder any user can reach (under the system's temporary folder). */
export function sharedDataDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `enquiries-${label}-`));
  chmodSync(dir, 0o755);
  return dir;
}

/** Gives a folder (and what is in it) to the unprivileged user. */
export function handOver(dir: string, user: Unprivileged): void {
  spawnSync("chown", ["-R", `${user.uid}:${user.gid}`, dir]);
  chownSync(dir, user.uid, user.gid);
}

export async function startServer(options: {
  dataDir: string;
  env?: Record<string, string>;
  /** Folder to run in and the script to run there (default: this checkout, scripts/serve.mjs). */
  cwd?: string;
  script?: string;
  /** Run as this user (see `unprivilegedUser`). */
  as?: Unprivileged;
}): Promise<ServerProcess> {
  const output: string[] = [];
  const child = spawn(options.as?.node ?? process.execPath, [options.script ?? "scripts/serve.mjs"], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: options.dataDir, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.as ? { uid: options.as.uid, gid: options.as.gid } : {}),
  });
  let announced: (url: string) => void = () => undefined;
  const listening = new Promise<string>((r) => {
    announced = r;
  });
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n").filter(Boolean)) {
      output.push(line);
      const url = /^Serving on (http:\/\/[^/\s]+)\//.exec(line)?.[1];
      if (url) announced(url);
    }
  };
  // Always drain the pipes: a full pipe would block the server's logging.
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const url = await Promise.race([
    listening,
    exited.then(() => {
      throw new Error(`server exited at start:\n${output.join("\n")}`);
    }),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`server did not start:\n${output.join("\n")}`)), 30_000),
    ),
  ]);
  const port = Number(new URL(url).port);
  return {
    url,
    port,
    dataDir: options.dataDir,
    output,
    child,
    async kill9() {
      child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** GET `path` with Node's client; resolves with the status, the headers and the body text. */
export function getText(
  url: string,
  path: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((r, reject) => {
    http
      .get(`${url}${path}`, { agent: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => {
          body += c;
        });
        res.on("end", () => r({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on("error", reject);
  });
}

/** Runs the leads CLI against a data folder. */
export function leadsCli(dataDir: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join("src", "cli", "leads.ts"), ...args], {
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A valid enquiry payload with a fresh idempotency key and a unique company name. */
export function enquiryPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = randomUUID();
  return {
    name: "Chan Tai Man",
    company: `E2E company ${id.slice(0, 8)}`,
    email: "tm.chan@example.com.hk",
    phone: "+852 9123 4567",
    role: "Head of Compliance",
    interest: "soc2_type2",
    timing: "3_6m",
    message: "We would like a proposal.",
    locale: "en",
    marketingConsent: false,
    picsVersion: "2026-01",
    website: "",
    idempotencyKey: id,
    ...overrides,
  };
}

/** POSTs JSON with Node's http client (no browser headers); resolves with the status and parsed body, or an error. */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { reference?: string; error?: string } } | { status: 0; error: string }> {
  const payload = JSON.stringify(body);
  return new Promise((r) => {
    const req = http.request(
      `${url}/api/enquiries`,
      {
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), ...headers },
      },
      (res) => {
        let text = "";
        res.on("data", (c) => {
          text += c;
        });
        res.on("end", () => {
          try {
            r({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            r({ status: 0, error: "unreadable answer" });
          }
        });
        res.on("error", (e) => r({ status: 0, error: e.message }));
      },
    );
    req.on("error", (e) => r({ status: 0, error: e.message }));
    req.end(payload);
  });
}
