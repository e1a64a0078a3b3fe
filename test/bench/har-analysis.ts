import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateLargeHar } from '../fixtures/har/generate-large-har.ts';

const BIN = join(import.meta.dirname, '../../src/cli/jmap-push-inspector.js');
const MB = 1024 * 1024;

export interface HarAnalysisCost {
  readonly fileBytes: number;
  readonly seconds: number;
  /** Kernel peak resident memory of the whole analyze process. */
  readonly peakBytes: number;
  /** The same process's peak when it only starts and prints its help: what Node and the program cost by themselves. */
  readonly baselineBytes: number;
  readonly connections: number;
}

/** Runs `node <bin> …` in a child and returns its stdout and its peak RSS (`/proc` maxRSS, through resourceUsage). */
async function measured(args: readonly string[]): Promise<{ stdout: string; peakBytes: number; seconds: number }> {
  const probe = `process.on('exit', () => process.stderr.write('\\nmaxrss=' + process.resourceUsage().maxRSS));`;
  const started = performance.now();
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, BIN, ...args],
    { maxBuffer: 64 * MB },
  ).catch((error: { stdout: string; stderr: string }) => error);
  const seconds = (performance.now() - started) / 1000;
  const kb = Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
  return { stdout, peakBytes: kb * 1024, seconds };
}

/** `jmap-push-inspector analyze --json` on a generated Chrome-format HAR of about `targetMb` MB. */
export async function measureHarAnalysis(targetMb = 100): Promise<HarAnalysisCost> {
  const dir = await mkdtemp(join(tmpdir(), 'jpi-bench-'));
  try {
    const file = join(dir, 'large.har');
    await writeFile(file, generateLargeHar(targetMb * MB));
    const { size } = await stat(file);
    const baseline = await measured(['analyze', '--help']);
    const run = await measured(['analyze', file, '--json']);
    const connections = (JSON.parse(run.stdout) as { connections: unknown[] }).connections.length;
    return {
      fileBytes: size,
      seconds: run.seconds,
      peakBytes: run.peakBytes,
      baselineBytes: baseline.peakBytes,
      connections,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
