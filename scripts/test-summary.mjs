// Sums the Vitest JSON reports of the tiers named after the directory (default: unit, integration, e2e, ops) into one closing line: "Tests: N passed, N failed".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2];
const tiers = process.argv.length > 3 ? process.argv.slice(3) : ["unit", "integration", "e2e", "ops"];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const tier of tiers) {
  const file = path.join(dir, `${tier}.json`);
  if (!existsSync(file)) {
    console.log(`${tier}: no report (the tier did not run)`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  const suiteFailures = (r.testResults ?? []).filter((t) => t.status === "failed" && (t.assertionResults ?? []).length === 0).length;
  console.log(`${tier}: ${r.numPassedTests} passed, ${r.numFailedTests + suiteFailures} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
  passed += r.numPassedTests;
  failed += r.numFailedTests + suiteFailures;
  skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
