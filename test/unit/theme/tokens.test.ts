import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bandColours } from "../../../src/charts/domain-chart.ts";
import { contrastRatio } from "../../../src/theme/contrast.ts";
import { tokensCss } from "../../../src/theme/css.ts";
import { bandIds, colours, contrastPairs, type ThemeName } from "../../../src/theme/tokens.ts";

const themes: ThemeName[] = ["light", "dark"];

describe("design tokens", () => {
  it("meet WCAG 2.2 AA contrast for every listed pair, in the light and the dark theme", () => {
    const failures = themes.flatMap((theme) =>
      contrastPairs
        .map((pair) => ({ ...pair, ratio: contrastRatio(colours[pair.fg][theme], colours[pair.bg][theme]) }))
        .filter((pair) => pair.ratio < pair.min)
        .map((pair) => `${theme}: ${pair.fg} on ${pair.bg} = ${pair.ratio.toFixed(2)} (needs ${pair.min})`),
    );
    expect(failures).toEqual([]);
  });

  it("give each readiness band its own colour, used by no notice, error or link token", () => {
    for (const theme of themes) {
      const bands = bandIds.map((band) => colours[`band-${band}`][theme]);
      expect(new Set(bands).size).toBe(bands.length);
      const others = (["notice-bg", "notice-border", "error", "brand", "brand-2", "primary"] as const).map(
        (token) => colours[token][theme],
      );
      for (const band of bands) expect(others).not.toContain(band);
    }
  });

  it("draw the domain chart's bars in the light band colours, readable on the chart paper of both themes", () => {
    for (const band of bandIds) {
      expect(bandColours[band]).toBe(colours[`band-${band}`].light);
      for (const theme of themes) {
        expect(contrastRatio(colours[`band-${band}`].light, colours["chart-paper"][theme])).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("are what src/styles/tokens.css holds (run `npm run tokens` after changing them)", () => {
    expect(readFileSync("src/styles/tokens.css", "utf8")).toBe(tokensCss());
  });
});
