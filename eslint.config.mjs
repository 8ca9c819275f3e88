// ESLint (flat config): Next's rules (core web vitals, TypeScript, jsx-a11y) plus the layering
// rules of STYLE.md — pages and components never reach the database directly; client code
// imports only schemas and types from lib/.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const dbImports = {
  patterns: [
    { group: ["@/lib/db", "@/lib/db-client", "**/lib/db", "**/lib/db-client"], message: "Pages and components read data through lib/<domain>/queries.ts, never lib/db." },
    { group: ["@prisma/*", "@/lib/generated/prisma/*", "**/generated/prisma/*"], importNames: ["PrismaClient"], message: "Only lib/ talks to Prisma." },
    { group: ["@/lib/ops/*", "**/lib/ops/*"], message: "Operational code (database start-up, migrations) is for scripts and tests only." },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "tmp-scratch/**", "next-env.d.ts", "public/**"],
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", dbImports] },
  },
  {
    // Schemas reach the browser: they take zod from lib/zod.ts, which keeps it CSP-clean there.
    files: ["lib/**/schema.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "zod", message: "Import { z } from \"@/lib/zod\" (no eval probe under the CSP in the browser)." }] }] },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import/no-anonymous-default-export": "off",
    },
  },
];

export default config;
