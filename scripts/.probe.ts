import { readdirSync, readFileSync } from "node:fs";
import { readMethod } from "../src/cli/method-files.ts";
import { parseAnswerSet } from "../src/engine/answers.ts";
import { evaluate } from "../src/engine/index.ts";
import { publishedIsoRanges } from "../src/engine/published.ts";

const method = readMethod();
for (const r of publishedIsoRanges(method)) console.log(r.example, r.role, r.range.min, r.range.max);
for (const f of readdirSync("test/fixtures/personas")) {
  const p = parseAnswerSet(method, JSON.parse(readFileSync(`test/fixtures/personas/${f}`, "utf8")).answerSet);
  if (!p.ok) {
    console.log(f, p.issues);
    continue;
  }
  const a = evaluate(method, { ...p.value, startDate: p.value.startDate ?? "2027-01-04" });
  console.log(
    f,
    a.readiness.overall.score,
    a.readiness.overall.band,
    "soc2",
    a.readiness.soc2.score,
    a.readiness.soc2.band,
    a.soc2.engagement.path,
    a.soc2.engagement.observationMonths,
    "days",
    a.soc2.days.type1?.days,
    a.soc2.days.type2?.days,
    "iso",
    a.iso42001.applicable ? a.iso42001.days.initial : "-",
    a.readiness.iso42001?.band,
    "deadline",
    JSON.stringify(a.soc2.engagement.deadline),
  );
}
