import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

/**
 * The benchmark's floor: the least a Next.js + next-intl page costs on this machine, built with the
 * project's own node_modules (two folders up), so the portal's numbers can be read against it.
 */
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
