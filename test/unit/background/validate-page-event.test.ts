import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validatePageEvent } from '../../../src/background/validate-page-event.ts';
import { BINARY_HEAD_BYTES, MAX_PAYLOAD_CHARS } from '../../../src/shared/protocol.ts';
import {
  ALL_KINDS,
  BINARY,
  CLOSE,
  decoratedEvent,
  OPEN,
  OPENED,
  objectsIn,
  PUSH_ENABLE,
  stringsIn,
  validEvent,
} from './support/page-events.ts';

const FIELDS: Record<string, readonly string[]> = {
  open: ['type', 'socket', 'at', 'url', 'protocols'],
  opened: ['type', 'socket', 'at', 'protocol', 'extensions'],
  frame: ['type', 'socket', 'at', 'dir', 'data', 'truncatedFrom'],
  error: ['type', 'socket', 'at'],
  close: ['type', 'socket', 'at', 'close'],
};
const DATA_FIELDS = ['kind', 'text', 'size', 'headHex'];
const CLOSE_FIELDS = ['code', 'reason', 'wasClean'];

const hostileInput = fc.oneof(fc.jsonValue(), fc.anything(), decoratedEvent);
const bigText = (length: number) => 'x'.repeat(length);

describe('validatePageEvent accepts what the page hook sends', () => {
  test.each(ALL_KINDS.map((event) => [event.type, event] as const))('%s', (_type, event) => {
    expect(validatePageEvent(structuredClone(event))).toEqual(event);
  });

  test('keeps null protocols (an iterable the hook must not read twice)', () => {
    expect(validatePageEvent({ ...OPEN, protocols: null })).toEqual({ ...OPEN, protocols: null });
  });

  test('keeps at most the first bytes of a binary frame', () => {
    const headHex = 'ab'.repeat(BINARY_HEAD_BYTES + 10);
    const event = validatePageEvent({ ...BINARY, data: { kind: 'binary', size: 1e6, headHex } });
    expect(event).toEqual({ ...BINARY, data: { kind: 'binary', size: 1e6, headHex: 'ab'.repeat(BINARY_HEAD_BYTES) } });
  });

  test('a text frame of exactly the payload limit passes', () => {
    const data = { kind: 'text', text: bigText(MAX_PAYLOAD_CHARS) };
    expect(validatePageEvent({ ...PUSH_ENABLE, data })).toBeDefined();
  });
});

describe('validatePageEvent: truncatedFrom', () => {
  const cut = { kind: 'text', text: bigText(MAX_PAYLOAD_CHARS) };

  test('kept when it is an integer above the payload limit', () => {
    const event = validatePageEvent({ ...PUSH_ENABLE, data: cut, truncatedFrom: MAX_PAYLOAD_CHARS + 1 });
    expect(event).toMatchObject({ truncatedFrom: MAX_PAYLOAD_CHARS + 1 });
  });

  test('absent when the page did not set it', () => {
    expect(validatePageEvent(PUSH_ENABLE)).not.toHaveProperty('truncatedFrom');
  });

  test.each([
    ['at the limit', MAX_PAYLOAD_CHARS],
    ['below the limit', 10],
    ['fractional', MAX_PAYLOAD_CHARS + 0.5],
    ['negative', -1],
    ['a string', String(MAX_PAYLOAD_CHARS + 1)],
    ['null', null],
    ['unsafe', 2 ** 60],
  ])('the event is refused when it is %s', (_name, truncatedFrom) => {
    expect(validatePageEvent({ ...PUSH_ENABLE, data: cut, truncatedFrom })).toBeUndefined();
  });
});

describe('validatePageEvent refuses anything off', () => {
  test.each([
    ['no object', 'open'],
    ['null', null],
    ['an array', [OPEN]],
    ['unknown type', { ...OPEN, type: 'message' }],
    ['socket 0', { ...OPEN, socket: 0 }],
    ['fractional socket', { ...OPEN, socket: 1.5 }],
    ['socket as text', { ...OPEN, socket: '1' }],
    ['socket too large', { ...OPEN, socket: 2 ** 31 }],
    ['time 0', { ...OPEN, at: 0 }],
    ['time NaN', { ...OPEN, at: Number.NaN }],
    ['time Infinity', { ...OPEN, at: Number.POSITIVE_INFINITY }],
    ['url not text', { ...OPEN, url: 42 }],
    ['url too long', { ...OPEN, url: `wss://a.example/${bigText(64 * 1024)}` }],
    ['protocols not a list', { ...OPEN, protocols: 'jmap' }],
    ['protocols of numbers', { ...OPEN, protocols: [1] }],
    ['too many protocols', { ...OPEN, protocols: Array.from({ length: 65 }, (_, i) => `p${i}`) }],
    ['protocol too long', { ...OPEN, protocols: [bigText(1025)] }],
    ['opened protocol missing', { ...OPENED, protocol: undefined }],
    ['opened extensions too long', { ...OPENED, extensions: bigText(1025) }],
    ['frame without data', { ...PUSH_ENABLE, data: undefined }],
    ['frame with unknown kind', { ...PUSH_ENABLE, data: { kind: 'blob', text: 'x' } }],
    ['frame with bad direction', { ...PUSH_ENABLE, dir: 'both' }],
    ['text over the payload limit', { ...PUSH_ENABLE, data: { kind: 'text', text: bigText(MAX_PAYLOAD_CHARS + 1) } }],
    ['text not text', { ...PUSH_ENABLE, data: { kind: 'text', text: { html: '<b>' } } }],
    ['binary with odd hex', { ...BINARY, data: { kind: 'binary', size: 1, headHex: 'abc' } }],
    ['binary with markup instead of hex', { ...BINARY, data: { kind: 'binary', size: 1, headHex: '<b>' } }],
    ['binary with negative size', { ...BINARY, data: { kind: 'binary', size: -1, headHex: '' } }],
    ['binary with fractional size', { ...BINARY, data: { kind: 'binary', size: 1.5, headHex: '' } }],
    ['close without info', { ...CLOSE, close: undefined }],
    ['close with text code', { ...CLOSE, close: { code: '1000', reason: '', wasClean: true } }],
    ['close with text wasClean', { ...CLOSE, close: { code: 1000, reason: '', wasClean: 'yes' } }],
    ['close reason too long', { ...CLOSE, close: { code: 1000, reason: bigText(1025), wasClean: true } }],
  ])('%s', (_name, value) => {
    expect(validatePageEvent(value)).toBeUndefined();
  });
});

describe('validatePageEvent against hostile input (properties)', () => {
  test('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(hostileInput, (value) => {
        validatePageEvent(value);
      }),
    );
  });

  test('accepts every well-formed event unchanged', () => {
    fc.assert(
      fc.property(validEvent, (event) => {
        expect(validatePageEvent(structuredClone(event))).toEqual(event);
      }),
    );
  });

  test('output never shares an object or array with the input', () => {
    fc.assert(
      fc.property(hostileInput, (value) => {
        const shared = [...objectsIn(validatePageEvent(value))].filter((object) => objectsIn(value).has(object));
        expect(shared).toEqual([]);
      }),
    );
  });

  test('drops unknown fields at every level', () => {
    fc.assert(
      fc.property(decoratedEvent, (value) => {
        const event = validatePageEvent(value);
        if (!event) return;
        expect(FIELDS[event.type]).toEqual(expect.arrayContaining(Object.keys(event)));
        if (event.type === 'frame') expect(DATA_FIELDS).toEqual(expect.arrayContaining(Object.keys(event.data)));
        if (event.type === 'close') expect(CLOSE_FIELDS).toEqual(expect.arrayContaining(Object.keys(event.close)));
      }),
    );
  });

  test('every string is bounded: payloads by the payload limit, the URL by 16 K, the rest by 1 K', () => {
    fc.assert(
      fc.property(hostileInput, (value) => {
        for (const { key, text } of stringsIn(validatePageEvent(value))) {
          const limit = key === 'text' ? MAX_PAYLOAD_CHARS : key === 'url' ? 16 * 1024 : 1024;
          expect(text.length).toBeLessThanOrEqual(limit);
        }
      }),
    );
  });
});
