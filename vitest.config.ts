import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
    // Integration tests each open a fresh database; PGlite in WebAssembly takes a moment to start.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Threads start faster than forks: the suite runs in two thirds of the time on two cores.
    pool: "threads",
    // next-auth imports "next/server" without an extension, which Node's ESM loader can't resolve
    // on its own; letting Vite process it resolves the path.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
  },
});
