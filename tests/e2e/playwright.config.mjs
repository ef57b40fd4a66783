// Browser tests against the release build served under /roadmap/ by a plain
// static file server, in Debian's Chromium (Playwright downloads nothing).
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const site = process.env.E2E_SITE ?? "target/site-roadmap";
export const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.mjs/,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: resolve(root, "test-results/e2e.json") }]],
  outputDir: resolve(root, "test-results/artifacts"),
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node scripts/static-server.mjs ${site} --base /roadmap --port ${PORT}`,
    cwd: root,
    url: `http://127.0.0.1:${PORT}/roadmap/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
