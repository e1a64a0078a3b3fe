// Sums the vitest JSON reports of one `npm test` run into the single line CI reads: "N passed, N failed".
// A step that fails outside vitest (typecheck, lint, build, web-ext lint) counts as one failed test.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 1);
let passed = 0;
let failed = 0;
for (const name of ['unit', 'e2e']) {
  const path = `artifacts/reports/${name}.json`;
  if (!existsSync(path)) continue;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
