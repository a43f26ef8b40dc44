import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswerSet } from "../../../src/engine/answers.ts";
import { evaluate } from "../../../src/engine/index.ts";
import type { Layout } from "../../../src/lib/share-layouts/layout.ts";
import { layoutV1 } from "../../../src/lib/share-layouts/v1.ts";
import { layoutV2 } from "../../../src/lib/share-layouts/v2.ts";
import { checksum, decodeShareFragment, encodeShareFragment } from "../../../src/lib/share-link.ts";
import { dated } from "../../support/dated.ts";
import { randomAnswerSet } from "../../support/random-answers.ts";
import { method, personas } from "../engine/support.ts";

/** A link as an earlier version of the questionnaire wrote it: indexes from that version's frozen layout. */
function oldLink(version: number, layout: Layout, answers: Record<string, unknown>, startDate: string): string {
  const level: Record<string, string> = {
    none: "n",
    informal: "i",
    documented: "d",
    evidenced: "e",
    na: "a",
    unknown: "u",
  };
  const entries = layout.flatMap((entry, i) => {
    const [id, type, options = []] = entry;
    const value = answers[id];
    if (value === undefined) return [];
    const code =
      type === "single"
        ? options.indexOf(value as string).toString(36)
        : type === "multi"
          ? (value as string[]).map((v) => options.indexOf(v).toString(36)).join(".")
          : type === "number"
            ? (value as number).toString(36)
            : level[value as string];
    return [`${i.toString(36)}:${code}`];
  });
  const body = `v${version}.${startDate.replace(/-/g, "")}.${entries.join("~")}`;
  return `${body}.${checksum(body)}`;
}

describe("share links", () => {
  for (const [version, layout] of [
    [1, layoutV1],
    [2, layoutV2],
  ] as const) {
    it(`a link made with questionnaire version ${version} opens with the same answers, migrated to the current version`, () => {
      for (const file of readdirSync(`test/fixtures/v${version}`)) {
        const old = JSON.parse(readFileSync(`test/fixtures/v${version}/${file}`, "utf8")).answerSet;
        expect(old.version, file).toBe(version);
        const decoded = decodeShareFragment(method, oldLink(version, layout, old.answers, old.startDate));
        if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
        const migrated = parseAnswerSet(method, old);
        if (!migrated.ok) throw new Error(file);
        expect(decoded.dropped, file).toBe(0);
        expect(decoded.answerSet, file).toEqual(migrated.value);
      }
    });
  }

  it("carry a persona's answers and start date exactly, and recompute the same results", () => {
    for (const fixture of personas) {
      const parsed = parseAnswerSet(method, fixture.answerSet);
      if (!parsed.ok) throw new Error(fixture.file);
      const fragment = encodeShareFragment(method, parsed.value);
      expect(fragment.length, fixture.file).toBeLessThan(700);
      const decoded = decodeShareFragment(method, `#${fragment}`);
      expect(decoded.ok && decoded.dropped).toBe(0);
      if (!decoded.ok) throw new Error("decode failed");
      expect(decoded.answerSet).toEqual(parsed.value);
      expect(evaluate(method, dated(decoded.answerSet))).toEqual(evaluate(method, dated(parsed.value)));
    }
  });

  it("hold answers only, never scores", () => {
    const parsed = parseAnswerSet(method, personas[0]?.answerSet);
    if (!parsed.ok) throw new Error("fixture");
    const fragment = encodeShareFragment(method, parsed.value);
    expect(fragment).toMatch(new RegExp(`^v${method.questionnaire.version}\\.\\d{8}\\.[0-9a-z:~.]+\\.[0-9a-z]+$`));
    expect(fragment).not.toMatch(/score|band|type/);
  });

  it("a damaged, truncated or edited link is reported, not loaded", () => {
    const parsed = parseAnswerSet(method, personas[1]?.answerSet);
    if (!parsed.ok) throw new Error("fixture");
    const fragment = encodeShareFragment(method, parsed.value);
    const edited = fragment.replace(/:e~/, ":n~");
    expect(decodeShareFragment(method, edited)).toEqual({ ok: false, reason: "damaged" });
    expect(decodeShareFragment(method, fragment.slice(0, -10))).toEqual({ ok: false, reason: "damaged" });
    expect(decodeShareFragment(method, "v1.garbage")).toEqual({ ok: false, reason: "damaged" });
    expect(decodeShareFragment(method, "#main")).toEqual({ ok: false, reason: "not_a_share_link" });
  });

  it("a link from another questionnaire version is recognised", () => {
    const body = "v7.-.0:1";
    const other = `${body}.${(() => {
      let hash = 0x811c9dc5;
      for (let i = 0; i < body.length; i++) hash = Math.imul(hash ^ body.charCodeAt(i), 0x01000193) >>> 0;
      return hash.toString(36);
    })()}`;
    expect(decodeShareFragment(method, other)).toEqual({ ok: false, reason: "other_version" });
  });

  it("any string at all decodes without throwing", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = decodeShareFragment(method, text);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });

  it("random complete answer sets round-trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const set = randomAnswerSet(method, seed);
        const decoded = decodeShareFragment(method, encodeShareFragment(method, set));
        expect(decoded.ok && decoded.answerSet).toEqual(set);
      }),
      { numRuns: 200 },
    );
  });
});
