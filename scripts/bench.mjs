// Measures the built site against the budgets in DESIGN.md ("Budgets"):
// file sizes, the bytes a first visit needs, route-change time, repeat visits
// served by the service worker. A measuring tool, not a test: it always exits
// 0 unless the dist folder is missing (or the arguments make no sense).
//
// usage: node scripts/bench.mjs [DIST_DIR] [--json FILE] [--clicks N] [--reloads N]
//
// Sizes use KB = 1024 bytes. Brotli is quality 11 (Node's zlib; the static
// server sends files uncompressed, so every body is compressed here).
// The page timings are noisy on a busy machine: run it when nothing else is.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { basename, join, resolve } from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { startServer } from "./static-server.mjs";

const KB = 1024;
const STEP_LIMIT_MS = 60_000; // no measurement may take longer than this
const CHROMIUM = process.env.BENCH_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

// Budgets from DESIGN.md. `max` in bytes or milliseconds.
const BUDGET = {
  wasmBrotli: { max: 250 * KB, label: "<= 250 KB" },
  firstVisitBrotli: { max: 300 * KB, label: "<= 300 KB" },
  routeChangeMedian: { max: 16, label: "<= 16 ms median" },
  repeatVisitMedian: { max: 300, label: "<= 300 ms" },
  searchMedian: { max: 2, label: "<= 2 ms median" },
};

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const options = { dist: "dist", json: null, clicks: 21, reloads: 10 };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--json") options.json = value();
    else if (arg === "--clicks") options.clicks = positiveInt(arg, value());
    else if (arg === "--reloads") options.reloads = positiveInt(arg, value());
    else if (arg === "-h" || arg === "--help") {
      console.log("usage: node scripts/bench.mjs [DIST_DIR] [--json FILE] [--clicks N] [--reloads N]");
      process.exit(0);
    } else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length > 1) fail(`expected one DIST_DIR, got ${positional.join(" ")}`);
  if (positional.length === 1) options.dist = positional[0];
  return options;
}

function positiveInt(name, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`${name} needs a positive whole number, got "${text}"`);
  return n;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------- helpers

function brotli(buffer) {
  return brotliCompressSync(buffer, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: 11,
      [zlib.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

const kb = (bytes) => (bytes == null ? "-" : `${(bytes / KB).toFixed(1)} KB`);
const ms = (value) => (value == null ? "-" : `${value.toFixed(1)} ms`);

function median(values) {
  return percentile(values, 50);
}

// Nearest-rank percentile: the smallest sample with at least p% of samples at
// or below it. With ~20 samples, p95 is the second largest.
function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

function verdict(value, budget) {
  if (value == null || !budget) return "";
  return value <= budget.max ? "PASS" : "OVER";
}

// Rejects after `limit` ms and runs `onTimeout` (used to close the browser
// context, which aborts whatever was still waiting inside it).
async function withTimeout(promise, limit, what, onTimeout) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      Promise.resolve(onTimeout?.()).catch(() => {});
      reject(new Error(`${what} took longer than ${limit / 1000} s`));
    }, limit);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : entry.isFile() ? [path] : [];
  });
}

function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? "")));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(cells[0]), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

// ---------------------------------------------------------------- 1. sizes

function measureSizes(dist) {
  const files = walk(dist);
  const pick = (test, what) => {
    const found = files.filter((f) => test(basename(f)));
    if (found.length === 0) return { error: `no ${what} in ${dist}` };
    if (found.length > 1) return { error: `more than one ${what}: ${found.map((f) => basename(f)).join(", ")}` };
    const body = readFileSync(found[0]);
    return { file: basename(found[0]), raw: body.length, gzip: gzip(body), brotli: brotli(body) };
  };
  const wasm = pick((name) => name.endsWith("_bg.wasm"), "*_bg.wasm");
  // The wasm-bindgen glue is the .js named like the wasm, without "_bg".
  const glueName = wasm.file ? wasm.file.replace(/_bg\.wasm$/, ".js") : null;
  const js = glueName ? pick((name) => name === glueName, glueName) : { error: "no wasm, so no glue" };
  const css = pick((name) => name.endsWith(".css"), "*.css");
  let totalRaw = 0;
  let totalBrotli = 0;
  for (const file of files) {
    const body = readFileSync(file);
    totalRaw += body.length;
    totalBrotli += brotli(body);
  }
  return { wasm, js, css, total: { files: files.length, raw: totalRaw, brotli: totalBrotli } };
}

// ---------------------------------------------------------------- browser

// Every page records when the app started and hydrated, relative to the
// navigation start (performance.now()).
const INIT_SCRIPT = () => {
  const marks = { started: null, hydrated: null };
  window.__bench = marks;
  addEventListener("TrunkApplicationStarted", () => {
    marks.started ??= performance.now();
  });
  // Init scripts may run before <html> exists: watch the whole document.
  const check = () => {
    if (marks.hydrated == null && document.documentElement?.getAttribute("data-hydrated") === "true") {
      marks.hydrated = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { attributes: true, attributeFilter: ["data-hydrated"], subtree: true });
};

async function loadPlaywright() {
  try {
    return (await import("playwright")).chromium;
  } catch {
    return (await import("@playwright/test")).chromium;
  }
}

const oneLine = (text) => text.replace(/\s*\n\s*/g, " | ");

// Collects console errors and warnings, page errors and failed requests.
function watch(page, label, notes) {
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      notes.push(`[${label}] console.${message.type()}: ${oneLine(message.text())}`);
    }
  });
  page.on("pageerror", (error) => notes.push(`[${label}] page error: ${oneLine(error.message)}`));
  page.on("requestfailed", (request) =>
    notes.push(`[${label}] request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
}

// Builds that set <html data-hydrated="true"> after hydration (src/app.rs)
// are waited for until they do; older builds only by TrunkApplicationStarted
// (hydrate_body runs inside the wasm's start, so it is done by then).
let hydratedMarker = false;

async function waitForApp(page, timeout) {
  try {
    await page.waitForFunction(
      (marker) =>
        window.__bench?.started != null &&
        (!marker || document.documentElement.getAttribute("data-hydrated") === "true"),
      hydratedMarker,
      { timeout },
    );
  } catch (error) {
    if (!/Timeout/.test(error.message)) throw error;
    const marks = await page.evaluate(() => window.__bench).catch(() => null);
    const missing = marks?.started == null ? "no TrunkApplicationStarted event" : "no data-hydrated attribute";
    throw new Error(`the app did not start within ${timeout / 1000} s on ${page.url()} (${missing}; see the observations)`);
  }
}

// Runs `measure(page)` on a page in a browser context of its own (with the
// bench's init script and console watch), closing the context when it is
// done or when the step runs past STEP_LIMIT_MS.
async function inFreshContext(browser, site, { serviceWorkers, label, step, notes }, measure) {
  const context = await browser.newContext({ serviceWorkers, baseURL: site.origin });
  const work = async () => {
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    watch(page, label, notes);
    return measure(page);
  };
  try {
    return await withTimeout(work(), STEP_LIMIT_MS, step, () => context.close());
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------- 2. first visit

async function measureFirstVisit(browser, site, hits, notes) {
  return inFreshContext(browser, site, { serviceWorkers: "block", label: "first visit", step: "first visit", notes }, async (page) => {
    const bodies = [];
    let recording = true;
    page.on("response", (response) => {
      if (!recording) return;
      const url = new URL(response.url());
      if (url.origin !== site.origin) return;
      const status = response.status();
      if (status >= 300 && status < 400) return; // a redirect has no body
      bodies.push(
        response
          .body()
          .then((body) => ({ url: url.pathname + url.search, status, raw: body.length, brotli: brotli(body) }))
          .catch((error) => ({ url: url.pathname, status, error: error.message })),
      );
    });
    hits.length = 0;
    await page.goto(site.topic, { waitUntil: "networkidle", timeout: 30_000 });
    await waitForApp(page, 20_000);
    // Hydration may start more requests; wait until they are done too.
    await page.waitForLoadState("networkidle", { timeout: 20_000 });
    recording = false;
    const marks = await page.evaluate(() => window.__bench);
    const files = await Promise.all(bodies);
    const serverHits = [...hits];
    const sameUrlTwice = Object.entries(
      serverHits.reduce((count, hit) => ({ ...count, [hit.url]: (count[hit.url] ?? 0) + 1 }), {}),
    )
      .filter(([, n]) => n > 1)
      .map(([url, n]) => `${url} x${n}`);
    if (sameUrlTwice.length) notes.push(`[first visit] fetched from the server more than once: ${sameUrlTwice.join(", ")}`);
    const failed = files.filter((f) => f.error || f.status >= 400);
    for (const f of failed) notes.push(`[first visit] ${f.url}: ${f.error ?? `status ${f.status}`}`);
    return {
      files,
      raw: files.reduce((sum, f) => sum + (f.raw ?? 0), 0),
      brotli: files.reduce((sum, f) => sum + (f.brotli ?? 0), 0),
      startedMs: marks.started,
      hydratedMs: marks.hydrated,
      serverRequests: serverHits.length,
    };
  });
}

// ---------------------------------------------------------------- 3. route change

// Arms a one-shot measurement in the page: the click (capture phase, so before
// the router sees it) starts the clock; the clock stops after the first frame
// painted once the URL is `target` and the h1 differs from the one before.
// "Painted" is the rAF callback followed by a MessageChannel task, which runs
// after that frame's rendering (a second rAF would add up to a whole frame).
const ARM_ROUTE_CHANGE = ({ target, limit }) => {
  const heading = () => (document.querySelector("main h1") ?? document.querySelector("h1"))?.textContent.trim() ?? "";
  const before = heading();
  window.__routeChange = new Promise((resolve, reject) => {
    let clicked = null;
    let seen = false;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no new h1 at ${target} within ${limit} ms (url ${location.pathname}, h1 "${heading()}")`));
    }, limit);
    const check = () => {
      if (clicked == null || seen) return;
      const now = heading();
      if (location.pathname !== target || !now || now === before) return;
      seen = true;
      const domReady = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        const frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          clearTimeout(timer);
          const painted = performance.now();
          resolve({
            dom: domReady - clicked,
            frame: frame - clicked,
            painted: painted - clicked,
            heading: now,
          });
        };
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    addEventListener(
      "click",
      () => {
        clicked = performance.now();
        // The router may render synchronously in its click handler, before any
        // mutation record is delivered: check again once the click is done.
        queueMicrotask(check);
        setTimeout(check, 0);
      },
      { capture: true, once: true },
    );
  });
  window.__benchPageToken = window.__benchPageToken ?? Math.random();
  return window.__benchPageToken;
};

async function measureRouteChanges(browser, site, clicks, notes) {
  return inFreshContext(browser, site, { serviceWorkers: "block", label: "route change", step: "route changes", notes }, async (page) => {
    await page.goto(site.home, { waitUntil: "networkidle", timeout: 30_000 });
    await waitForApp(page, 20_000);
    const steps = [
      { from: "home", to: "section", selector: `main a[href="${site.section}"]`, target: site.section },
      { from: "section", to: "topic", selector: `main a[href="${site.topic}"]`, target: site.topic },
      { from: "topic", to: "home", selector: `nav.breadcrumbs a[href="${site.home}"]`, target: site.home },
    ];
    const samples = [];
    const errors = [];
    for (let i = 0; i < clicks; i++) {
      const step = steps[i % steps.length];
      try {
        const token = await page.evaluate(ARM_ROUTE_CHANGE, { target: step.target, limit: 5_000 });
        await page.click(step.selector, { timeout: 5_000 });
        const result = await page.evaluate(() => window.__routeChange);
        const after = await page.evaluate(() => window.__benchPageToken);
        if (after !== token) throw new Error("the click loaded a whole new page instead of a client-side route change");
        samples.push({ ...step, ...result });
      } catch (error) {
        const message = error.message.split("\n")[0];
        errors.push(`${step.from} -> ${step.to}: ${message}`);
        if (/destroyed|navigation/i.test(message)) {
          errors.push("the click reloaded the page: the router did not take it (not hydrated?)");
        }
        // Start the next step from a known page.
        const back = { home: site.home, section: site.section, topic: site.topic }[step.to];
        await page.goto(back, { waitUntil: "networkidle", timeout: 15_000 });
        await waitForApp(page, 10_000);
      }
    }
    for (const e of errors) notes.push(`[route change] ${e}`);
    const painted = samples.map((s) => s.painted);
    const byStep = steps.map((step) => {
      const these = samples.filter((s) => s.from === step.from);
      return {
        step: `${step.from} -> ${step.to}`,
        count: these.length,
        median: median(these.map((s) => s.painted)),
        max: these.length ? Math.max(...these.map((s) => s.painted)) : null,
        domMedian: median(these.map((s) => s.dom)),
      };
    });
    return {
      count: samples.length,
      attempted: clicks,
      median: median(painted),
      p95: percentile(painted, 95),
      min: painted.length ? Math.min(...painted) : null,
      max: painted.length ? Math.max(...painted) : null,
      domMedian: median(samples.map((s) => s.dom)),
      byStep,
      samples,
    };
  });
}

// ---------------------------------------------------------------- 4. repeat visit

async function measureRepeatVisits(browser, site, reloads, hits, notes) {
  return inFreshContext(browser, site, { serviceWorkers: "allow", label: "repeat visit", step: "repeat visits", notes }, async (page) => {
    await page.goto(site.topic, { waitUntil: "load", timeout: 30_000 });
    await waitForApp(page, 20_000);
    const ready = await page.evaluate(
      (limit) =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise((resolve) => setTimeout(() => resolve(false), limit)),
        ]),
      20_000,
    );
    if (!ready) throw new Error("the service worker never became ready (navigator.serviceWorker.ready)");
    let controlled = await page.evaluate(() => navigator.serviceWorker.controller != null);
    if (!controlled) {
      await page.reload({ waitUntil: "load", timeout: 20_000 });
      await waitForApp(page, 20_000);
      controlled = await page.evaluate(() => navigator.serviceWorker.controller != null);
    }
    if (!controlled) throw new Error("the page is not controlled by the service worker, even after a reload");

    const runs = [];
    hits.length = 0;
    for (let i = 0; i < reloads; i++) {
      const response = await page.reload({ waitUntil: "load", timeout: 20_000 });
      let timedOut = false;
      await waitForApp(page, 10_000).catch(() => {
        timedOut = true;
      });
      const run = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        return {
          started: window.__bench?.started ?? null,
          hydrated: window.__bench?.hydrated ?? null,
          load: nav ? nav.loadEventEnd : null,
          controlled: navigator.serviceWorker.controller != null,
        };
      });
      run.fromServiceWorker = response?.fromServiceWorker() ?? false;
      run.timedOut = timedOut;
      // Interactive: the wasm has started and the app has hydrated (whichever
      // is later); without either, the load event.
      const marks = [run.started, run.hydrated].filter((v) => v != null);
      run.interactive = marks.length ? Math.max(...marks) : run.load;
      run.measuredBy =
        run.hydrated != null ? "data-hydrated" : run.started != null ? "TrunkApplicationStarted" : "load event (app never started)";
      runs.push(run);
    }
    const network = [...hits];
    if (network.length) {
      const urls = [...new Set(network.map((h) => h.url))];
      notes.push(
        `[repeat visit] ${network.length} request(s) still reached the server during ${reloads} reloads: ${urls.join(", ")}`,
      );
    }
    const notFromSw = runs.filter((r) => !r.fromServiceWorker).length;
    if (notFromSw) notes.push(`[repeat visit] ${notFromSw} of ${reloads} reloads were not answered by the service worker`);
    const fellBack = runs.filter((r) => r.measuredBy.startsWith("load")).length;
    if (fellBack) notes.push(`[repeat visit] ${fellBack} reload(s) measured by the load event: the app did not start`);
    return {
      count: runs.length,
      median: median(runs.map((r) => r.interactive)),
      startedMedian: median(runs.filter((r) => r.started != null).map((r) => r.started)),
      hydratedMedian: median(runs.filter((r) => r.hydrated != null).map((r) => r.hydrated)),
      loadMedian: median(runs.filter((r) => r.load != null).map((r) => r.load)),
      max: runs.length ? Math.max(...runs.map((r) => r.interactive)) : null,
      serverRequests: network.length,
      runs,
    };
  });
}

// ---------------------------------------------------------------- report

function report(results) {
  const out = [];
  const { sizes, firstVisit, routeChange, repeatVisit } = results;
  out.push(`Backend Roadmap benchmark: ${results.dist}`);
  out.push(`served at ${results.origin}${results.base}/ by scripts/static-server.mjs (uncompressed)`);
  out.push("KB = 1024 bytes; brotli = quality 11 (Node zlib); gzip = level 9, for reference only");
  out.push(`interactive = ${results.interactiveSignal}`);
  const [start, end] = [results.loadAverage.start, results.loadAverage.end];
  out.push(
    `machine: ${results.cores} cores, 1-minute load average ${start.toFixed(2)} at start, ${end.toFixed(2)} at end` +
      (Math.max(start, end) >= results.cores / 2 ? "  <- busy: the timings below are inflated" : ""),
  );
  out.push("");

  out.push("1. Built files");
  const sizeRow = (name, entry, budget) =>
    entry.error
      ? [name, `error: ${entry.error}`, "", "", "", ""]
      : [`${name} (${entry.file})`, kb(entry.raw), kb(entry.gzip), kb(entry.brotli), budget?.label ?? "-", verdict(entry.brotli, budget)];
  out.push(
    table(
      ["file", "raw", "gzip", "brotli", "budget (brotli)", "result"],
      [
        sizeRow("wasm", sizes.wasm, BUDGET.wasmBrotli),
        sizeRow("JS glue", sizes.js),
        sizeRow("CSS", sizes.css),
        [`all of dist (${sizes.total.files} files)`, kb(sizes.total.raw), "", kb(sizes.total.brotli), "-", ""],
      ],
    ),
  );
  out.push("");

  out.push("2. First visit to the topic page, service worker blocked, until hydrated and network idle");
  if (firstVisit.error) out.push(`   error: ${firstVisit.error}`);
  else {
    out.push(
      table(
        ["response", "status", "raw", "brotli"],
        [
          ...firstVisit.files.map((f) => [f.url, f.status, kb(f.raw), kb(f.brotli)]),
          [`total (${firstVisit.files.length} responses)`, "", kb(firstVisit.raw), kb(firstVisit.brotli)],
        ],
      ),
    );
    out.push(
      `   budget ${BUDGET.firstVisitBrotli.label} brotli: ${kb(firstVisit.brotli)} ${verdict(firstVisit.brotli, BUDGET.firstVisitBrotli)}` +
        `   (app started at ${ms(firstVisit.startedMs)}` +
        (firstVisit.hydratedMs != null ? `, hydrated at ${ms(firstVisit.hydratedMs)}` : "") +
        "; uncached, localhost)",
    );
  }
  out.push("");

  out.push("3. Route change, click to the first frame painted with the new page's h1");
  if (routeChange.error) out.push(`   error: ${routeChange.error}`);
  else {
    out.push(
      table(
        ["transition", "samples", "median", "max", "DOM updated (median)"],
        routeChange.byStep.map((s) => [s.step, s.count, ms(s.median), ms(s.max), ms(s.domMedian)]),
      ),
    );
    out.push(
      `   all ${routeChange.count}/${routeChange.attempted} clicks: median ${ms(routeChange.median)}, p95 ${ms(routeChange.p95)} ` +
        `(nearest rank), min ${ms(routeChange.min)}, max ${ms(routeChange.max)}`,
    );
    out.push(
      `   budget ${BUDGET.routeChangeMedian.label}: ${ms(routeChange.median)} ${verdict(routeChange.median, BUDGET.routeChangeMedian)}`,
    );
  }
  out.push("");

  out.push("4. Repeat visit to the topic page, served by the service worker, to interactive");
  if (repeatVisit.error) out.push(`   error: ${repeatVisit.error}`);
  else {
    out.push(
      `   ${repeatVisit.count} reloads: median ${ms(repeatVisit.median)}, max ${ms(repeatVisit.max)} ` +
        `(app started ${ms(repeatVisit.startedMedian)}` +
        (repeatVisit.hydratedMedian != null ? `, hydrated ${ms(repeatVisit.hydratedMedian)}` : "") +
        `, load event ${ms(repeatVisit.loadMedian)}; medians)`,
    );
    out.push(`   each: ${repeatVisit.runs.map((r) => r.interactive?.toFixed(0) ?? "-").join(", ")} ms`);
    out.push(`   budget ${BUDGET.repeatVisitMedian.label} on localhost: ${ms(repeatVisit.median)} ${verdict(repeatVisit.median, BUDGET.repeatVisitMedian)}`);
  }
  out.push("");

  out.push("5. Search");
  out.push(`   search: not built yet (budget ${BUDGET.searchMedian.label} per query)`);
  out.push("");

  out.push("Summary");
  const pick = (r, key) => (r.error ? null : r[key]);
  out.push(
    table(
      ["budget", "measured", "limit", "result"],
      [
        ["wasm, brotli", kb(sizes.wasm.brotli), BUDGET.wasmBrotli.label, verdict(sizes.wasm.brotli, BUDGET.wasmBrotli) || "not measured"],
        ["first visit to a topic, brotli", kb(pick(firstVisit, "brotli")), BUDGET.firstVisitBrotli.label, verdict(pick(firstVisit, "brotli"), BUDGET.firstVisitBrotli) || "not measured"],
        ["route change, click to painted", ms(pick(routeChange, "median")), BUDGET.routeChangeMedian.label, verdict(pick(routeChange, "median"), BUDGET.routeChangeMedian) || "not measured"],
        ["repeat visit via service worker", ms(pick(repeatVisit, "median")), BUDGET.repeatVisitMedian.label, verdict(pick(repeatVisit, "median"), BUDGET.repeatVisitMedian) || "not measured"],
        ["search, one query", "not built yet", BUDGET.searchMedian.label, "-"],
        ["Lighthouse", "not measured here", "see DESIGN.md", "-"],
      ],
    ),
  );
  out.push("");

  out.push("Observations (console errors and warnings, failed requests, oddities)");
  if (results.notes.length === 0) out.push("   none");
  for (const note of [...new Set(results.notes)]) out.push(`   - ${note}`);
  return out.join("\n");
}

// ---------------------------------------------------------------- main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const dist = resolve(options.dist);
  if (!existsSync(dist) || !statSync(dist).isDirectory()) {
    fail(`dist folder "${options.dist}" not found (${dist}). Build the site first (trunk build --release --public-url /roadmap/).`);
  }
  if (!existsSync(join(dist, "index.html"))) {
    fail(`"${options.dist}" has no index.html: is it a built site?`);
  }

  // The base path the site was built for, from the prerendered pages.
  const index = readFileSync(join(dist, "index.html"), "utf8");
  const base = (index.match(/<meta name="roadmap-base" content="([^"]*)"/)?.[1] ?? "/roadmap").replace(/\/+$/, "");

  const notes = [];
  const results = {
    dist,
    base,
    origin: null,
    notes,
    when: new Date().toISOString(),
    cores: availableParallelism(),
    loadAverage: { start: loadavg()[0], end: null },
  };
  results.sizes = measureSizes(dist);
  const wasmFile = results.sizes.wasm.file && walk(dist).find((f) => basename(f) === results.sizes.wasm.file);
  hydratedMarker = Boolean(wasmFile && readFileSync(wasmFile).includes("data-hydrated"));
  results.interactiveSignal = hydratedMarker
    ? "TrunkApplicationStarted and <html data-hydrated>"
    : "TrunkApplicationStarted (this build does not set data-hydrated)";

  const server = await startServer({ dir: dist, base, port: 0, host: "127.0.0.1" });
  const hits = [];
  server.on("request", (request) => hits.push({ url: request.url, at: Date.now() }));
  const origin = `http://127.0.0.1:${server.address().port}`;
  results.origin = origin;
  const site = {
    origin,
    home: `${base}/`,
    section: `${base}/docs/foundations/`,
    topic: `${base}/docs/foundations/networking/`,
  };

  let browser = null;
  try {
    if (!existsSync(CHROMIUM)) {
      const why = `Chromium not found at ${CHROMIUM} (set BENCH_CHROMIUM to its path); browser measurements skipped`;
      console.error(`bench: ${why}`);
      results.firstVisit = results.routeChange = results.repeatVisit = { error: why };
    } else {
      const chromium = await loadPlaywright();
      const launching = chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
      // A launch that finishes after the time limit must not keep Node alive.
      browser = await withTimeout(launching, 30_000, "starting Chromium", () =>
        launching.then((late) => late.close()).catch(() => {}),
      );
      const run = async (measure) => {
        try {
          return await measure();
        } catch (error) {
          return { error: error.message.split("\n")[0] };
        }
      };
      results.firstVisit = await run(() => measureFirstVisit(browser, site, hits, notes));
      results.routeChange = await run(() => measureRouteChanges(browser, site, options.clicks, notes));
      results.repeatVisit = await run(() => measureRepeatVisits(browser, site, options.reloads, hits, notes));
    }
  } finally {
    await browser?.close().catch(() => {});
    server.closeAllConnections?.();
    await new Promise((done) => server.close(done));
  }

  results.loadAverage.end = loadavg()[0];
  results.search = { status: "not built yet" };
  console.log(report(results));
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwrote ${options.json}`);
  }
}

main().catch((error) => {
  // Exit 0 all the same: a measuring tool, not a test.
  console.error(`bench: ${error.stack ?? error}`);
});
