import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildBundle } from '../../../../src/core/bundle/build-bundle.ts';
import { analyzeCapture } from '../../../../src/core/capture/analyze-capture.ts';
import { analyzeImported } from '../../../../src/core/capture/analyze-imported.ts';
import type { Capture } from '../../../../src/core/capture/capture.ts';
import { importedNow } from '../../../../src/core/capture/imported-now.ts';
import { buildHar, type HarOptions } from '../../../../src/core/har/build-har.ts';
import { captureFromHar } from '../../../../src/core/har/capture-from-har.ts';
import { encodingsOf, KNOWN_SECRETS } from '../../../fixtures/secrets.ts';
import { allScenariosCapture, nowAfter, SCENARIOS, scenarioCapture } from '../bundle/scenario-captures.ts';
import { harCaptureArbitrary } from './har-capture-arbitrary.ts';

const PRODUCER = { name: 'JMAP Push Inspector', version: '0.4.0' };

function options(capture: Capture, redacted: boolean): HarOptions {
  return { redacted, now: nowAfter(capture), producer: PRODUCER };
}

function readBack(text: string) {
  const result = captureFromHar(JSON.parse(text));
  if (!result.ok) throw new Error(result.error);
  return result.imported;
}

const byTime = <T>(items: readonly T[], at: (item: T) => number) => [...items].sort((a, b) => at(a) - at(b));

/** A HAR holds entries in time order: the capture it gives back is the same, each list sorted by time. */
function inFileOrder(capture: Capture): Capture {
  return {
    ...capture,
    connections: byTime(capture.connections, (connection) => connection.createdAt),
    sessions: byTime(capture.sessions, (sighting) => sighting.at),
    ticketMints: byTime(capture.ticketMints, (mint) => mint.at),
  };
}

describe('buildHar, unredacted, read back by captureFromHar', () => {
  test.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s: same capture, same analysis',
    (_, scenario) => {
      const capture = scenarioCapture(scenario);
      const now = nowAfter(capture);
      const imported = readBack(buildHar(capture, options(capture, false)));
      expect(imported.capture).toEqual(inFileOrder(capture));
      expect(imported.warnings).toEqual([]);
      const again = analyzeCapture(imported.capture, now).map((entry) => entry.analysis);
      expect(again).toEqual(analyzeCapture(inFileOrder(capture), now).map((entry) => entry.analysis));
      const stored = analyzeCapture(capture, now).map((entry) => [entry.connection.id, entry.analysis]);
      expect(Object.fromEntries(imported.analyses)).toEqual(Object.fromEntries(stored));
    },
  );

  test('any capture comes back: connections, frames, sessions and ticket POSTs', () => {
    fc.assert(
      fc.property(harCaptureArbitrary, (capture) => {
        const imported = readBack(buildHar(capture, { redacted: false, now: 1, producer: PRODUCER }));
        expect(imported.capture).toEqual(inFileOrder(capture));
        expect(imported.warnings).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test('says who wrote it, when, and that it is not redacted', () => {
    const capture = allScenariosCapture();
    const { origin } = readBack(buildHar(capture, options(capture, false)));
    expect(origin).toEqual({
      format: 'har',
      producer: 'JMAP Push Inspector 0.4.0',
      exportedAt: nowAfter(capture),
      redacted: false,
      payloads: true,
    });
  });
});

describe('buildHar, redacted', () => {
  const capture = allScenariosCapture();
  const text = buildHar(capture, options(capture, true));

  test('no known secret in any encoding anywhere in the file', () => {
    for (const secret of KNOWN_SECRETS) for (const form of encodingsOf(secret)) expect(text).not.toContain(form);
  });

  test('reads back with the stored (redacted) analyses and says it is redacted', () => {
    const imported = readBack(text);
    expect(imported.origin.redacted).toBe(true);
    expect(imported.analyses.size).toBe(capture.connections.length);
    expect(imported.warnings).toEqual([]);
    const stored = [...imported.analyses.values()].map((analysis) => [
      analysis.auth.strategy,
      analysis.causes.map((cause) => cause.id),
    ]);
    const live = analyzeCapture(capture, nowAfter(capture)).map(({ analysis }) => [
      analysis.auth.strategy,
      analysis.causes.map((cause) => cause.id),
    ]);
    expect(stored).toEqual(live);
  });
});

describe('buildHar of an imported file', () => {
  test('a redacted HAR exported again keeps every analysis and the capture', () => {
    const capture = allScenariosCapture();
    const first = readBack(buildHar(capture, options(capture, true)));
    const now = importedNow(first);
    const again = readBack(
      buildHar(first.capture, { ...options(capture, true), now, analyzed: analyzeImported(first, now) }),
    );
    expect(Object.fromEntries(again.analyses)).toEqual(Object.fromEntries(first.analyses));
    expect(again.capture).toEqual(first.capture);
  });
});

describe('buildHar without payloads', () => {
  test('holds the frames the bundle without payloads holds, and says so', () => {
    const capture = allScenariosCapture();
    const now = nowAfter(capture);
    const har = buildHar(capture, { ...options(capture, false), payloads: false });
    const bundle = buildBundle(capture, { ...options(capture, false), payloads: false });
    const framesOf = (connections: readonly { id: string; frames: readonly unknown[] }[]) =>
      Object.fromEntries(connections.map(({ id, frames }) => [id, frames]));
    expect(framesOf(readBack(har).capture.connections)).toEqual(framesOf(JSON.parse(bundle).connections));
    expect(JSON.parse(har).log._jmapPushInspector.payloads).toBe(false);
    expect(readBack(har).origin.payloads).toBe(false);
    expect(readBack(buildHar(capture, options(capture, false))).origin.payloads).toBe(true);
    const after = analyzeCapture(readBack(har).capture, now).map((entry) => [entry.connection.id, entry.analysis.push]);
    const before = analyzeCapture(capture, now).map((entry) => [entry.connection.id, entry.analysis.push]);
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(before));
  });
});

/**
 * What Chrome DevTools' HAR importer reads, and how (front_end/models/har/HARFormat.ts): `safeNumber` and `safeDate`
 * throw on NaN, `new HARxxx(data)` throws on a non-object. Checked on every entry of an export, so Chrome imports it.
 */
describe('buildHar writes every member Chrome DevTools imports', () => {
  const isNumber = (value: unknown) => typeof value === 'number' && !Number.isNaN(value);
  const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
  const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  const isString = (value: unknown) => typeof value === 'string';
  const isPairs = (value: unknown) =>
    Array.isArray(value) && value.every((pair) => isString(pair.name) && isString(pair.value));
  const REQUIRED: Record<string, Record<string, (value: unknown) => boolean>> = {
    log: { version: (value) => value === '1.2', creator: isObject, entries: Array.isArray, pages: Array.isArray },
    creator: { name: isString, version: isString },
    page: { startedDateTime: isDate, id: isString, title: isString, pageTimings: isObject },
    entry: {
      startedDateTime: isDate,
      time: isNumber,
      request: isObject,
      response: isObject,
      timings: isObject,
      cache: isObject,
    },
    request: {
      method: isString,
      url: isString,
      httpVersion: isString,
      headers: isPairs,
      queryString: isPairs,
      cookies: isPairs,
      headersSize: isNumber,
      bodySize: isNumber,
    },
    response: {
      status: isNumber,
      statusText: isString,
      httpVersion: isString,
      headers: isPairs,
      cookies: isPairs,
      content: isObject,
      redirectURL: isString,
      headersSize: isNumber,
      bodySize: isNumber,
    },
    content: { size: isNumber, mimeType: isString },
    timings: { send: isNumber, wait: isNumber, receive: isNumber },
    message: {
      type: (value) => value === 'send' || value === 'receive',
      time: isNumber,
      opcode: (value) => value === 1 || value === 2,
      data: isString,
    },
  };

  function expectShape(kind: string, value: Record<string, unknown>): void {
    for (const [key, check] of Object.entries(REQUIRED[kind] ?? {}))
      expect(check(value[key]), `${kind}.${key}`).toBe(true);
  }

  test('log, pages, entries, requests, responses, contents, timings and WebSocket messages', () => {
    const capture = allScenariosCapture();
    const { log } = JSON.parse(buildHar(capture, options(capture, true)));
    expectShape('log', log);
    expectShape('creator', log.creator);
    for (const page of log.pages) expectShape('page', page);
    for (const entry of log.entries) {
      expectShape('entry', entry);
      expectShape('request', entry.request);
      expectShape('response', entry.response);
      expectShape('content', entry.response.content);
      expectShape('timings', entry.timings);
      for (const message of entry._webSocketMessages ?? []) expectShape('message', message);
    }
    const times = log.entries.map((entry: { startedDateTime: string }) => Date.parse(entry.startedDateTime));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(log.entries.filter((entry: { _resourceType: string }) => entry._resourceType === 'websocket')).toHaveLength(
      capture.connections.length,
    );
  });
});
