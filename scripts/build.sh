#!/usr/bin/env bash
# Builds the static site for deployment: every route prerendered, assets
# hashed, the service worker's precache list written.
#   scripts/build.sh [PUBLIC_URL] [DIST_DIR]
# PUBLIC_URL is the path the site is served under: "/" (default) or e.g.
# "/roadmap/" for https://user.github.io/roadmap/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
public_url=${1:-/}
dist=${2:-dist}
trunk build --release --public-url "$public_url" --dist "$dist"
