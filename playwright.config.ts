import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumMissingMessage, findChromium } from "./scripts/chromium.mjs";
import { freePort } from "./test/support/free-port.ts";

const executablePath = await findChromium();
if (!executablePath) {
  console.error(chromiumMissingMessage);
  process.exit(1);
}

// A free port unless E2E_PORT names one. Chosen once, in the runner: its workers inherit the environment, so every
// process of one run agrees on the port and on the server's data folder.
if (!process.env.E2E_PORT) process.env.E2E_PORT = String(await freePort());
const port = Number(process.env.E2E_PORT);
if (!process.env.E2E_DATA_DIR) process.env.E2E_DATA_DIR = `test-results/e2e-data-${port}`;
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  // A focused test (.only) left in a commit fails the CI run instead of silently skipping the rest.
  forbidOnly: Boolean(process.env.CI),
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
      DATA_DIR: process.env.E2E_DATA_DIR,
      ENQUIRY_RATE_LIMIT: "100",
      STAFF_ORIGIN: baseURL,
      STAFF_SIGNIN_RATE_LIMIT: "200",
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
  },
});
