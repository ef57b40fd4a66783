// Shared test setup: every page's console is watched, and a test fails if the
// app logged an error, a hydration warning or an uncaught exception.
import { test as base, expect } from "@playwright/test";

export const BASE = "/roadmap";
export const KEY = "backend-roadmap:progress";
export const BACKUP_KEY = "backend-roadmap:progress:backup";
export const SECTIONS = [
  ["foundations", "Foundations"],
  ["api-design", "API Design"],
  ["system-architecture", "System Architecture"],
  ["data-and-persistence", "Data & Persistence"],
  ["deployment-and-operations", "Deployment & Operations"],
  ["observability-and-performance", "Observability & Performance"],
];
export const TOPIC = `${BASE}/docs/foundations/networking/`;

// Chromium's own note about Trunk's integrity attribute on preload links; not the app's.
const IGNORED = [/integrity` attribute is currently ignored for preload/];

export const test = base.extend({
  problems: [
    async ({ context }, use) => {
      const problems = [];
      const watch = (page) => {
        page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
        page.on("console", (m) => {
          const text = m.text();
          if (IGNORED.some((re) => re.test(text))) return;
          if (m.type() === "error" || /hydrat/i.test(text)) problems.push(`${m.type()}: ${text}`);
        });
      };
      context.pages().forEach(watch);
      context.on("page", watch);
      await use(problems);
    },
    { auto: true },
  ],
});

test.afterEach(async ({ problems }, info) => {
  // Offline tests expect failed network requests; everything else must be clean.
  const allows = (type) => info.annotations.some((a) => a.type === type);
  let relevant = problems;
  if (allows("network-errors-expected")) relevant = relevant.filter((p) => !/Failed to load resource|net::ERR/.test(p));
  // The not-found page is served with status 404, which Chromium logs.
  if (allows("404-expected")) relevant = relevant.filter((p) => !/status of 404/.test(p));
  expect(relevant, "console errors, hydration warnings or uncaught exceptions").toEqual([]);
});

/** Marks the current test as visiting a URL that is answered with 404. */
export function expect404() {
  base.info().annotations.push({ type: "404-expected" });
}

/** Waits until the app has hydrated the prerendered page. */
export async function hydrated(page) {
  await page.waitForSelector("html[data-hydrated=true]", { timeout: 15_000 });
}

/** Opens `path` and waits for hydration. */
export async function open(page, path) {
  const response = await page.goto(path);
  await hydrated(page);
  return response;
}

export { expect };
