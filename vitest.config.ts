import { defineConfig } from "vitest/config";
import { yamlPlugin } from "./scripts/yaml-plugin.mjs";

export default defineConfig({
  plugins: [yamlPlugin()],
  test: {
    include: ["test/unit/**/*.test.ts", "test/unit/**/*.test.tsx"],
    environment: "node",
  },
});
