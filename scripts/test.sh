#!/usr/bin/env bash
# The README's second command: installs what is missing, then runs every check
# and test. Fails on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - start ))"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy, native (prerender, tests, content compiler)"
cargo clippy --workspace --all-targets --features backend-roadmap/ssr -- -D warnings

step "clippy, wasm32 (the browser build)"
cargo clippy --target wasm32-unknown-unknown --all-targets --features hydrate -- -D warnings

step "native tests: content compiler, catalogue, progress model, storage port"
cargo test --workspace --features backend-roadmap/ssr

step "release build under /roadmap/"
site=target/site-roadmap
scripts/build.sh /roadmap/ "$site"

step "browser tests (Playwright, Debian Chromium)"
E2E_SITE="$site" playwright test --config tests/e2e/playwright.config.mjs
node -e '
  const s = require("./test-results/e2e.json").stats;
  console.log(`e2e: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped`);
'

step "done"
