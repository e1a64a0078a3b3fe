import fc from 'fast-check';
import type { PageEvent } from '../../../../src/shared/protocol.ts';
import { PROTOCOL_VERSION } from '../../../../src/shared/protocol.ts';
import { F1_URL } from '../../../fixtures/handshakes.ts';

export const AT = Date.parse('2026-08-20T09:00:00.100Z');

export const OPEN: PageEvent = { type: 'open', socket: 1, at: AT, url: F1_URL, protocols: ['jmap'] };
export const OPENED: PageEvent = { type: 'opened', socket: 1, at: AT + 50, protocol: 'jmap', extensions: '' };
export const PUSH_ENABLE: PageEvent = {
  type: 'frame',
  socket: 1,
  at: AT + 100,
  dir: 'sent',
  data: { kind: 'text', text: '{"@type":"WebSocketPushEnable","dataTypes":["Email","Mailbox"]}' },
};
export const BINARY: PageEvent = {
  type: 'frame',
  socket: 1,
  at: AT + 150,
  dir: 'received',
  data: { kind: 'binary', size: 3, headHex: '010203' },
};
export const ERROR: PageEvent = { type: 'error', socket: 1, at: AT + 200 };
export const CLOSE: PageEvent = {
  type: 'close',
  socket: 1,
  at: AT + 200,
  close: { code: 1006, reason: '', wasClean: false },
};

export const ALL_KINDS: readonly PageEvent[] = [OPEN, OPENED, PUSH_ENABLE, BINARY, ERROR, CLOSE];

/** The JSON text the page hook dispatches for one batch. */
export function batchText(seq: number, events: readonly unknown[]): string {
  return JSON.stringify({ v: PROTOCOL_VERSION, seq, events });
}

const socket = fc.integer({ min: 1, max: 1000 });
const at = fc.integer({ min: 1, max: 2 ** 45 });
const shortText = fc.string({ maxLength: 20 });

/** Well-formed events of every kind, for properties that must also see the accepting paths. */
export const validEvent: fc.Arbitrary<PageEvent> = fc.oneof(
  fc.record({
    type: fc.constant('open' as const),
    socket,
    at,
    url: fc.webUrl(),
    protocols: fc.option(fc.array(shortText, { maxLength: 3 }), { nil: null }),
  }),
  fc.record({ type: fc.constant('opened' as const), socket, at, protocol: shortText, extensions: shortText }),
  fc.record({
    type: fc.constant('frame' as const),
    socket,
    at,
    dir: fc.constantFrom('sent' as const, 'received' as const),
    data: fc.oneof(
      fc.record({ kind: fc.constant('text' as const), text: fc.string() }),
      fc.record({
        kind: fc.constant('binary' as const),
        size: fc.nat(),
        headHex: fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes).toString('hex')),
      }),
    ),
  }),
  fc.record({ type: fc.constant('error' as const), socket, at }),
  fc.record({
    type: fc.constant('close' as const),
    socket,
    at,
    close: fc.record({ code: fc.integer({ min: 1000, max: 4999 }), reason: shortText, wasClean: fc.boolean() }),
  }),
);

/** A valid event with hostile additions: unknown fields at the top and inside nested objects. */
export const decoratedEvent: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(validEvent, fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue(), { maxKeys: 3 }))
  .map(([event, extra]) => {
    const decorated: Record<string, unknown> = { ...extra, ...structuredClone(event) };
    for (const key of ['data', 'close'] as const) {
      const nested = decorated[key];
      if (typeof nested === 'object' && nested !== null) decorated[key] = { ...extra, ...nested };
    }
    return decorated;
  });

/** Every object and array reachable from a value. */
export function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || found.has(value)) return found;
  found.add(value);
  for (const child of Object.values(value)) objectsIn(child, found);
  return found;
}

/** Every string reachable from a value, with the key it sits under. */
export function stringsIn(value: unknown, key = ''): Array<{ key: string; text: string }> {
  if (typeof value === 'string') return [{ key, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([childKey, child]) => stringsIn(child, Array.isArray(value) ? key : childKey));
}
