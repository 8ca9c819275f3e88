// The npm registry reachable here serves only this platform's native builds (Next's SWC,
// Tailwind's oxide, …), so `npm install` leaves the other platforms' optional packages out of
// package-lock.json, and `npm ci` then refuses the lock as out of sync. This adds a lock entry
// for each missing optional platform package (version, os, cpu — npm skips them on other
// platforms without fetching), so the lock is complete for every platform.
// Run after changing dependencies: node scripts/lock-foreign-platforms.mjs
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;
const OS = ["darwin", "win32", "linux", "freebsd", "android", "sunos", "openbsd", "netbsd", "aix"];
const CPU = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "mips64el", "wasm32"];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = OS.find((o) => parts.includes(o)) ?? (parts.includes("win32") ? "win32" : undefined);
  let cpu = CPU.find((c) => parts.includes(c));
  if (!cpu && parts.includes("gnueabihf")) cpu = "arm";
  if (!cpu && parts.includes("musleabihf")) cpu = "arm";
  if (!cpu && parts.includes("universal")) cpu = undefined;
  return { os, cpu };
}

let added = 0;
for (const [where, meta] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = where ? `${where}/node_modules/${dep}` : `node_modules/${dep}`;
    if (packages[base] || packages[`node_modules/${dep}`]) continue;
    const version = String(range).replace(/^[\^~=]/, "");
    const { os, cpu } = platformOf(dep);
    const entry = { version, optional: true };
    if (os) entry.os = [os];
    if (cpu) entry.cpu = [cpu];
    if (dep.includes("wasm32")) entry.cpu = ["wasm32"];
    packages[`node_modules/${dep}`] = entry;
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} optional platform entries`);
