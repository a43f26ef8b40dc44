import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = "src/engine";
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

describe("the engine stays pure", () => {
  it("imports only its own modules and zod: no framework, DOM, chart, PDF or Node I/O", () => {
    for (const file of files) {
      const source = readFileSync(join(dir, file), "utf8");
      const imports = [...source.matchAll(/^\s*(?:import|export)[^"']*from\s+["']([^"']+)["']/gm)].map((m) => m[1]);
      for (const specifier of imports) {
        expect(specifier === "zod" || specifier?.startsWith("./"), `${file} imports ${specifier}`).toBe(true);
      }
    }
  });

  it("reads no clock and no randomness, and touches no browser globals", () => {
    for (const file of files) {
      const source = readFileSync(join(dir, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(source, file).not.toMatch(
        /Date\.now|new Date\(\)|Math\.random|\bwindow\.|\bdocument\.|localStorage|fetch\(/,
      );
    }
  });
});
