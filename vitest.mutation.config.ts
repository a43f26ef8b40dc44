/**
 * Vitest for mutation testing (stryker.config.mjs): the engine's unit tests only, with fewer property-test runs so
 * each mutant's run stays short. `npm run test:unit` keeps using vitest.config.ts.
 */
import { defineConfig } from "vitest/config";
import { yamlPlugin } from "./scripts/yaml-plugin.mjs";

export default defineConfig({
  plugins: [yamlPlugin()],
  test: {
    include: ["test/unit/engine/**/*.test.ts"],
    // The purity test reads the engine's source text, which Stryker rewrites with its own instrumentation.
    exclude: ["test/unit/engine/purity.test.ts"],
    environment: "node",
    // Validates the method once, in Vitest's process: loading a test file then runs no engine code.
    globalSetup: ["test/support/method-global-setup.ts"],
    env: { PROPERTY_RUNS: "25" },
  },
});
