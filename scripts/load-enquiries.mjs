/**
 * `npm run load:enquiries -- [--url http://localhost:4321] [--concurrency 16] [--duration 10] [--warmup 2]`
 *
 * Load report for POST /api/enquiries (a report, not a test; it never fails on numbers). Sends valid enquiries, each
 * with a fresh idempotency key and the answers of a persona attached (so the server evaluates the assessment and
 * stores a full lead), from `concurrency` connections for `duration` seconds, and prints requests per second and the
 * latency percentiles of the acknowledged ones.
 *
 * It builds and starts nothing. Start the server yourself on an empty DATA_DIR with the rate limit raised, e.g.
 *   DATA_DIR=/tmp/load-data ENQUIRY_RATE_LIMIT=1000000000 SKIP_BUILD=1 npm start
 * Only loopback addresses are accepted as targets.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:4321" },
    concurrency: { type: "string", default: "16" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
  },
});
const target = new URL("/api/enquiries", values.url);
if (!["localhost", "127.0.0.1", "[::1]"].includes(target.hostname) && !/^127\./.test(target.hostname)) {
  console.error(`Refusing to load ${target.hostname}: only loopback addresses are load-tested.`);
  process.exit(2);
}
const concurrency = Math.max(1, Math.min(256, Number(values.concurrency)));
const duration = Math.max(1, Math.min(120, Number(values.duration)));
const warmup = Math.max(0, Math.min(30, Number(values.warmup)));

const persona = JSON.parse(
  readFileSync(new URL("../test/fixtures/personas/5-mid-size-ai-user-provider.json", import.meta.url), "utf8"),
);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
let sequence = 0;

/** @returns {string} the JSON of a fresh, valid enquiry */
function body() {
  sequence += 1;
  return JSON.stringify({
    name: "Load Test",
    company: `Load test company ${sequence}`,
    email: `load${sequence}@example.com`,
    phone: "+852 9123 4567",
    role: "Tester",
    interest: "both",
    timing: "3_6m",
    message: "Load test enquiry.",
    locale: sequence % 2 ? "en" : "zh-hk",
    marketingConsent: false,
    picsVersion: "2026-01",
    website: "",
    idempotencyKey: randomUUID(),
    attachment: { answerSet: persona.answerSet },
  });
}

/**
 * Sends one enquiry; never rejects.
 * @returns {Promise<{ status: number, ms: number }>} the HTTP status (0 for a network error) and the latency in ms
 */
function post() {
  const payload = body();
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request(
      target,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          origin: target.origin,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on("error", () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(payload);
  });
}

/**
 * Keeps `concurrency` connections busy for `seconds`.
 * @param {number} seconds
 */
async function phase(seconds) {
  const deadline = performance.now() + seconds * 1000;
  /** @type {number[]} latencies in ms of the acknowledged (201) requests */
  const latencies = [];
  /** @type {Map<number, number>} requests per HTTP status */
  const statuses = new Map();
  async function worker() {
    while (performance.now() < deadline) {
      const { status, ms } = await post();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status === 201) latencies.push(ms);
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, statuses, elapsed: (performance.now() - started) / 1000 };
}

if (warmup > 0) await phase(warmup);
const { latencies, statuses, elapsed } = await phase(duration);
agent.destroy();

latencies.sort((a, b) => a - b);
/**
 * @param {number} q a quantile, 0–1
 * @returns {number} NaN when nothing was acknowledged
 */
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
const total = [...statuses.values()].reduce((a, b) => a + b, 0);
console.log(`POST ${target.href}: ${concurrency} connections for ${duration} s (after ${warmup} s warm-up)`);
console.log(
  `  requests ${total}, acknowledged (201) ${latencies.length}, ${(latencies.length / elapsed).toFixed(0)} req/s`,
);
console.log(
  `  latency of 201s: p50 ${at(0.5).toFixed(1)} ms   p95 ${at(0.95).toFixed(1)} ms   p99 ${at(0.99).toFixed(1)} ms   max ${at(1).toFixed(1)} ms`,
);
console.log(`  statuses: ${[...statuses].map(([s, n]) => `${s || "network error"}: ${n}`).join(", ")}`);
if (statuses.get(429))
  console.log("  429s: start the server with ENQUIRY_RATE_LIMIT raised (see the header of this script).");
