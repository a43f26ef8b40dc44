/**
 * Questionnaire version 3 splits four bundled control statements. Saved answers of version 2 (the persona copies in
 * test/fixtures/v2) migrate to version 3 with each part taking the old answer, so every result stays the same.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAnswerSet, splitInVersion3 } from "../../../src/engine/answers.ts";
import { evaluate } from "../../../src/engine/index.ts";
import { dated } from "../../support/dated.ts";
import { method } from "./support.ts";

const v2 = readdirSync("test/fixtures/v2").map((file) => ({
  file,
  old: JSON.parse(readFileSync(`test/fixtures/v2/${file}`, "utf8")).answerSet,
  current: JSON.parse(readFileSync(`test/fixtures/personas/${file}`, "utf8")).answerSet,
}));

describe("saved answers of questionnaire version 2 migrate to version 3", () => {
  it("there is a version-2 copy of every persona", () => {
    expect(v2.map((f) => f.file).sort()).toEqual(readdirSync("test/fixtures/personas").sort());
    for (const { old } of v2) expect(old.version).toBe(2);
  });

  it("each split question's answer is carried to every part, and the old id is gone", () => {
    for (const { file, old } of v2) {
      const migrated = parseAnswerSet(method, old);
      if (!migrated.ok) throw new Error(`${file}: ${JSON.stringify(migrated.issues)}`);
      expect(migrated.migratedFrom, file).toBe(2);
      expect(migrated.value.version, file).toBe(method.questionnaire.version);
      for (const [id, parts] of Object.entries(splitInVersion3)) {
        expect(migrated.value.answers[id], `${file} ${id}`).toBeUndefined();
        for (const part of parts) expect(migrated.value.answers[part], `${file} ${part}`).toBe(old.answers[id]);
      }
    }
  });

  it("a migrated version-2 answer set gives the same assessment as the version-3 persona", () => {
    for (const { file, old, current } of v2) {
      const migrated = parseAnswerSet(method, old);
      const now = parseAnswerSet(method, current);
      if (!migrated.ok || !now.ok) throw new Error(file);
      expect(migrated.value.answers, file).toEqual(now.value.answers);
      expect(evaluate(method, dated(migrated.value)), file).toEqual(evaluate(method, dated(now.value)));
    }
  });

  it("the parts of a split question weigh together what the question weighed, so a migrated score is unchanged", () => {
    const v2Weights: Record<string, number> = {
      pol_set: 3,
      vuln_patch_malware: 2,
      avail_backups: 3,
      vendor_due_diligence: 3,
    };
    for (const [id, parts] of Object.entries(splitInVersion3)) {
      const weights = parts.map((part) => {
        const question = method.questionsById.get(part);
        if (question?.type !== "maturity") throw new Error(part);
        return question.weight;
      });
      expect(
        weights.reduce((a, b) => a + b, 0),
        id,
      ).toBe(v2Weights[id]);
    }
  });

  it("an answer to a part already given is kept, and a version-3 set is left as it is", () => {
    const migrated = parseAnswerSet(method, {
      version: 2,
      answers: { pol_set: "informal", pol_access_use: "evidenced" },
    });
    expect(migrated.ok && migrated.value.answers).toEqual({
      pol_access_use: "evidenced",
      pol_operations: "informal",
      pol_vendor_data: "informal",
    });
    const unchanged = parseAnswerSet(method, { version: 3, answers: { pol_operations: "none" } });
    expect(unchanged.ok && unchanged.value.answers).toEqual({ pol_operations: "none" });
  });
});
