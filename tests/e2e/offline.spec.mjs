import { test, expect, hydrated, BASE, TOPIC } from "./fixtures.mjs";
import { startServer } from "../../scripts/static-server.mjs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const site = process.env.E2E_SITE ?? "target/site-roadmap";

/**
 * Serves `dir` on a server of the test's own (so it can be stopped or
 * redeployed), opens the topic page in a fresh context and waits until the
 * service worker controls it. Returns what the test needs to tear it down.
 */
async function visitOnOwnServer(browser, dir) {
  const server = await startServer({ dir, base: BASE, port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${TOPIC}`);
  await hydrated(page);
  const scope = await controlled(page);
  return { server, origin, context, page, scope };
}

/** Waits until the service worker has installed and controls the page; returns its scope. */
async function controlled(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
    }
    return registration.scope;
  });
}

test("after one visit, the site works offline, under its own scope", async ({ browser }) => {
  test.info().annotations.push({ type: "network-errors-expected" });
  // A server of its own, so this test can take it away.
  const { server, origin, context, page, scope } = await visitOnOwnServer(browser, site);
  try {
    expect(new URL(scope).pathname).toBe("/roadmap/");

    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    const down = await context.request.get(`${origin}${TOPIC}`).catch(() => null);
    expect(down, "the server is really gone").toBeNull();

    await page.reload();
    await hydrated(page);
    await expect(page.locator("h1")).toHaveText("Networking: TCP/IP, HTTP, DNS and TLS");
    await expect(page.locator("figure.diagram svg").first()).toBeVisible();

    // Client-side navigation offline: the topic body comes from the cache.
    await page.goto(`${origin}${BASE}/`);
    await hydrated(page);
    await page.locator('.section-card[data-section="foundations"] a.card-link').click();
    await page.locator('.topic-row[data-topic="networking"] a').click();
    await expect(page.locator(".topic-main .prose figure.diagram svg").first()).toBeVisible();

    // Pages not visited yet were precached too.
    await page.goto(`${origin}${BASE}/docs/observability-and-performance/`);
    await hydrated(page);
    await expect(page.locator("h1")).toContainText("Observability");
    await page.goto(`${origin}${BASE}/docs/nope/`);
    await expect(page.locator('[data-page="not-found"]')).toBeVisible();
  } finally {
    await context.close();
    server.close();
  }
});

test("a new version is offered with a reload button, not swapped in silently", async ({ browser }) => {
  test.info().annotations.push({ type: "network-errors-expected" });
  // A copy of the site this test can redeploy.
  const dir = await mkdtemp(join(tmpdir(), "roadmap-update-"));
  await cp(site, dir, { recursive: true });
  const { server, context, page } = await visitOnOwnServer(browser, dir);
  try {
    const before = await page.evaluate(() => caches.keys());
    await expect(page.locator('.notice[data-notice="update"]')).toHaveCount(0);

    // Deploy a new version: the service worker's version changes.
    const swPath = join(dir, "sw.js");
    const sw = await readFile(swPath, "utf8");
    await writeFile(swPath, sw.replace(/const VERSION = "([0-9a-f]+)";/, 'const VERSION = "$1next";'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    const offer = page.locator('.notice[data-notice="update"]');
    await expect(offer).toBeVisible();
    // The old version keeps running until the learner chooses.
    expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining(before));

    await Promise.all([page.waitForEvent("load"), offer.locator("button").click()]);
    await hydrated(page);
    await expect(page.locator("h1")).toHaveText("Networking: TCP/IP, HTTP, DNS and TLS");
    await expect
      .poll(() => page.evaluate(() => caches.keys()))
      .toEqual([expect.stringMatching(/next$/)]);
    await expect(page.locator('.notice[data-notice="update"]')).toHaveCount(0);
  } finally {
    await context.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
