/**
 * `npm run bench`: what capture costs, measured side by side in one run (ratios, not absolute numbers, are what
 * carry across machines). Not a test: it prints figures.
 */
import { measureHarAnalysis } from './har-analysis.ts';
import { hookSize } from './hook-size.ts';
import { measureThroughput, THROUGHPUT_MODES } from './page-throughput.ts';
import { measurePanelSearch } from './panel-search.ts';
import { measureStoreMemory } from './store-memory.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const size = hookSize();
console.log(`page hook ${size.file}: ${kb(size.bytes)}, ${kb(size.gzipped)} gzipped (target ≤ 3 KB)`);

const memory = measureStoreMemory();
console.log(`background store at the default cap (${memory.frames} frames of ~200 B): ${kb(memory.bytes)} of heap`);

console.log('panel frame search over 100 000 frames (target < 100 ms):');
for (const { what, ms, found } of measurePanelSearch()) {
  console.log(`  ${what.padEnd(36)} ${ms.toFixed(1).padStart(7)} ms   ${found} frames`);
}

const har = await measureHarAnalysis();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const grown = har.peakBytes - har.baselineBytes;
console.log(
  `analyze --json on a ${mb(har.fileBytes)} HAR (${har.connections} connections): ${har.seconds.toFixed(1)} s, ` +
    `peak RSS ${mb(har.peakBytes)} (${mb(grown)} above the program alone: ${(grown / har.fileBytes).toFixed(1)}× the file; target < 3×)`,
);

console.log(`page echo throughput in Chromium, ${ROUNDS} alternating rounds of 20 000 round trips (64 in flight):`);
const throughput = await measureThroughput(ROUNDS);
const plain = median(throughput.get('plain') ?? []);
for (const mode of THROUGHPUT_MODES) {
  const value = median(throughput.get(mode) ?? []);
  const ratio = (value / plain).toFixed(2);
  console.log(`  ${mode.padEnd(24)} ${Math.round(value).toString().padStart(7)} msgs/s   ratio ${ratio}`);
}
