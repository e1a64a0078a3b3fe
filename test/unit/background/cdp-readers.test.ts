import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CdpClock } from '../../../src/background/cdp-clock.ts';
import { cdpFrame } from '../../../src/background/cdp-frame.ts';
import { cdpHeaders, cdpStatusLine, offeredProtocols } from '../../../src/background/cdp-headers.ts';
import { BINARY_HEAD_BYTES, MAX_PAYLOAD_CHARS } from '../../../src/shared/protocol.ts';

const base64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));

describe('cdpFrame: CDP frames described the way the page hook describes them', () => {
  test('text frames as they are', () => {
    const frame = cdpFrame({ opcode: 1, mask: true, payloadData: '{"@type":"WebSocketPushEnable"}' });
    expect(frame).toEqual({ data: { kind: 'text', text: '{"@type":"WebSocketPushEnable"}' } });
  });

  test('text over MAX_PAYLOAD_CHARS is cut, the real length kept', () => {
    const frame = cdpFrame({ opcode: 1, payloadData: 'x'.repeat(MAX_PAYLOAD_CHARS + 5) });
    expect(frame?.truncatedFrom).toBe(MAX_PAYLOAD_CHARS + 5);
    expect(frame?.data).toEqual({ kind: 'text', text: 'x'.repeat(MAX_PAYLOAD_CHARS) });
  });

  test.each([
    [[1, 2, 3, 250], '010203fa'],
    [[0xff], 'ff'],
    [[0xab, 0xcd], 'abcd'],
    [[], ''],
  ])('binary (base64 in CDP) becomes its size and first bytes: %j', (bytes, headHex) => {
    expect(cdpFrame({ opcode: 2, payloadData: base64(bytes) })).toEqual({
      data: { kind: 'binary', size: bytes.length, headHex },
    });
  });

  test('a large binary frame keeps only the first BINARY_HEAD_BYTES bytes, and its exact size', () => {
    const bytes = Array.from({ length: 1001 }, (_, index) => index % 256);
    const frame = cdpFrame({ opcode: 2, payloadData: base64(bytes) });
    expect(frame?.data).toEqual({
      kind: 'binary',
      size: 1001,
      headHex: bytes
        .slice(0, BINARY_HEAD_BYTES)
        .map((byte) => byte.toString(16).padStart(2, '0'))
        .join(''),
    });
  });

  test('control frames, bad base64 and shapeless input give nothing', () => {
    expect(cdpFrame({ opcode: 9, payloadData: '' })).toBeUndefined();
    expect(cdpFrame({ opcode: 8, payloadData: 'A+g=' })).toBeUndefined();
    expect(cdpFrame({ opcode: 2, payloadData: 'not base64!' })).toBeUndefined();
    expect(cdpFrame({ opcode: 2, payloadData: 'abc' })).toBeUndefined();
    expect(cdpFrame({ opcode: 1 })).toBeUndefined();
    expect(cdpFrame(null)).toBeUndefined();
    expect(cdpFrame('frame')).toBeUndefined();
  });

  test('never throws, and binary sizes always match the decoded bytes', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        cdpFrame(value);
        cdpFrame({ opcode: 2, payloadData: value });
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const frame = cdpFrame({ opcode: 2, payloadData: base64([...bytes]) });
        expect(frame?.data).toMatchObject({ kind: 'binary', size: bytes.length });
      }),
    );
  });
});

describe('cdpHeaders', () => {
  test('an object becomes a list; values CDP joined with a newline are separate headers again', () => {
    const headers = cdpHeaders({
      'WWW-Authenticate': 'Bearer realm="Stalwart Server"\nBasic realm="Stalwart Server"',
      Cookie: 'sid=abc123',
      Ignored: 42,
    });
    expect(headers).toEqual([
      { name: 'WWW-Authenticate', value: 'Bearer realm="Stalwart Server"' },
      { name: 'WWW-Authenticate', value: 'Basic realm="Stalwart Server"' },
      { name: 'Cookie', value: 'sid=abc123' },
    ]);
  });

  test('anything else is unknown, not empty', () => {
    expect(cdpHeaders(undefined)).toBeUndefined();
    expect(cdpHeaders('Cookie: a')).toBeUndefined();
    expect(cdpHeaders({})).toEqual([]);
  });

  test('the status line is the first line of the raw headers text', () => {
    expect(cdpStatusLine('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n')).toBe(
      'HTTP/1.1 101 Switching Protocols',
    );
    expect(cdpStatusLine('Upgrade: websocket')).toBeUndefined();
    expect(cdpStatusLine(undefined)).toBeUndefined();
  });

  test('offered subprotocols come back from Sec-WebSocket-Protocol, in order', () => {
    const headers = [
      { name: 'sec-websocket-protocol', value: 'jmap, jmap.v2' },
      { name: 'Sec-WebSocket-Protocol', value: ' extra ,' },
    ];
    expect(offeredProtocols(headers)).toEqual(['jmap', 'jmap.v2', 'extra']);
    expect(offeredProtocols(undefined)).toEqual([]);
  });
});

describe('CdpClock', () => {
  test('wall time of the handshake plus the monotonic delta', () => {
    const clock = new CdpClock(() => 0);
    clock.anchor(1_787_216_400.1, 4774.351);
    expect(clock.at(4774.351)).toBe(1_787_216_400_100);
    expect(clock.at(4775.851)).toBe(1_787_216_401_600);
  });

  test('without a wall time, the first event is anchored to now', () => {
    const clock = new CdpClock(() => 5_000);
    expect(clock.at(10)).toBe(5_000);
    expect(clock.at(10.25)).toBe(5_250);
  });

  test('a missing or bad timestamp is now; a bad anchor is ignored', () => {
    const clock = new CdpClock(() => 7_000);
    clock.anchor('soon', 1);
    expect(clock.at(undefined)).toBe(7_000);
    expect(clock.at(-1)).toBe(7_000);
    expect(clock.at(2)).toBe(7_000);
  });
});
