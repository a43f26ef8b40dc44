import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswerSet } from "../../../src/engine/answers.ts";
import { evaluate } from "../../../src/engine/index.ts";
import { decodeShareFragment, encodeShareFragment } from "../../../src/lib/share-link.ts";
import { randomAnswerSet } from "../../support/random-answers.ts";
import { method, personas } from "../engine/support.ts";

describe("share links", () => {
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
      expect(evaluate(method, decoded.answerSet)).toEqual(evaluate(method, parsed.value));
    }
  });

  it("hold answers only, never scores", () => {
    const parsed = parseAnswerSet(method, personas[0]?.answerSet);
    if (!parsed.ok) throw new Error("fixture");
    const fragment = encodeShareFragment(method, parsed.value);
    expect(fragment).toMatch(/^v1\.\d{8}\.[0-9a-z:~.]+\.[0-9a-z]+$/);
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
