import { describe, expect, it } from "vitest";
import { fillFigures, formatFigure } from "../../../src/report/figure-format.ts";

describe("method figures as text", () => {
  it("a range reads 2–4 in English and 2 至 4 in Chinese; equal ends show one number", () => {
    expect(formatFigure({ kind: "range", min: 2, max: 4 }, "en")).toBe("2–4");
    expect(formatFigure({ kind: "range", min: 2, max: 4 }, "zh-hk")).toBe("2 至 4");
    expect(formatFigure({ kind: "range", min: 3, max: 3 }, "en")).toBe("3");
    expect(formatFigure({ kind: "number", value: 6.5 }, "en")).toBe("6.5");
  });

  it("tokens in front-matter text are replaced, and an unknown name throws", () => {
    const figures = { "a.b": { kind: "number", value: 6 } } as const;
    expect(fillFigures("at least {{a.b}} months", figures, "en")).toBe("at least 6 months");
    expect(() => fillFigures("{{a.c}}", figures, "en")).toThrow(/unknown method figure "a.c"/);
  });
});
