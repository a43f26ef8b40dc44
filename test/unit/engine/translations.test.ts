import { describe, expect, it } from "vitest";
import { messageKeys } from "../../../src/engine/trace.ts";
import { method } from "./support.ts";

const chinese = /[\u3400-\u9fff]/;
/** The parameters a text uses: `{name}` and the number of a plural `{name, plural, …}`, each once. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();

/** Every {en, zh-hk} pair anywhere in a document, with its path. */
function pairs(value: unknown, path = ""): { path: string; en: string; zh: string }[] {
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  const here =
    typeof record.en === "string" && "zh-hk" in record ? [{ path, en: record.en, zh: String(record["zh-hk"]) }] : [];
  return [...here, ...Object.entries(record).flatMap(([k, v]) => pairs(v, `${path}.${k}`))];
}

describe("both languages, always", () => {
  it("every message key the engine can emit has English and Traditional Chinese text with the same parameters", () => {
    for (const key of messageKeys) {
      const text = method.messages[key];
      expect(text, key).toBeDefined();
      expect(text?.["zh-hk"], key).toMatch(chinese);
      expect(placeholders(text?.["zh-hk"] ?? ""), key).toEqual(placeholders(text?.en ?? ""));
    }
  });

  it("messages.yaml has no keys the engine never emits", () => {
    const known = new Set<string>(messageKeys);
    expect(Object.keys(method.messages).filter((k) => !known.has(k))).toEqual([]);
  });

  it("every question, option, help, evidence and gap text, framework title and regulatory entry is translated", () => {
    for (const [name, document] of [
      ["questionnaire", method.questionnaire],
      ["frameworks", method.frameworks],
      ["regulators", method.regulators],
      ["changelog", method.changelog],
    ] as const) {
      const found = pairs(document);
      expect(found.length, name).toBeGreaterThan(0);
      for (const pair of found) expect(pair.zh, `${name}${pair.path}`).toMatch(chinese);
    }
  });
});
