#!/usr/bin/env bash
# Trunk's post-build hook: prerenders every route into the staging folder and
# writes the service worker's precache list (src/bin/prerender.rs). It builds
# the native prerenderer in the dev profile, which the tests share.
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}"
args=("${TRUNK_STAGING_DIR:?run from trunk}" --base "${TRUNK_PUBLIC_URL:-/}")
if [ "${TRUNK_PROFILE:-debug}" = "release" ]; then args+=(--release); fi
cargo run --quiet --features ssr --bin prerender -- "${args[@]}"
