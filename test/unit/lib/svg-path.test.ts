import { describe, expect, it } from "vitest";
import { parsePath } from "../../../src/lib/svg-path.ts";

describe("SVG path data for the logo", () => {
  it("reduces relative, horizontal and vertical commands to absolute moves and lines", () => {
    expect(parsePath("M10 10h5v5h-5Z")).toEqual([
      { op: "M", x: 10, y: 10 },
      { op: "L", x: 15, y: 10 },
      { op: "L", x: 15, y: 15 },
      { op: "L", x: 10, y: 15 },
      { op: "Z" },
    ]);
    // Pairs after a move are lines; after Z the pen is back at the start of the subpath.
    expect(parsePath("m1 1 2 0 0 2z m3 0 1 1")).toEqual([
      { op: "M", x: 1, y: 1 },
      { op: "L", x: 3, y: 1 },
      { op: "L", x: 3, y: 3 },
      { op: "Z" },
      { op: "M", x: 4, y: 1 },
      { op: "L", x: 5, y: 2 },
    ]);
  });

  it("turns smooth and quadratic curves into the equivalent cubic curves", () => {
    const [, curve, smooth] = parsePath("M0 0C0 10 10 10 10 0S20 -10 20 0");
    expect(curve).toEqual({ op: "C", x1: 0, y1: 10, x2: 10, y2: 10, x: 10, y: 0 });
    // S reflects the previous second control point about the current point.
    expect(smooth).toEqual({ op: "C", x1: 10, y1: -10, x2: 20, y2: -10, x: 20, y: 0 });
    const [, quad] = parsePath("M0 0Q15 15 30 0");
    expect(quad).toEqual({ op: "C", x1: 10, y1: 10, x2: 20, y2: 10, x: 30, y: 0 });
  });

  it("reads numbers written without separators", () => {
    expect(parsePath("M.5.5L-1-1")).toEqual([
      { op: "M", x: 0.5, y: 0.5 },
      { op: "L", x: -1, y: -1 },
    ]);
  });

  it("refuses arcs, missing numbers and text that is not path data", () => {
    expect(() => parsePath("M0 0A5 5 0 0 1 10 10")).toThrow(/unsupported path command "A"/);
    expect(() => parsePath("M0 0L5")).toThrow(/needs 2 numbers/);
    expect(() => parsePath("L5 5")).toThrow(/must start with a move/);
    expect(() => parsePath("M0 0 <script>")).toThrow(/unexpected characters/);
  });
});
