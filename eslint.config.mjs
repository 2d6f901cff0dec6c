import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next-intl/server",
              importNames: ["getFormatter"],
              message: "Use getFormatter from @/lib/i18n/server: one formatter per language for the process.",
            },
            {
              name: "next-intl",
              importNames: ["useFormatter"],
              message: "Use useFormatter from @/lib/i18n/formatter: one formatter per language for the process.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/db/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "tests/bench/floor/.next/**",
    "tests/bench/floor/next-env.d.ts",
    "tests/bench/results/**",
  ]),
]);
