// Registers the service worker (the prerender step adds this script to
// release builds only) and, when a new version has been downloaded, lets the
// app offer "reload to update" instead of swapping code under the learner.
const base = document.querySelector('meta[name="roadmap-base"]')?.content ?? "";

function announceUpdate() {
  window.__roadmapUpdateReady = true;
  window.dispatchEvent(new Event("roadmap:update-ready"));
}

async function register() {
  const registration = await navigator.serviceWorker.register(`${base}/sw.js`, { scope: `${base}/` });
  // Some embedders (and test harnesses that block workers) resolve without a registration.
  if (!registration) return;
  if (registration.waiting && navigator.serviceWorker.controller) announceUpdate();
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    if (!worker) return;
    worker.addEventListener("statechange", () => {
      // A worker installed while another controls the page is an update.
      if (worker.state === "installed" && navigator.serviceWorker.controller) announceUpdate();
    });
  });
  window.addEventListener("roadmap:apply-update", () => {
    const waiting = registration.waiting;
    if (!waiting) {
      window.location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
  // Look for a new version whenever the learner comes back to the tab.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") registration.update().catch(() => {});
  });
}

if ("serviceWorker" in navigator) {
  register().catch((error) => console.warn("Offline support is unavailable:", error));
}
