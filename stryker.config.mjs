// Mutation testing of the readiness engine (npm run test:mutation): every rule in src/engine is changed one at a
// time and the engine's unit tests must notice. Reports: reports/mutation/mutation.html and mutation.json.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: ["src/engine/**/*.ts"],
  coverageAnalysis: "perTest",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  incrementalFile: "reports/mutation/stryker-incremental.json",
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["dist", ".astro", "data", "reports", "perf-report", "playwright-report", "test-results", "test/e2e"],
  timeoutMS: 15000,
  cleanTempDir: "always",
};
