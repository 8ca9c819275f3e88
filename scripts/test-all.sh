#!/usr/bin/env bash
# npm test: types, lint, unit, integration (real PostgreSQL), end-to-end (Chromium).
# npm run test:slow (or `--slow`, as .ci/run does): also the ops tier — backups and the restore drill,
# restarts, database outages, two instances behind nginx (real pg_dump, nginx; ~2 minutes more).
# `--only-slow` runs just the ops tier. Each Vitest tier writes a JSON report; the last line sums up
# the tiers that ran as "Tests: N passed, N failed".
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

tiers=(unit integration e2e)
case "${1:-}" in
  --slow) tiers+=(ops) ;;
  --only-slow) tiers=(ops) ;;
  "") ;;
  *) echo "usage: scripts/test-all.sh [--slow | --only-slow]" >&2; exit 2 ;;
esac

if [ "${tiers[0]}" != "ops" ]; then
  step "types" bash -c "npx next typegen >/dev/null && npx tsc --noEmit"
  step "lint" npx eslint --max-warnings=0 .
fi
for tier in "${tiers[@]}"; do
  step "$tier" npx vitest run --project "$tier" --reporter=default --reporter=json --outputFile.json="$reports/$tier.json"
done

node scripts/test-summary.mjs "$reports" "${tiers[@]}" || status=1
exit $status
