import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * Journeys run in the system Chromium against a production build (`next build && next start`) on a
 * fresh embedded PGlite folder with the demo data: see tests/e2e/serve.sh.
 */
/**
 * Debian's headless shell (package chromium-headless-shell, the browser Playwright itself uses for
 * headless runs) takes about half the CPU of the full browser, which matters on CI's two cores;
 * the full Chromium is the fallback.
 */
const chromiumPath =
  process.env.CHROMIUM_PATH ??
  ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path)) ??
  "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  // Three: most of a journey's time is spent waiting on the server, so a third browser keeps the
  // two cores busy and the suite inside CI's budget.
  workers: 3,
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : "list",
  timeout: 45_000,
  use: {
    baseURL,
    // A trace recorded for every test and thrown away when it passes costs a third of the suite's
    // CPU (measured: 339 s → 215 s for the same 39 tests); CI retries a failure once, with its trace.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testIgnore: /maintenance\.spec\.ts/,
    },
    // A maintenance window is global: it would refuse the writes of journeys running beside it, so
    // its journey runs once every other one has finished.
    {
      name: "maintenance",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /maintenance\.spec\.ts/,
      dependencies: ["chromium"],
    },
  ],
  webServer: {
    command: "bash tests/e2e/serve.sh",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    // The server writes a JSON security line per refused sign-in; the journeys make many on purpose.
    stdout: "ignore",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
