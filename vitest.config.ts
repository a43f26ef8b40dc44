import { defineConfig } from "vitest/config";
import { yamlPlugin } from "./scripts/yaml-plugin.mjs";

export default defineConfig({
  plugins: [yamlPlugin()],
  test: {
    include: ["test/unit/**/*.test.ts", "test/unit/**/*.test.tsx"],
    environment: "node",
    // `npm run test:unit` measures coverage of the engine and the server, with floors per folder: a drop below one
    // fails the run. The engine's rules are also mutation-tested (npm run test:mutation).
    coverage: {
      provider: "v8",
      include: ["src/engine/**/*.ts", "src/server/**/*.ts"],
      reporter: ["text-summary", "json-summary"],
      reportsDirectory: "reports/coverage",
      thresholds: {
        "src/engine/**": { statements: 99, branches: 94, functions: 100, lines: 99 },
        "src/server/**": { statements: 85, branches: 75, functions: 85, lines: 90 },
      },
    },
  },
});
