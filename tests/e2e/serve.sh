#!/usr/bin/env bash
# The server the Playwright journeys run against: a production build on a fresh PGlite folder with
# the demo data. PostgreSQL settings meant for the integration tests are ignored on purpose.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${E2E_PORT:-3100}"
unset DATABASE_URL
export PGLITE_DATA_DIR=".data/e2e"
export NEXT_TELEMETRY_DISABLED=1
export ENABLE_DEV_MAILBOX=1
export ENABLE_SANDBOX_PAYMENTS=1
export APP_URL="http://127.0.0.1:${port}"
export AUTH_SECRET="${AUTH_SECRET:-e2e-only-secret-0123456789abcdef0123456789}"

rm -rf "$PGLITE_DATA_DIR"
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then
  npx next build
fi
npx tsx prisma/tools/migrate.ts
npx tsx prisma/seed.ts
exec node server.mjs -p "$port" -H 127.0.0.1
