/**
 * Support for the enquiry specs: starts the production server (scripts/serve.mjs over the existing build) as a child
 * process on a free loopback port with its own DATA_DIR and environment, so a spec can set limits, point the CRM
 * webhook at a local receiver, or kill -9 it.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { join, resolve } from "node:path";

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

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

export async function startServer(options: {
  dataDir: string;
  env?: Record<string, string>;
  port?: number;
}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const output: string[] = [];
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: options.dataDir, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Always drain the pipes: a full pipe would block the server's logging.
  child.stdout?.on("data", (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean)));
  child.stderr?.on("data", (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean)));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited at start:\n${output.join("\n")}`);
    const ok = await new Promise<boolean>((r) =>
      http
        .get(`${url}/en/`, (res) => {
          res.resume();
          r(res.statusCode === 200);
        })
        .on("error", () => r(false)),
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output.join("\n")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
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
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
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
