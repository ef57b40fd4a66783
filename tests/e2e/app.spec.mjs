import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, expect404, open, hydrated, BASE, KEY, BACKUP_KEY, SECTIONS, TOPIC } from "./fixtures.mjs";

test("home lists the six sections in order, with links under the base", async ({ page }) => {
  await open(page, `${BASE}/`);
  const cards = page.locator(".section-card");
  await expect(cards).toHaveCount(6);
  await expect(cards.locator("h3")).toHaveText(SECTIONS.map(([, title]) => title));
  for (const [slug] of SECTIONS) {
    await expect(page.locator(`.section-card[data-section="${slug}"] a.card-link`)).toHaveAttribute(
      "href",
      `${BASE}/docs/${slug}/`,
    );
  }
  await expect(page).toHaveTitle(/Backend Roadmap/);
});

for (const [slug, title] of SECTIONS) {
  test(`seed URL /docs/${slug} renders its section`, async ({ page }) => {
    // The seed site's URLs had no trailing slash; the host redirects to the folder.
    const response = await page.goto(`${BASE}/docs/${slug}`);
    expect(response.status()).toBe(200);
    await hydrated(page);
    await expect(page.locator("h1")).toContainText(title);
    await expect(page).toHaveTitle(`${title} · Backend Roadmap`);
    const words = (await page.locator(".section-page .prose").innerText()).split(/\s+/).length;
    expect(words).toBeGreaterThan(300);
  });
}

test("the networking topic shows its diagrams as inline SVG and highlighted code", async ({ page, request }) => {
  const html = await (await request.get(TOPIC)).text();
  expect(html).toContain('<figure class="diagram">');
  expect(html).toMatch(/<svg[^>]+id="foundations-networking-diagram-1"/);
  await open(page, TOPIC);
  const diagrams = page.locator("figure.diagram svg");
  expect(await diagrams.count()).toBeGreaterThanOrEqual(1);
  await expect(diagrams.first()).toBeVisible();
  await expect(page.locator("figure.diagram figcaption").first()).not.toBeEmpty();
  const code = page.locator('pre.code[data-lang="go"]');
  await expect(code).toBeVisible();
  expect(await code.locator(".hl-keyword").count()).toBeGreaterThan(3);
  // Table of contents, checklist, questions and resources are all there.
  await expect(page.locator(".toc a[href='#why-it-matters']")).toHaveCount(1);
  expect(await page.locator(".checks input[type=checkbox]").count()).toBeGreaterThanOrEqual(4);
  expect(await page.locator("details.question").count()).toBeGreaterThanOrEqual(5);
  expect(await page.locator(".resource-list a[href^='https://']").count()).toBeGreaterThanOrEqual(5);
});

test("a question's answer opens on demand", async ({ page }) => {
  await open(page, TOPIC);
  const first = page.locator("details.question").first();
  await expect(first.locator(".answer")).toBeHidden();
  await first.locator("summary").click();
  await expect(first.locator(".answer")).toBeVisible();
});

test("marking a topic done survives a reload and shows on its section and on home", async ({ page }) => {
  await open(page, TOPIC);
  const done = page.locator('.status-option[data-status="done"]');
  await expect(done).toHaveAttribute("aria-pressed", "false");
  await done.click();
  await expect(done).toHaveAttribute("aria-pressed", "true");
  const first = page.locator(".checks input[type=checkbox]").first();
  await first.check();
  const firstId = await first.getAttribute("data-item");
  expect(firstId).toMatch(/^[0-9a-f]{8}$/);

  await page.reload();
  await hydrated(page);
  await expect(page.locator('.status-option[data-status="done"]')).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".checks input[type=checkbox]").first()).toBeChecked();

  await open(page, `${BASE}/docs/foundations/`);
  await expect(page.locator('.topic-row[data-topic="networking"] .badge')).toHaveAttribute("data-status", "done");
  const topicsInSection = await page.locator(".topic-row").count();
  await expect(page.locator(".page-header .progress-text")).toHaveText(`1 of ${topicsInSection} done`);

  await open(page, `${BASE}/`);
  await expect(page.locator('.section-card[data-section="foundations"] .progress-text')).toHaveText(
    `1 of ${topicsInSection} done`,
  );
  await expect(page.locator(".hero .progress-text")).toContainText("1 of ");

  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  expect(stored).toMatchObject({ app: "backend-roadmap", version: 2 });
  expect(stored.topics["foundations/networking"]).toMatchObject({ status: "done", checked: [firstId] });
});

test("ticks saved by position (format 1) land on the same items and are saved by id", async ({ page }) => {
  const v1 = {
    app: "backend-roadmap",
    version: 1,
    topics: { "foundations/networking": { status: "in-progress", checked: [1, 3], updated: 1795000000000 } },
  };
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [KEY, JSON.stringify(v1)],
  );
  await open(page, TOPIC);
  const boxes = page.locator(".checks input[type=checkbox]");
  await expect(boxes.nth(1)).toBeChecked();
  await expect(boxes.nth(3)).toBeChecked();
  for (const i of [0, 2]) await expect(boxes.nth(i)).not.toBeChecked();
  await expect(page.locator('.notice[data-notice="storage"]')).toHaveCount(0);

  await boxes.nth(0).check();
  const ids = await boxes.evaluateAll((inputs) => inputs.map((i) => i.dataset.item));
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  expect(stored.version).toBe(2);
  expect([...stored.topics["foundations/networking"].checked].sort()).toEqual([ids[0], ids[1], ids[3]].sort());
});

const BAD_DATA = [
  ["not JSON", "{this is not json", /not valid JSON/],
  ["JSON of the wrong shape", JSON.stringify({ todos: ["a", "b"] }), /not progress data/],
  [
    "a future schema version",
    JSON.stringify({ app: "backend-roadmap", version: 99, topics: {}, streaks: [1, 2] }),
    /newer version/,
  ],
];

for (const [name, value, message] of BAD_DATA) {
  test(`bad stored data (${name}) leaves the app working, tells the user and keeps a backup`, async ({ page }) => {
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem(key, value);
          sessionStorage.setItem("seeded", "1");
        }
      },
      [KEY, value],
    );
    await open(page, TOPIC);
    const notice = page.locator('.notice[data-notice="storage"]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(message);
    await expect(notice).toContainText(BACKUP_KEY);
    expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY)).toBe(value);

    // Still usable.
    const skipped = page.locator('.status-option[data-status="skipped"]');
    await skipped.click();
    await expect(skipped).toHaveAttribute("aria-pressed", "true");
    await notice.locator("button").click();
    await expect(notice).toHaveCount(0);

    // The backup is never overwritten; newer data is never overwritten either.
    expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY)).toBe(value);
    if (/newer/.test(message.source)) {
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(value);
    }
  });
}

test("storage that is blocked: the app works in memory and says so", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await open(page, TOPIC);
  await expect(page.locator('.notice[data-notice="storage"]')).toContainText("close the tab");
  const done = page.locator('.status-option[data-status="done"]');
  await done.click();
  await expect(done).toHaveAttribute("aria-pressed", "true");
});

test("storage that is full: the change stays and the user is told", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("Quota exceeded", "QuotaExceededError");
    };
  });
  await open(page, TOPIC);
  const done = page.locator('.status-option[data-status="done"]');
  await done.click();
  await expect(done).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('.notice[data-notice="storage"]')).toContainText("could not be saved");
  await expect(page.locator('.notice[data-notice="storage"]')).toContainText("full");
});

test("two tabs stay in step", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, TOPIC);
  await open(second, `${BASE}/docs/foundations/`);
  await first.locator('.status-option[data-status="in-progress"]').click();
  await expect(second.locator('.topic-row[data-topic="networking"] .badge')).toHaveAttribute(
    "data-status",
    "in-progress",
  );
});

for (const path of [`${BASE}/docs/no-such-section/`, `${BASE}/docs/foundations/no-such-topic/`, `${BASE}/nope`]) {
  test(`unknown route ${path} shows the not-found page with a way back`, async ({ page }) => {
    expect404();
    const response = await page.goto(path);
    expect(response.status()).toBe(404);
    await hydrated(page);
    await expect(page.locator('[data-page="not-found"] h1')).toHaveText("Page not found");
    await expect(page).toHaveTitle(/Page not found/);
    await page.locator('[data-page="not-found"] a.button').click();
    await expect(page).toHaveURL(new RegExp(`${BASE}/$`));
    await expect(page.locator(".section-card")).toHaveCount(6);
  });
}

test("a deep link opened in a fresh browser is prerendered, then hydrates", async ({ browser, request }) => {
  const response = await request.get(TOPIC);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain("<h1>Networking: TCP/IP, HTTP, DNS and TLS</h1>");
  expect(html).toContain('<meta name="description" content="');
  expect(html).toContain("<title>Networking: TCP/IP, HTTP, DNS and TLS · Backend Roadmap</title>");

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(TOPIC);
  // Content is there before the wasm runs...
  await expect(page.locator("h1")).toHaveText("Networking: TCP/IP, HTTP, DNS and TLS");
  // ...and the page becomes interactive once it hydrates.
  await hydrated(page);
  await page.locator('.status-option[data-status="in-progress"]').click();
  await expect(page.locator('.status-option[data-status="in-progress"]')).toHaveAttribute("aria-pressed", "true");
  await context.close();
});

test("client-side navigation updates the page, its title and its description", async ({ page }) => {
  await open(page, `${BASE}/`);
  await page.locator('.section-card[data-section="foundations"] a.card-link').click();
  await expect(page).toHaveURL(`${BASE}/docs/foundations/`);
  await expect(page.locator("h1")).toContainText("Foundations");
  await expect(page).toHaveTitle("Foundations · Backend Roadmap");
  await page.locator('.topic-row[data-topic="networking"] a').click();
  await expect(page).toHaveURL(TOPIC);
  await expect(page).toHaveTitle(/^Networking/);
  // The body arrives as its own file after a client-side navigation.
  await expect(page.locator(".topic-main .prose figure.diagram svg").first()).toBeVisible();
  await expect(page.locator(".topic-main .prose h2#why-it-matters")).toBeVisible();
  // So do its questions and resources; the checklist is the app's own.
  expect(await page.locator("details.question").count()).toBeGreaterThanOrEqual(5);
  expect(await page.locator(".resource-list a[href^='https://']").count()).toBeGreaterThanOrEqual(5);
  expect(await page.locator(".checks input[type=checkbox]").count()).toBeGreaterThanOrEqual(4);
  const description = await page.locator('meta[name="description"]').getAttribute("content");
  expect(description).toMatch(/round trips/);
});

test("every link on every page stays under /roadmap/ and leads to a page that exists", async ({ page, request }) => {
  expect404();
  test.setTimeout(120_000);
  // Crawl from home: every page reachable by a link, plus an unknown URL.
  const queue = [`${BASE}/`, `${BASE}/nope/`];
  const seen = new Set(queue);
  const checked = new Set();
  let diagrams = 0;
  while (queue.length) {
    const path = queue.shift();
    await page.goto(path);
    await hydrated(page);
    // Diagrams stay readable: never drawn below 70% of their size (wider
    // ones scroll in a frame that takes keyboard focus).
    const figures = await page.$$eval("figure.diagram", (figs) =>
      figs.map((f) => {
        const svg = f.querySelector("svg");
        return {
          natural: svg.viewBox.baseVal.width,
          drawn: svg.getBoundingClientRect().width,
          focusable: f.querySelector(".diagram-scroll").tabIndex === 0,
        };
      }),
    );
    for (const { natural, drawn, focusable } of figures) {
      expect(drawn / natural, `a diagram on ${path} drawn at ${drawn} of ${natural} px`).toBeGreaterThan(0.69);
      expect(focusable, `diagram frame on ${path}`).toBe(true);
    }
    diagrams += figures.length;
    const links = await page.evaluate(() => [
      ...[...document.querySelectorAll("a[href]")].map((el) => ({ tag: "a", url: el.href })),
      ...[...document.querySelectorAll("link[href], script[src]")].map((el) => ({ tag: "asset", url: el.href || el.src })),
    ]);
    expect(links.length).toBeGreaterThan(5);
    const origin = new URL(page.url()).origin;
    for (const { tag, url } of links) {
      const parsed = new URL(url);
      if (parsed.origin !== origin) {
        expect(parsed.protocol, `${url} on ${path}`).toBe("https:");
        continue;
      }
      expect(parsed.pathname, `${url} on ${path}`).toMatch(/^\/roadmap\//);
      if (tag !== "a" || /\.[a-z0-9]+$/.test(parsed.pathname)) continue;
      if (parsed.pathname === new URL(page.url()).pathname) continue; // an anchor on this page
      expect(parsed.pathname.endsWith("/"), `${url} on ${path}: page links end with a slash`).toBe(true);
      if (!checked.has(parsed.pathname)) {
        checked.add(parsed.pathname);
        const res = await request.get(parsed.pathname);
        expect(res.status(), `${parsed.pathname}, linked from ${path}`).toBe(200);
      }
      if (!seen.has(parsed.pathname)) {
        seen.add(parsed.pathname);
        queue.push(parsed.pathname);
      }
    }
  }
  // Home, six sections, twelve or more topics, three paths and the unknown URL.
  expect(seen.size).toBeGreaterThanOrEqual(23);
  expect(diagrams, "every topic page (all pages but those 11) has a diagram").toBeGreaterThanOrEqual(seen.size - 11);
  const manifestUrl = new URL(`${BASE}/manifest.webmanifest`, page.url());
  const manifest = await (await request.get(manifestUrl.href)).json();
  expect(new URL(manifest.start_url, manifestUrl).pathname).toBe("/roadmap/");
  expect(new URL(manifest.scope, manifestUrl).pathname).toBe("/roadmap/");
  for (const icon of manifest.icons) {
    const res = await request.get(new URL(icon.src, manifestUrl).href);
    expect(res.status(), icon.src).toBe(200);
  }
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
});

test("the wasm carries the catalogue, not the pages: topic bodies are separate hashed files", async ({ request }) => {
  const site = process.env.E2E_SITE ?? "target/site-roadmap";
  const wasmName = readdirSync(site).find((f) => f.endsWith("_bg.wasm"));
  const wasm = readFileSync(join(site, wasmName));
  expect(wasm.includes('<figure class="diagram">')).toBe(false);
  const bodies = readdirSync(join(site, "content"));
  const networking = bodies.find((f) => /^foundations-networking\.[0-9a-f]{12}\.html$/.test(f));
  expect(networking, bodies.join(", ")).toBeTruthy();
  const body = readFileSync(join(site, "content", networking), "utf8");
  for (const at of [0.2, 0.5, 0.8]) {
    const sample = body.slice(Math.floor(body.length * at), Math.floor(body.length * at) + 120);
    expect(wasm.includes(sample), `wasm holds body text: ${sample}`).toBe(false);
  }
  const served = await request.get(`${BASE}/content/${networking}`);
  expect(served.status()).toBe(200);
  expect(await served.text()).toContain('<figure class="diagram">');
});
