import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import {
  baseSecurityHeaders,
  apiContentSecurityPolicy,
  tokenPagePaths,
  tokenPageReferrerPolicy,
} from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // Messages are compiled when the portal is built, not parsed again on every page: formatting
  // them was about a tenth of a page's server time, and the browser gets no message parser.
  experimental: { messages: { path: "./messages", format: "json", locales: ["fr", "en"], precompile: true } },
});

const isProduction = process.env.NODE_ENV === "production";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next.js's file-system page cache, which also gives each cached page its CSP (its scripts' hashes).
  cacheHandler: fileURLToPath(new URL("./lib/page-cache/handler.mjs", import.meta.url)),
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  experimental: {
    // Uploads go through server actions (they work without JavaScript). The portal refuses files
    // over 10 MB itself, with a clear message; these limits only need to let such a file reach it.
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
  },
  // `npm test` type-checks the whole project (specs included) before the journeys build the portal;
  // the journeys' build says so (tests/e2e/serve.sh) rather than checking the same files twice.
  typescript: { ignoreBuildErrors: process.env.TYPES_ALREADY_CHECKED === "1" },
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  async headers() {
    return [
      // Pages get their CSP from proxy.ts (a nonce) or the page cache (hashes); everything gets the rest.
      { source: "/:path*", headers: baseSecurityHeaders(isProduction) },
      // Data APIs get the strictest policy; licence certificates (PDF documents the browser displays) are left out.
      {
        source: "/api/:path((?!licences/).*)",
        headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }],
      },
      ...tokenPagePaths.map((source) => ({
        source,
        headers: [{ key: "Referrer-Policy", value: tokenPageReferrerPolicy }],
      })),
    ];
  },
};

export default withNextIntl(nextConfig);
