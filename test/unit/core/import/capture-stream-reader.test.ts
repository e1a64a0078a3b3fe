import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../../src/core/bundle/build-bundle.ts';
import type { ImportResult } from '../../../../src/core/capture/imported-capture.ts';
import { buildHar } from '../../../../src/core/har/build-har.ts';
import { CaptureStreamReader } from '../../../../src/core/import/capture-stream-reader.ts';
import { readCaptureText, withoutBom } from '../../../../src/core/import/read-capture-text.ts';
import { chromeHar } from '../../../fixtures/har/chrome-har.ts';
import { firefoxHar } from '../../../fixtures/har/firefox-har.ts';
import { generateLargeHar } from '../../../fixtures/har/generate-large-har.ts';
import { FAILURE_SCENARIOS, HEALTHY_SCENARIOS } from '../../../fixtures/scenarios.ts';
import { scenarioCapture } from '../report/scenario-capture.ts';

const PRODUCER = { name: 'T', version: '1' };
const SCENARIO = FAILURE_SCENARIOS[0] as (typeof FAILURE_SCENARIOS)[number];
const { capture, now } = scenarioCapture(SCENARIO);
const OWN_HAR = buildHar(capture, { redacted: false, now, producer: PRODUCER });
const BUNDLE = buildBundle(capture, { redacted: true, payloads: true, now, producer: PRODUCER });
const CHROME = JSON.stringify(chromeHar(), null, 1);
const FIREFOX = JSON.stringify(firefoxHar());

/** The text fed in pieces cut at the given offsets. */
function streamed(text: string, cuts: readonly number[] = []): ImportResult | undefined {
  const reader = new CaptureStreamReader();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(from, cut));
    from = cut;
  }
  reader.push(text.slice(from));
  return reader.end();
}

/** What the stream gives is what the whole text gives; it only declines text that is not JSON. */
function expectSameAsWhole(text: string, cuts: readonly number[] = []): void {
  const result = streamed(text, cuts);
  const whole = readCaptureText(text);
  if (result !== undefined) expect(result).toEqual(whole);
  else if (whole.ok || !/^(?:truncated JSON|not JSON)/.test(whole.error))
    expect(JSON.parse(withoutBom(text))).toHaveProperty('schema');
}

/** The HAR with `log.entries` written before `log.pages` (the page URLs are then known only at the end). */
function pagesLast(text: string): string {
  const { log } = JSON.parse(text) as { log: { entries: unknown[]; pages: unknown[] } };
  const { entries, pages, ...rest } = log;
  return JSON.stringify({ log: { ...rest, entries, pages } });
}

describe('CaptureStreamReader', () => {
  it.each([
    ['our HAR', OWN_HAR],
    ['a Chrome HAR', CHROME],
    ['a Firefox HAR', FIREFOX],
    ['a bundle', BUNDLE],
    ['a HAR with its pages after its entries', pagesLast(OWN_HAR)],
    ['a HAR with a byte order mark', `\uFEFF${CHROME}`],
  ])('reads %s as readCaptureText does, whole or one character at a time', (_, text) => {
    const whole = streamed(text);
    expect(whole).toEqual(readCaptureText(text));
    expect(whole?.ok).toBe(true);
    expect(
      streamed(
        text,
        Array.from(text, (_char, index) => index),
      ),
    ).toEqual(whole);
  });

  it('reads every scenario exported as HAR', () => {
    for (const scenario of [...HEALTHY_SCENARIOS, ...FAILURE_SCENARIOS]) {
      const { capture: scenarioCaptured, now: at } = scenarioCapture(scenario);
      expectSameAsWhole(buildHar(scenarioCaptured, { redacted: true, now: at, producer: PRODUCER }));
    }
  });

  it('reads a generated Chrome HAR of 1 000 messages per connection in 64 KB chunks', () => {
    const text = generateLargeHar(800_000);
    const cuts = Array.from({ length: Math.floor(text.length / 65_536) }, (_, index) => (index + 1) * 65_536);
    const result = streamed(text, cuts);
    expect(result).toEqual(readCaptureText(text));
    expect(result?.ok && result.imported.capture.connections[0]?.frames).toHaveLength(1000);
  });

  it('keeps the last of repeated log and entries members, as JSON.parse does', () => {
    const { log } = chromeHar();
    const first = JSON.stringify(log.entries.slice(0, 2));
    const last = JSON.stringify(log.entries.slice(2));
    const rest = JSON.stringify(log).slice(1);
    expectSameAsWhole(`{"log":{"entries":${first}},"log":{"entries":${last},${rest}}`);
    expectSameAsWhole(`{"log":{"entries":${first},${rest.slice(0, -1)},"entries":${last}}}`);
    expectSameAsWhole(`{"log":{"entries":${first},${rest.slice(0, -1)},"\\u0065ntries":${last}}}`);
    expectSameAsWhole(`{"log":{${rest.slice(0, -1)},"entries":${first}},"\\u006cog":{"entries":7}}`);
    expectSameAsWhole(`{"log":{"entries":${first},${rest.slice(0, -1)},"entries":{}}}`);
  });

  it('declines a bundle that also holds log.entries: readCaptureText reads it whole', () => {
    const text = BUNDLE.replace('{', '{"log":{"entries":[{}]},');
    expect(streamed(text)).toBeUndefined();
  });

  it.each([
    ['', 'empty file'],
    [' \n', 'empty file'],
    ['\uFEFF', 'empty file'],
    ['PK\u0003\u0004\u0014\u0000', 'binary data, not JSON'],
    [`{"log":{"entries":[${'\u0000'.repeat(10)}]}}`, 'binary data, not JSON'],
    ['[]', 'neither a HAR'],
    ['{"schema":"jmap-push-inspector/bundle@9"}', 'is not one this version reads'],
  ])('%j: the same one-line error as readCaptureText (%s)', (text, error) => {
    expect(streamed(text)).toEqual(readCaptureText(text));
    expect(streamed(text)).toMatchObject({ ok: false, error: expect.stringContaining(error) });
  });

  it.each([
    'hello',
    '{"log":{"entries":[{},]}}',
    '{"log":{"entries":[,{}]}}',
    '{"log":{"entries":[{} {}]}}',
    '{"log":{"entries":[{"a":[1}]]}}',
    '{"log":{"entries":[{}]}',
    '{"log":{"entries":[{}]}}}',
  ])('%j is not JSON: declined, so the whole text names the problem', (text) => {
    expect(streamed(text)).toBeUndefined();
    expect(readCaptureText(text).ok).toBe(false);
  });

  it('stops reading once the text cannot be JSON', () => {
    const reader = new CaptureStreamReader();
    reader.push('{"log":{"entries":[{"a":1}x,');
    expect(reader.broken).toBe(true);
  });

  it('reads deeply nested JSON without crashing', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expectSameAsWhole(deep);
    expectSameAsWhole(`{"log":{"entries":[${deep}]}}`);
  });

  it('answers every text, every cut of a HAR and every chunking as readCaptureText does', () => {
    const pieces = ['{"log":', '{"entries":[', '"\\u006cog":', '"entries":', '"schema":"jmap-push-inspector/bundle@1"'];
    const hostile = fc
      .array(fc.oneof(fc.constantFrom(...pieces, '[', ']', '{', '}', ',', ':', '"', '\\', ' ', '1'), fc.json()), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      hostile,
      fc.nat(CHROME.length).map((n) => CHROME.slice(0, n)),
      fc.nat(OWN_HAR.length).map((n) => OWN_HAR.slice(0, n)),
    );
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.array(fc.nat(t.length), { maxLength: 8 }))),
        ([t, cuts]) => expectSameAsWhole(t, cuts),
      ),
      { numRuns: 1000 },
    );
  });
});
