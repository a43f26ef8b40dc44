import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumMissingMessage, findChromium } from "./scripts/chromium.mjs";

const executablePath = await findChromium();
if (!executablePath) {
  console.error(chromiumMissingMessage);
  process.exit(1);
}

const port = Number(process.env.E2E_PORT || 4399);
const baseURL = `http://localhost:${port}`;
/** The e2e server's data folder, one per port, so two runs on one machine never share a database. */
export const e2eDataDir = `test-results/e2e-data-${port}`;

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: chromiumArgs } } },
  ],
  webServer: {
    // The real production server, built when needed.
    command: "node scripts/start.mjs",
    url: `${baseURL}/en/`,
    // A higher enquiry rate limit: every browser test posts from 127.0.0.1 (the API spec tests the limit itself).
    // The staff area's origin is the test server's; sign-in attempts allow for every spec signing in from 127.0.0.1
    // (the security spec tests lockout per account, which this limit does not affect).
    env: {
      PORT: String(port),
      HOST: "localhost",
      DATA_DIR: e2eDataDir,
      ENQUIRY_RATE_LIMIT: "100",
      STAFF_ORIGIN: baseURL,
      STAFF_SIGNIN_RATE_LIMIT: "200",
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
  },
});
