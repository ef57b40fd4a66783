#!/usr/bin/env bash
# The README's first command: installs what is missing, builds the site and
# serves it at http://127.0.0.1:8080/ the way a static host would.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh / dist
exec node scripts/static-server.mjs dist --port "${PORT:-8080}"
