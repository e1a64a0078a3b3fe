import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeCapture } from '../../../../src/core/capture/analyze-capture.ts';
import type { ImportedCapture } from '../../../../src/core/capture/imported-capture.ts';
import { captureFromHar } from '../../../../src/core/har/capture-from-har.ts';
import { MAX_PAYLOAD_CHARS } from '../../../../src/core/model/frame.ts';
import { CHROME_TICKET, chromeHar, T0 } from '../../../fixtures/har/chrome-har.ts';
import {
  FIREFOX_SESSION_URL,
  FIREFOX_TICKET,
  FIREFOX_TICKET_URL,
  FIREFOX_TOKEN,
  firefoxHar,
} from '../../../fixtures/har/firefox-har.ts';

function imported(json: unknown): ImportedCapture {
  const result = captureFromHar(json);
  if (!result.ok) throw new Error(result.error);
  return result.imported;
}

function withEntries(entries: unknown): unknown {
  return { log: { ...chromeHar().log, entries } };
}

describe('captureFromHar, Chrome DevTools "Save all as HAR"', () => {
  const { capture, origin, environment, warnings } = imported(chromeHar());

  test('reads the session GET and the ticket POST (base64 body) from their answers', () => {
    expect(capture.sessions).toEqual([
      { at: T0, url: 'https://mail.example.org/jmap/session', body: expect.stringContaining('"apiUrl"') },
    ]);
    expect(capture.ticketMints).toEqual([
      expect.objectContaining({
        at: T0 + 1000,
        status: 200,
        authScheme: 'Basic',
        ticket: expect.objectContaining({ value: CHROME_TICKET }),
      }),
    ]);
  });

  test('the refused upgrade keeps its 401 and its challenge, and never opened', () => {
    const refused = capture.connections.find((connection) => connection.handshake.status === 401);
    expect(refused).toMatchObject({ source: 'import', pageUrl: 'https://mail.example.org/inbox', createdAt: T0 + 500 });
    expect(refused?.openAt).toBeUndefined();
    expect(refused?.handshake.responseHeaders).toContainEqual({
      name: 'WWW-Authenticate',
      value: 'Basic realm="James"',
    });
    expect(refused?.handshake.protocols).toEqual(['jmap']);
  });

  test('the 101 upgrade becomes an open connection with consecutive frames in epoch ms', () => {
    const open = capture.connections.find((connection) => connection.handshake.status === 101);
    expect(open).toMatchObject({
      openAt: T0 + 1100,
      handshake: { chosenProtocol: 'jmap', statusLine: 'HTTP/1.1 101 Switching Protocols' },
    });
    expect(open?.frames.map((frame) => [frame.id, frame.dir, frame.at])).toEqual([
      [1, 'sent', T0 + 1200],
      [2, 'received', T0 + 9200.25],
      [3, 'received', T0 + 9300],
    ]);
    expect(open?.frames[2]?.data).toEqual({
      kind: 'binary',
      size: 52,
      headHex: Buffer.from('\u0000\u0001\u0002hello binary frame, longer th').toString('hex'),
    });
  });

  test('is analysed like a live capture: ticket strategy, push seen', () => {
    const open = analyzeCapture(capture, T0 + 60_000).find((entry) => entry.record.handshake.status === 101);
    expect(open?.analysis.auth.strategy).toBe('ticket');
    expect(open?.analysis.push.stateChanges).toBe(1);
    expect(open?.record.ticketMint?.ticket?.value).toBe(CHROME_TICKET);
  });

  test('says who wrote it, unredacted, and warns of nothing', () => {
    expect(origin).toEqual({
      format: 'har',
      producer: 'Chrome DevTools (WebInspector 537.36)',
      redacted: false,
      payloads: true,
    });
    expect(environment).toEqual({ browser: 'Chrome' });
    expect(warnings).toEqual([]);
  });

  test('an over-long text message is cut like the live capture, its real length kept', () => {
    const long = 'x'.repeat(MAX_PAYLOAD_CHARS + 10);
    const har = chromeHar();
    const entry = {
      ...har.log.entries[3],
      _webSocketMessages: [{ type: 'receive', time: T0 / 1000, opcode: 1, data: long }],
    };
    const [frame] = imported(withEntries([entry])).capture.connections[0]?.frames ?? [];
    expect(frame?.truncatedFrom).toBe(long.length);
    expect(frame?.data).toEqual({ kind: 'text', text: long.slice(0, MAX_PAYLOAD_CHARS) });
  });
});

describe('captureFromHar, Firefox "Save All As HAR" (no WebSocket messages)', () => {
  const { capture, origin, environment } = imported(firefoxHar());

  test('still yields both handshakes, status, headers and the credential in the URL', () => {
    expect(capture.connections.map((connection) => connection.handshake.status)).toEqual([401, 101]);
    const [refused, open] = capture.connections;
    expect(refused?.handshake.url).toBe(`wss://jmap.example.net/jmap/ws?access_token=${FIREFOX_TOKEN}`);
    expect(refused?.createdAt).toBe(Date.parse('2025-03-01T10:00:01.000Z'));
    expect(open?.frames).toEqual([]);
    expect(open?.pageUrl).toBe('https://webmail.example.net/');
    const [analysis] = analyzeCapture(capture, Date.parse('2025-03-01T10:05:00Z'));
    expect(analysis?.analysis.auth.strategy).toBe('query-access-token');
  });

  test('reads the session GET and the ticket POST from their answers, at UTC times from local-offset dates', () => {
    expect(capture.sessions).toEqual([
      {
        at: Date.parse('2025-03-01T10:00:00.300Z'),
        url: FIREFOX_SESSION_URL,
        body: expect.stringContaining('"apiUrl"'),
      },
    ]);
    expect(capture.ticketMints).toEqual([
      expect.objectContaining({
        at: Date.parse('2025-03-01T10:00:00.800Z'),
        url: FIREFOX_TICKET_URL,
        status: 200,
        authScheme: 'Basic',
        ticket: expect.objectContaining({ value: FIREFOX_TICKET, clientAddress: '198.51.100.4' }),
      }),
    ]);
  });

  test('saved without response bodies: the handshakes stay, the session and ticket are missing, each said', () => {
    const without = imported(firefoxHar({ bodies: false }));
    expect(without.capture.sessions).toEqual([]);
    expect(without.capture.ticketMints).toEqual([]);
    expect(without.capture.connections.map((connection) => connection.handshake.status)).toEqual([401, 101]);
    expect(without.warnings).toEqual([
      expect.stringMatching(/: the JMAP session was saved without its response body/),
      expect.stringMatching(/: the ticket POST was saved without its response body/),
    ]);
  });

  test('names Firefox', () => {
    expect(origin.producer).toBe('Firefox 128.0');
    expect(environment).toEqual({ browser: 'Firefox', browserVersion: '128.0' });
  });
});

describe('captureFromHar, hostile input', () => {
  test.each([
    ['a string', 'x', 'not a HAR: the file is not a JSON object'],
    ['null', null, 'not a HAR: the file is not a JSON object'],
    ['no log', { entries: [] }, 'not a HAR: no "log" object'],
    ['entries not a list', { log: { entries: {} } }, 'not a HAR: log.entries is not a list'],
  ])('%s: one line of error', (_, json, error) => {
    expect(captureFromHar(json)).toEqual({ ok: false, error });
  });

  test('bad entries are skipped with a warning each, the good ones kept', () => {
    const good = chromeHar().log.entries;
    const bad = [
      42,
      { request: 'x' },
      { ...good[3], startedDateTime: 'yesterday' },
      { ...good[3], request: { url: 7 } },
    ];
    const { capture, warnings } = imported(withEntries([...bad, ...good]));
    expect(capture.connections).toHaveLength(2);
    expect(warnings).toEqual([
      'log.entries[0] is not an object; skipped',
      'log.entries[1].request is not an object; skipped',
      'log.entries[2].startedDateTime is not an ISO 8601 time; skipped',
      'log.entries[3].request.url is not a string of at most 65536 characters; skipped',
    ]);
  });

  test('a binary message that is not base64, and messages of the wrong shape, are skipped with one warning', () => {
    const entry = {
      ...chromeHar().log.entries[3],
      _webSocketMessages: [
        { type: 'receive', time: 1, opcode: 2, data: 'not base64!' },
        'x',
        { type: 'send', time: 'now', opcode: 1, data: '' },
      ],
    };
    const { capture, warnings } = imported(withEntries([entry]));
    expect(capture.connections[0]?.frames).toEqual([]);
    expect(warnings).toEqual(['log.entries[0]: 3 unreadable WebSocket message(s) skipped']);
  });

  test('200 000 entries: read in one pass, warnings capped', () => {
    const entries = Array.from({ length: 200_000 }, (_, index) => (index % 2 ? { request: {} } : { x: index }));
    const started = performance.now();
    const { warnings } = imported(withEntries(entries));
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(warnings).toHaveLength(101);
    expect(warnings.at(-1)).toBe('… and 199900 more problems like these');
  });

  test('a huge string anywhere is no problem', () => {
    const huge = 'A'.repeat(20_000_000);
    const entry = { ...chromeHar().log.entries[0], request: { url: huge } };
    expect(imported(withEntries([entry])).warnings).toHaveLength(1);
  });

  test('any JSON value gives a capture or one line of error, never a throw', () => {
    const har = fc.record({
      log: fc.record({ entries: fc.array(fc.jsonValue(), { maxLength: 5 }), pages: fc.jsonValue() }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), har), (json) => {
        const result = captureFromHar(json);
        if (!result.ok) expect(result.error).not.toContain('\n');
      }),
      { numRuns: 500 },
    );
  });

  test('entries shaped like Chrome ones with any member values never throw', () => {
    const base = chromeHar().log.entries[3] as Record<string, unknown>;
    const keys = Object.keys(base);
    const mutated = fc.record({ key: fc.constantFrom(...keys, '_jmapPushInspector'), value: fc.jsonValue() });
    fc.assert(
      fc.property(fc.array(mutated, { maxLength: 4 }), (changes) => {
        const entry = Object.fromEntries([...Object.entries(base), ...changes.map(({ key, value }) => [key, value])]);
        expect(captureFromHar(withEntries([entry])).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
