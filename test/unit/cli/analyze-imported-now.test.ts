import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeImported } from '../../../src/core/capture/analyze-imported.ts';
import { importedNow } from '../../../src/core/capture/imported-now.ts';
import { readCaptureText } from '../../../src/core/import/read-capture-text.ts';
import { analysisJson } from '../../../src/core/report/analysis-json.ts';
import { chromeHar, T0 } from '../../fixtures/har/chrome-har.ts';
import { runMain } from './cli-harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'jpi-now-'));
const DAYS = ['2025-03-01T10:00:30Z', '2031-07-15T00:00:00Z'];

afterEach(() => {
  vi.useRealTimers();
});

/** The Chrome fixture with its open connection's messages replaced: a Request 1 s after opening, no PushEnable. */
function shortOpenHar(): string {
  const har = chromeHar();
  const messages = [{ type: 'send', time: (T0 + 2100) / 1000, opcode: 1, data: '{"using":[],"methodCalls":[]}' }];
  const entries = har.log.entries.map((entry, index) =>
    index === 3 ? { ...entry, _webSocketMessages: messages } : entry,
  );
  return JSON.stringify({ log: { ...har.log, entries } });
}

function harFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The CLI's output with the clock set to each day in turn. */
async function onEachDay(argv: string[]): Promise<string[]> {
  const outputs: string[] = [];
  for (const day of DAYS) {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse(day) });
    outputs.push((await runMain(argv)).stdout);
    vi.useRealTimers();
  }
  return outputs;
}

describe('analyze judges an imported file at its own "now", as the panel does', () => {
  it('Chrome HAR with an open connection: the JSON is analyzeImported at importedNow', async () => {
    const text = JSON.stringify(chromeHar());
    const result = await runMain(['analyze', harFile('chrome.har', text), '--json']);
    const imported = readCaptureText(text);
    if (!imported.ok) throw new Error(imported.error);
    const expected = analysisJson(analyzeImported(imported.imported, importedNow(imported.imported)));
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('a connection open 1 s at the end of the file gets no push-not-enabled, whatever the day', async () => {
    const path = harFile('short.har', shortOpenHar());
    const [first, ...others] = await onEachDay(['analyze', path, '--json']);
    for (const other of others) expect(other).toBe(first);
    const open = JSON.parse(first ?? '').connections.find(
      (connection: { status: number }) => connection.status === 101,
    );
    expect(open).toMatchObject({ push: { enabled: false }, diagnoses: [] });
    const [text, ...otherTexts] = await onEachDay(['analyze', path]);
    for (const other of otherTexts) expect(other).toBe(text);
  });
});
