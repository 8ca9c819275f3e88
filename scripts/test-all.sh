#!/usr/bin/env bash
# npm test: everything — types, lint, unit, integration (real PostgreSQL), end-to-end (Chromium),
# ops (backups and the restore drill, restarts, outages, two instances behind nginx).
# Each Vitest tier writes a JSON report; the last line sums them up as "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
reports="tests/.artifacts"
rm -rf "$reports" && mkdir -p "$reports"
status=0

step() {
  local name="$1"; shift
  echo
  echo "=== $name ==="
  local t0=$SECONDS
  if "$@"; then echo "--- $name: ok ($((SECONDS - t0)) s)"; else echo "--- $name: FAILED ($((SECONDS - t0)) s)"; status=1; fi
}

step "types" bash -c "npx next typegen >/dev/null && npx tsc --noEmit"
step "lint" npx eslint --max-warnings=0 .
for tier in unit integration e2e ops; do
  step "$tier" npx vitest run --project "$tier" --reporter=default --reporter=json --outputFile.json="$reports/$tier.json"
done

node scripts/test-summary.mjs "$reports" || status=1
exit $status
