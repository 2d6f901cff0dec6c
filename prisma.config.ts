import { defineConfig } from "prisma/config";

// The Prisma CLI is used for `prisma generate` only: migrations are written and applied by our own
// offline tooling (prisma/tools), which records them exactly as `prisma migrate deploy` would.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
