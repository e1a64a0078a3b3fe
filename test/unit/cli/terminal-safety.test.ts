import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io.ts';
import { printOutcome } from '../../../src/cli/probe-output.ts';
import { terminalJson, terminalText } from '../../../src/cli/terminal-lines.ts';
import { buildBundle } from '../../../src/core/bundle/build-bundle.ts';
import type { ReplayOutcome } from '../../../src/core/replay/replay-outcome.ts';
import { chromeHar } from '../../fixtures/har/chrome-har.ts';
import { FAILURE_SCENARIOS, type Scenario } from '../../fixtures/scenarios.ts';
import { scenarioCapture } from '../core/report/scenario-capture.ts';
import { runMain } from './cli-harness.ts';

/** Sets the window title, clears the screen, a C1 CSI, DEL, and a forged second line. */
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u007f\r\nforged';
const SHOWN = '\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\x7f\\x0d\\x0aforged';
/** Reset, bold, dim, red, yellow: src/cli/colour.ts. */
const OUR_CODES = [0, 1, 2, 31, 33];
const dir = mkdtempSync(join(tmpdir(), 'jpi-hostile-'));

/** No control character but our line ends and, on a terminal, our own SGR colour codes. */
function expectInert(output: string): void {
  const ours = OUR_CODES.map((code) => `\u001b[${code}m`);
  const withoutOurs = ours.reduce((text, sequence) => text.replaceAll(sequence, ''), output).replaceAll('\n', '');
  expect(withoutOurs).not.toMatch(/\p{Cc}/u);
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function hostileHar(): string {
  const har = chromeHar();
  type Exchange = { url: string; headers: { name: string; value: string }[] };
  const entries = har.log.entries.map((entry) => {
    const request = entry.request as Exchange;
    const response = entry.response as Exchange;
    return {
      ...entry,
      request: { ...request, url: request.url.replace('/jmap/ws', `/jmap/ws/${HOSTILE}`) },
      response: { ...response, headers: [...response.headers, { name: 'Server', value: HOSTILE }] },
    };
  });
  const creator = { name: HOSTILE, version: HOSTILE };
  const pages = har.log.pages.map((page) => ({ ...page, title: HOSTILE }));
  return JSON.stringify({ log: { ...har.log, creator, pages, entries: [...entries, { startedDateTime: HOSTILE }] } });
}

/** A bundle whose stored analysis has the hostile string in every text the terminal shows. */
function hostileBundle(): string {
  const { capture, now } = scenarioCapture(FAILURE_SCENARIOS[0] as Scenario);
  const producer = { name: HOSTILE, version: HOSTILE };
  const bundle = JSON.parse(buildBundle(capture, { redacted: true, payloads: true, now, producer }));
  for (const { analysis } of bundle.connections) {
    analysis.url = `wss://x.example/${HOSTILE}`;
    analysis.auth.evidence = [HOSTILE];
    analysis.server.evidence = [HOSTILE];
    for (const finding of analysis.findings) Object.assign(finding, { location: HOSTILE, fix: HOSTILE });
    for (const cause of analysis.causes) Object.assign(cause, { title: HOSTILE, explanation: HOSTILE });
  }
  return JSON.stringify(bundle);
}

describe('analyze: strings from the file never drive the terminal', () => {
  it.each([
    ['hostile.har', hostileHar],
    ['hostile.json', hostileBundle],
  ])('%s, text: every value shown inert, on a pipe and on a terminal', async (name, content) => {
    const path = file(name, content());
    for (const tty of [false, true]) {
      const result = await runMain(['analyze', path], { tty });
      expect(result.code).toBe(0);
      expectInert(result.stdout + result.stderr);
      expect(result.stdout).toContain(SHOWN);
    }
    const tty = await runMain(['analyze', path], { tty: true });
    expect(tty.stdout).toContain('\u001b[1m#1 ');
  });

  it('the producer, the verdict and the cause are each shown escaped', async () => {
    const result = await runMain(['analyze', file('fields.json', hostileBundle())]);
    const lines = result.stdout.split('\n');
    expect(lines[1]).toBe(`bundle written by ${SHOWN} ${SHOWN}, redacted`);
    expect(result.stdout).toContain(`   high credential-in-url: ${SHOWN}`);
    expect(result.stdout).toContain(`   cause auth-header-missing: ${SHOWN}`);
  });

  it.each([
    ['hostile.har', hostileHar],
    ['hostile.json', hostileBundle],
  ])('%s, --json: valid JSON holding the values unchanged, no raw control character', async (name, content) => {
    const result = await runMain(['analyze', file(`json-${name}`, content()), '--json']);
    expectInert(result.stdout + result.stderr);
    expect(JSON.stringify(JSON.parse(result.stdout))).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it('the error line for a bad file is inert too', async () => {
    const result = await runMain(['analyze', file(`bad${HOSTILE.replace(/[/\\]/g, '')}.har`, '{"log":{}}')]);
    expect(result.code).toBe(2);
    expectInert(result.stderr);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('probe: what the server answered never drives the terminal', () => {
  const cause = { id: 'auth-header-missing', title: HOSTILE, explanation: HOSTILE, checks: [HOSTILE] } as const;
  const outcome: ReplayOutcome = {
    verdict: 'refused',
    status: 401,
    subprotocol: HOSTILE,
    framesSent: 0,
    framesReceived: 0,
    firstPushLatencyMs: null,
    closeCode: null,
    causes: [cause],
    detail: HOSTILE,
  };
  const record = { id: 'p', createdAt: 0, frames: [], handshake: { url: `ws://x/${HOSTILE}`, protocols: [] } };

  it.each([false, true])('tty %s: every line inert, our colours kept', (tty) => {
    let stdout = '';
    const stream = { isTTY: tty, write: (text: string) => (stdout += text) };
    const io: CliIo = { stdout: stream, stderr: stream, cwd: '/', env: {} };
    printOutcome(io, outcome, record, []);
    expectInert(stdout);
    expect(stdout.split('\n').filter((line) => line.includes(SHOWN))).toHaveLength(6);
    expect(stdout.includes('\u001b[31mOutcome: refused\u001b[0m')).toBe(tty);
  });
});

describe('terminalText', () => {
  it('shows every C0, DEL and C1 control as \\xNN and leaves the rest', () => {
    expect(terminalText('a\u0000b\u001fc\u007fd\u0080e\u009ff é ✓')).toBe('a\\x00b\\x1fc\\x7fd\\x80e\\x9ff é ✓');
  });

  it('shows the bidirectional controls that reorder what a terminal shows as \\uNNNN', () => {
    const reordered = 'wss://good.example/\u202eliame.live\u202c/ws\u2066x\u2069\u200f\u061c';
    expect(terminalText(reordered)).toBe('wss://good.example/\\u202eliame.live\\u202c/ws\\u2066x\\u2069\\u200f\\u061c');
  });
});

describe('terminalJson', () => {
  it('escapes DEL, C1 and bidi controls, and stays the same JSON', () => {
    const value = { url: 'a\u007fb\u009bc\u202ed' };
    const shown = terminalJson(JSON.stringify(value));
    expect(shown).toBe('{"url":"a\\u007fb\\u009bc\\u202ed"}');
    expect(JSON.parse(shown)).toEqual(value);
  });
});
