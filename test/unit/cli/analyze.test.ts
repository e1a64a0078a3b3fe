import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../src/core/bundle/build-bundle.ts';
import { analyzeImported } from '../../../src/core/capture/analyze-imported.ts';
import type { Capture } from '../../../src/core/capture/capture.ts';
import { importedNow } from '../../../src/core/capture/imported-now.ts';
import { buildHar } from '../../../src/core/har/build-har.ts';
import { readCaptureText } from '../../../src/core/import/read-capture-text.ts';
import { analysisJson } from '../../../src/core/report/analysis-json.ts';
import { generateLargeHar } from '../../fixtures/har/generate-large-har.ts';
import { FAILURE_SCENARIOS, HEALTHY_SCENARIOS, type Scenario } from '../../fixtures/scenarios.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../fixtures/secrets.ts';
import { scenarioCapture } from '../core/report/scenario-capture.ts';
import { runMain } from './cli-harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'jpi-analyze-'));
const PRODUCER = { name: 'JMAP Push Inspector', version: '0.1.0' };
const F2B = FAILURE_SCENARIOS[0] as Scenario;

function bundleFile(name: string, capture: Capture, now: number, redacted = true): string {
  const path = join(dir, name);
  writeFileSync(path, buildBundle(capture, { redacted, payloads: true, now, producer: PRODUCER }));
  return path;
}

function textFile(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectNoKnownSecret(text: string): void {
  for (const secret of KNOWN_SECRETS) for (const form of encodingsOf(secret)) expect(text).not.toContain(form);
}

describe('analyze', () => {
  it.each([...HEALTHY_SCENARIOS, ...FAILURE_SCENARIOS].map((scenario) => [scenario.name, scenario] as const))(
    '%s, unredacted bundle: the JSON is what analyzeImported gives the panel, and holds no secret',
    async (name, scenario) => {
      const { capture, now } = scenarioCapture(scenario);
      const path = bundleFile(`${name.replace(/\W/g, '-')}.json`, capture, now, false);
      const result = await runMain(['analyze', path, '--json']);
      expect(result.code).toBe(0);
      const imported = readCaptureText(
        buildBundle(capture, { redacted: false, payloads: true, now, producer: PRODUCER }),
      );
      if (!imported.ok) throw new Error(imported.error);
      const expected = analysisJson(analyzeImported(imported.imported, importedNow(imported.imported)));
      expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
      expectNoKnownSecret(result.stdout + result.stderr);
      const text = await runMain(['analyze', path]);
      expectNoKnownSecret(text.stdout + text.stderr);
    },
  );

  it('reads a HAR: the verdict and causes of the capture it was exported from', async () => {
    const { capture, now } = scenarioCapture(F2B);
    const path = textFile('capture.har', buildHar(capture, { redacted: false, now, producer: PRODUCER }));
    const result = await runMain(['analyze', path, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.verdict).toMatch(/^Push fails: no Authorization header reached the server/);
    expect(json.connections[0].diagnoses).toEqual([expect.objectContaining({ cause: 'auth-header-missing' })]);
    expectNoKnownSecret(result.stdout + result.stderr);
  });

  it('keeps the JSON contract', async () => {
    const { capture, now } = scenarioCapture(F2B);
    const result = await runMain(['analyze', bundleFile('contract.json', capture, now), '--json']);
    const json = JSON.parse(result.stdout);
    expect(json.schema).toBe('jmap-push-inspector/analysis@1');
    const [connection] = json.connections;
    expect(connection).toMatchObject({
      url: expect.stringContaining('[REDACTED:'),
      status: 401,
      strategy: 'query-access-token',
      server: 'stalwart',
      diagnoses: [{ cause: 'auth-header-missing' }],
      frames: { sent: 0, received: 0 },
    });
    expect(connection.findings[0]).toEqual({
      kind: 'credential-in-url',
      severity: 'high',
      location: expect.any(String),
    });
  });

  it('prints the verdict first, then each connection, colour only on a terminal', async () => {
    const { capture, now } = scenarioCapture(F2B);
    const path = bundleFile('text.json', capture, now);
    const result = await runMain(['analyze', path]);
    const [verdict, origin] = result.stdout.split('\n');
    expect(verdict).toMatch(/^Push fails: no Authorization header reached the server.* \(#1 wss:\/\/\S+\)\.$/);
    expect(origin).toBe('bundle written by JMAP Push Inspector 0.1.0, redacted');
    expect(result.stdout).toContain('   high credential-in-url: ');
    expect(result.stdout).toContain('   cause auth-header-missing: ');
    expect(result.stdout).not.toContain('\u001b[');
    const tty = await runMain(['analyze', path], { tty: true });
    expect(tty.stdout).toContain('\u001b[31mhigh\u001b[0m');
  });

  it('--fail-on: exit 1 when a finding reaches the severity, 0 when none does', async () => {
    const { capture, now } = scenarioCapture(F2B);
    const path = bundleFile('fail-on.json', capture, now);
    expect((await runMain(['analyze', path, '--fail-on', 'high'])).code).toBe(1);
    expect((await runMain(['analyze', path, '--fail-on', 'medium', '--json'])).code).toBe(1);
    expect((await runMain(['analyze', path, '--fail-on', 'critical'])).code).toBe(0);
  });

  it('--fail-on decides from the findings: a bundle without worstSeverity still fails', async () => {
    const { capture, now } = scenarioCapture(F2B);
    const bundle = JSON.parse(buildBundle(capture, { redacted: true, payloads: true, now, producer: PRODUCER }));
    for (const connection of bundle.connections) delete connection.analysis.worstSeverity;
    const path = textFile('no-worst.json', JSON.stringify(bundle));
    expect((await runMain(['analyze', path, '--json'])).stdout).toContain('"severity": "high"');
    expect((await runMain(['analyze', path, '--fail-on', 'high'])).code).toBe(1);
    expect((await runMain(['analyze', path, '--fail-on', 'critical'])).code).toBe(0);
  });

  it('reads relative paths from the working folder', async () => {
    const { capture, now } = scenarioCapture(F2B);
    bundleFile('relative.json', capture, now);
    expect((await runMain(['analyze', 'relative.json'], { cwd: dir })).code).toBe(0);
  });

  it('--help', async () => {
    const result = await runMain(['analyze', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('jmap-push-inspector/analysis@1');
  });
});

describe('analyze: bad input is one line naming the file, exit 2', () => {
  const { capture, now } = scenarioCapture(F2B);
  const bundle = buildBundle(capture, { redacted: true, payloads: true, now, producer: PRODUCER });
  const cases: [string, string, string][] = [
    ['missing.json', 'no such file', ''],
    ['empty.json', 'empty file', ''],
    ['truncated.json', 'truncated JSON (ends after 500 bytes)', bundle.slice(0, 500)],
    ['binary.har', 'binary data, not JSON', '\u001f\u008b\u0008\u0000\u0000'],
    ['text.har', 'not JSON: ', 'this is not json'],
    ['other.json', 'neither a HAR (log.entries) nor a JMAP Push Inspector bundle (schema)', '{"hello":"world"}'],
    [
      'future.json',
      'bundle schema "jmap-push-inspector/bundle@2" is not one this version reads',
      bundle.replace('bundle@1', 'bundle@2'),
    ],
  ];

  it.each(cases)('%s: %s', async (name, problem, content) => {
    const path = name === 'missing.json' ? join(dir, name) : textFile(name, content);
    const result = await runMain(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`jmap-push-inspector analyze: error: ${path}: ${problem}`);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    [['analyze'], 'which file?'],
    [['analyze', 'a', 'b'], 'unexpected argument'],
    [['analyze', 'a', '--fail-on', 'severe'], 'unknown severity "severe"'],
    [['analyze', dir], 'is a folder'],
  ])('%j', async (argv, problem) => {
    const result = await runMain(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(problem);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('analyze: a HAR is read as a stream, with the same answers', () => {
  const { capture, now } = scenarioCapture(F2B);
  const har = buildHar(capture, { redacted: false, now, producer: PRODUCER });
  const entries = har.indexOf('"entries":[') + 40;

  it('the JSON is what readCaptureText of the whole file gives', async () => {
    const result = await runMain(['analyze', textFile('stream.har', har), '--json']);
    const imported = readCaptureText(har);
    if (!imported.ok) throw new Error(imported.error);
    const expected = analysisJson(analyzeImported(imported.imported, importedNow(imported.imported)));
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it.each([
    ['cut.har', har.slice(0, entries)],
    ['garbled.har', har.replace('"entries":[', '"entries":[}}}')],
  ])('%s, broken inside log.entries: the error of the whole file', async (name, content) => {
    const result = await runMain(['analyze', textFile(name, content)]);
    const whole = readCaptureText(content);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(whole.ok ? 'ok' : whole.error);
  });
});

describe('analyze: 200 MB files are read, or refused in one line, without a crash or a hang', () => {
  const MB = 1024 * 1024;

  it('a 200 MB HAR from DevTools: every connection analysed', async () => {
    const path = textFile('large.har', generateLargeHar(200 * MB));
    const result = await runMain(['analyze', path, '--json']);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as { connections: { strategy: string }[] };
    expect(analysis.connections.length).toBeGreaterThan(600);
    expect(new Set(analysis.connections.map((connection) => connection.strategy))).toEqual(new Set(['ticket']));
  }, 120_000);

  it('200 MB of binary noise: refused as binary data', async () => {
    const result = await runMain(['analyze', textFile('noise.har', Buffer.alloc(200 * MB, 0x8b))]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('noise.har: binary data, not JSON')]);
  }, 120_000);

  it('20 million levels of nesting inside log.entries: truncated JSON, one line', async () => {
    const result = await runMain(['analyze', textFile('nested.har', `{"log":{"entries":${'['.repeat(20 * MB)}`)]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('nested.har: truncated JSON')]);
  }, 120_000);
});
