/**
 * The enquiry database as an operator meets it, on real server processes: a read-only volume, a full one, a damaged
 * file restored from a backup, and an erasure while the server runs. In each case pages keep being served, /readyz
 * names the problem, the log has one line for it, and nothing acknowledged is lost.
 *
 * Read-only: root ignores file permissions, so when the tests run as root the server runs as `nobody` (with a copy
 * of Node it can execute) over a data folder it cannot write. Full: ENQUIRY_DB_MAX_MB caps the file, which answers
 * exactly like a full disk (SQLITE_FULL).
 */
import { chmodSync, closeSync, copyFileSync, existsSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import {
  enquiryPayload,
  freshDataDir,
  getText,
  handOver,
  leadsCli,
  postJson,
  type ServerProcess,
  sharedDataDir,
  startServer,
  unprivilegedUser,
} from "./enquiries-server.ts";

test.describe.configure({ mode: "serial" });
test.setTimeout(90_000);

const servers: ServerProcess[] = [];
test.afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

async function start(options: Parameters<typeof startServer>[0]): Promise<ServerProcess> {
  const server = await startServer(options);
  servers.push(server);
  return server;
}

async function readiness(server: ServerProcess): Promise<{ status: number; body: unknown }> {
  const res = await getText(server.url, "/readyz");
  return { status: res.status, body: JSON.parse(res.body) };
}

function logLines(server: ServerProcess, event: string): Record<string, unknown>[] {
  return server.output
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((fields) => fields.event === event);
}

test("a read-only volume: pages are served, enquiries get 503, /readyz says read_only, the log says it once", async () => {
  const dataDir = sharedDataDir("read-only");
  const user = unprivilegedUser();
  if (user) handOver(dataDir, user);
  const first = await start({ dataDir, ...(user ? { as: user } : {}) });
  const stored = await postJson(first.url, enquiryPayload());
  expect(stored.status).toBe(201);
  await first.stop();
  servers.pop();

  for (const file of ["enquiries.db", "enquiries.db-wal", "enquiries.db-shm"]) {
    if (existsSync(join(dataDir, file))) chmodSync(join(dataDir, file), 0o400);
  }
  chmodSync(dataDir, 0o500);
  try {
    const server = await start({ dataDir, ...(user ? { as: user } : {}) });
    expect((await getText(server.url, "/en/")).status).toBe(200);
    expect(await readiness(server)).toEqual({ status: 503, body: { status: "unavailable", reason: "read_only" } });
    const refused = await postJson(server.url, enquiryPayload());
    expect(refused.status).toBe(503);
    expect((await getText(server.url, "/healthz")).status).toBe(200);
    // The staff accounts' database is on the same volume: the staff area says it is unavailable, nothing more.
    expect((await getText(server.url, "/en/staff/")).status).toBe(503);
    expect(logLines(server, "storage").filter((l) => l.problem === "read_only")).toHaveLength(1);
    expect(server.output.join("\n")).toMatch(/enquiries: The enquiries database is read-only/);
  } finally {
    chmodSync(dataDir, 0o700);
  }
  await test.info().attach("read-only as", { body: user ? "nobody (tests run as root)" : "the test user" });
  // Nothing stored was lost.
  expect(leadsCli(dataDir, "show", "body" in stored ? String(stored.body.reference) : "").code).toBe(0);
  rmSync(dataDir, { recursive: true, force: true });
});

test("a full volume: new enquiries get 503, /readyz says disk_full, every acknowledged lead is still there", async () => {
  const dataDir = freshDataDir("full");
  const server = await start({ dataDir, env: { ENQUIRY_DB_MAX_MB: "1", ENQUIRY_RATE_LIMIT: "100000" } });
  expect((await readiness(server)).status).toBe(200);
  const persona = JSON.parse(readFileSync("test/fixtures/personas/5-mid-size-ai-user-provider.json", "utf8"));
  const acknowledged: string[] = [];
  let refusedStatus = 0;
  for (let i = 0; i < 400 && refusedStatus === 0; i++) {
    const res = await postJson(server.url, enquiryPayload({ attachment: { answerSet: persona.answerSet } }));
    if (res.status === 201 && "body" in res && res.body.reference) acknowledged.push(res.body.reference);
    else refusedStatus = res.status;
  }
  expect(refusedStatus).toBe(503);
  expect(acknowledged.length).toBeGreaterThan(5);
  expect(await readiness(server)).toEqual({ status: 503, body: { status: "unavailable", reason: "disk_full" } });
  expect(logLines(server, "storage").filter((l) => l.problem === "disk_full")).toHaveLength(1);
  expect((await getText(server.url, "/zh-hk/")).status).toBe(200);
  const exported = JSON.parse(leadsCli(dataDir, "export", "--format", "json").stdout) as { reference: string }[];
  expect(exported.map((d) => d.reference)).toEqual(acknowledged);
});

test("a damaged file: the server says what is wrong and how to restore; export reads the rest; the backup restores", async () => {
  const dataDir = freshDataDir("corrupt");
  const backups = freshDataDir("corrupt-backups");
  const first = await start({ dataDir, env: { ENQUIRY_RATE_LIMIT: "100000" } });
  const references: string[] = [];
  for (let i = 0; i < 60; i++) {
    const res = await postJson(first.url, enquiryPayload({ company: `Damage company ${i}` }));
    if ("body" in res && res.body.reference) references.push(res.body.reference);
  }
  const backup = join(backups, "enquiries-backup.db");
  const made = leadsCli(dataDir, "backup", backup);
  expect(made.stdout).toContain("Backed up 60 enquiries");
  await first.stop();
  servers.pop();

  // A failing disk garbles the page holding one lead.
  const path = join(dataDir, "enquiries.db");
  const bytes = readFileSync(path);
  const at = bytes.indexOf(Buffer.from("Damage company 30"));
  const fd = openSync(path, "r+");
  writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(at / 4096) * 4096);
  closeSync(fd);

  const damaged = await start({ dataDir });
  expect((await getText(damaged.url, "/en/")).status).toBe(200);
  expect(await readiness(damaged)).toEqual({ status: 503, body: { status: "unavailable", reason: "corrupt" } });
  expect(logLines(damaged, "storage")).toContainEqual(expect.objectContaining({ problem: "corrupt" }));
  expect(damaged.output.join("\n")).toMatch(/damaged.*restore the latest backup as enquiries\.db/);
  expect((await postJson(damaged.url, enquiryPayload())).status).toBe(503);
  await damaged.stop();
  servers.pop();

  const partial = leadsCli(dataDir, "export", "--format", "json");
  expect(partial.code).toBe(3);
  const readable = (JSON.parse(partial.stdout) as { reference: string }[]).map((d) => d.reference);
  const unreadable = [...partial.stderr.matchAll(/ENQ-\d{4}-[0-9A-Z]{8}/g)].map((m) => m[0]);
  expect(readable.length + unreadable.length).toBe(60);
  expect([...readable, ...unreadable].sort()).toEqual([...references].sort());

  // README, Backups: stop the server, put the copy in place, delete -wal and -shm, start.
  for (const file of ["enquiries.db-wal", "enquiries.db-shm"]) rmSync(join(dataDir, file), { force: true });
  copyFileSync(backup, path);
  const restored = await start({ dataDir });
  expect((await readiness(restored)).status).toBe(200);
  const back = (JSON.parse(leadsCli(dataDir, "export", "--format", "json").stdout) as { reference: string }[]).map(
    (d) => d.reference,
  );
  expect(back).toEqual(references);
  expect((await postJson(restored.url, enquiryPayload())).status).toBe(201);
});

test("erasing a lead while the server runs leaves no trace of it in the database file or its write-ahead log", async () => {
  const dataDir = freshDataDir("erase");
  const server = await start({ dataDir, env: { ENQUIRY_RATE_LIMIT: "100000" } });
  const persona = JSON.parse(readFileSync("test/fixtures/personas/2-svf-payment-processor.json", "utf8"));
  for (let i = 0; i < 20; i++) await postJson(server.url, enquiryPayload({ email: `other${i}@example.hk` }));
  const email = "erase-this-subject@privacy-example.hk";
  const res = await postJson(
    server.url,
    enquiryPayload({ email, name: "Subject Tobe Erased", attachment: { answerSet: persona.answerSet } }),
  );
  const reference = "body" in res ? String(res.body.reference) : "";
  for (let i = 20; i < 40; i++) await postJson(server.url, enquiryPayload({ email: `other${i}@example.hk` }));
  const files = () =>
    Buffer.concat(
      ["enquiries.db", "enquiries.db-wal", "enquiries.db-shm"]
        .map((f) => join(dataDir, f))
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f)),
    );
  expect(files().includes(Buffer.from(email))).toBe(true);

  const erased = leadsCli(dataDir, "erase", reference);
  expect(erased.code).toBe(0);
  expect(erased.stdout).toContain(`Erased ${reference}`);
  // The server is still running and holds its connection open: the bytes are gone anyway.
  for (const secret of [email, "Subject Tobe Erased"])
    expect(files().includes(Buffer.from(secret)), secret).toBe(false);
  expect(files().includes(Buffer.from("other39@example.hk"))).toBe(true);
  expect(leadsCli(dataDir, "show", reference).stdout).toContain("was erased on request");
  expect((await postJson(server.url, enquiryPayload())).status).toBe(201);
});
