import { describe, expect, it } from "vitest";
import { answerText } from "../../../src/report/answer-text.ts";
import { createFormatter } from "../../../src/report/format.ts";
import { formatScore } from "../../../src/report/score-format.ts";
import { method } from "../engine/support.ts";

const en = createFormatter(method, "en");
const zh = createFormatter(method, "zh-hk");
const question = (id: string) => {
  const q = method.questionsById.get(id);
  if (!q) throw new Error(id);
  return q;
};

describe("answers read back on check your answers and in the report", () => {
  it("a number has its unit, in the singular for one in English", () => {
    expect(answerText(en, question("sites"), 1)).toBe("1 location");
    expect(answerText(en, question("sites"), 3)).toBe("3 locations");
    expect(answerText(en, question("headcount"), 40)).toBe("40 people");
    expect(answerText(zh, question("sites"), 1)).toBe("1 個地點");
  });

  it("choices read as their labels; several are joined; an unanswered question has no text", () => {
    expect(answerText(en, question("industry"), "payments")).toBe(en.option("industry", "payments"));
    expect(answerText(en, question("commitments"), ["uptime_sla", "confidential_nda"])).toBe(
      `${en.option("commitments", "uptime_sla")}; ${en.option("commitments", "confidential_nda")}`,
    );
    expect(answerText(en, question("acc_mfa"), "evidenced")).toBe(en.option("maturity", "evidenced"));
    expect(answerText(en, question("industry"), undefined)).toBeUndefined();
  });

  it("scores show exactly one decimal in both languages", () => {
    expect([formatScore(85, "en"), formatScore(65.55, "en"), formatScore(7.4, "zh-hk")]).toEqual([
      "85.0",
      "65.6",
      "7.4",
    ]);
  });
});
