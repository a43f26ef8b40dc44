/**
 * `npm run bench`: median time of `evaluate` over 10,000 random complete answer sets (a report, not a test).
 * Answer sets are generated first so only evaluation is timed.
 */

import { evaluate } from "../src/engine/index.ts";
import { readMethod } from "../src/node/method-files.ts";
import { randomAnswerSet } from "../test/support/random-answers.ts";

const count = Number(process.argv[2] ?? 10_000);
const method = readMethod();
const sets = Array.from({ length: count }, (_, i) => randomAnswerSet(method, i + 1));
for (const set of sets.slice(0, 500)) evaluate(method, set); // warm up the JIT

const times = new Float64Array(count);
for (let i = 0; i < count; i++) {
  const start = performance.now();
  evaluate(method, sets[i] as (typeof sets)[number]);
  times[i] = performance.now() - start;
}
times.sort();
const at = (q: number) => (times[Math.min(count - 1, Math.floor(q * count))] as number) * 1000;
console.log(`evaluate() over ${count} random complete answer sets (Node ${process.versions.node})`);
console.log(
  `  median ${at(0.5).toFixed(1)} µs   p95 ${at(0.95).toFixed(1)} µs   p99 ${at(0.99).toFixed(1)} µs   max ${at(1).toFixed(1)} µs`,
);
