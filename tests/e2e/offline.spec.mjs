import { test, expect, hydrated, BASE, TOPIC } from "./fixtures.mjs";
import { startServer } from "../../scripts/static-server.mjs";

const site = process.env.E2E_SITE ?? "target/site-roadmap";

test("after one visit, the site works offline, under its own scope", async ({ browser }) => {
  test.info().annotations.push({ type: "network-errors-expected" });
  // A server of its own, so this test can take it away.
  const server = await startServer({ dir: site, base: BASE, port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${TOPIC}`);
    await hydrated(page);
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
      }
      return registration.scope;
    });
    expect(new URL(scope).pathname).toBe("/roadmap/");

    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    const down = await context.request.get(`${origin}${TOPIC}`).catch(() => null);
    expect(down, "the server is really gone").toBeNull();

    await page.reload();
    await hydrated(page);
    await expect(page.locator("h1")).toHaveText("Networking: TCP/IP, HTTP, DNS and TLS");
    await expect(page.locator("figure.diagram svg").first()).toBeVisible();

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
