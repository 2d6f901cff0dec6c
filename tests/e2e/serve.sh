#!/usr/bin/env bash
# The server the Playwright journeys run against: a production build on a fresh database with the
# demo data. When DATABASE_URL names a PostgreSQL server (as in CI), a database of its own is made
# there (e2e_<port>); otherwise a fresh embedded PGlite folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${E2E_PORT:-3100}"
if [[ "${DATABASE_URL:-}" =~ ^postgres(ql)?:// ]]; then
  DATABASE_URL="$(node tests/e2e/fresh-database.mjs "e2e_${port}")"
  export DATABASE_URL
  # Two server processes: pages render on both cores while the browsers wait (server.mjs).
  export WEB_CONCURRENCY="${WEB_CONCURRENCY:-2}"
else
  unset DATABASE_URL
  export PGLITE_DATA_DIR=".data/e2e"
  rm -rf "$PGLITE_DATA_DIR"
fi
export NEXT_TELEMETRY_DISABLED=1
# The journeys play the reverse proxy: each says which address its visitor comes from (support.ts).
export TRUSTED_PROXY_HOPS=1
export ENABLE_DEV_MAILBOX=1
export ENABLE_SANDBOX_PAYMENTS=1
export APP_URL="http://127.0.0.1:${port}"
export AUTH_SECRET="${AUTH_SECRET:-e2e-only-secret-0123456789abcdef0123456789}"

if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then
  # In CI `npm test` ran `npm run typecheck` just before (the README's test command).
  if [ -n "${CI:-}" ]; then export TYPES_ALREADY_CHECKED=1; fi
  npx next build
fi
npx tsx prisma/tools/migrate.ts
npx tsx prisma/seed.ts
exec node server.mjs -p "$port" -H 127.0.0.1
