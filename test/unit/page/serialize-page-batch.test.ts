import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { serializePageBatch } from '../../../src/page/serialize-page-batch.ts';
import type { PageBatch, PageEvent } from '../../../src/shared/protocol.ts';

const socket = fc.integer({ min: 1, max: 1_000 });
const at = fc.integer({ min: 1, max: 2 ** 45 });
const text = fc.string({ unit: 'binary' });
const frameData = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), text }),
  fc.record({
    kind: fc.constant('binary' as const),
    size: fc.nat(),
    headHex: fc.uint8Array({ maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('hex')),
  }),
);
const event: fc.Arbitrary<PageEvent> = fc.oneof(
  fc.record({ type: fc.constant('open' as const), socket, at, url: text, protocols: fc.option(fc.array(text)) }),
  fc.record({ type: fc.constant('opened' as const), socket, at, protocol: text, extensions: text }),
  fc.record(
    {
      type: fc.constant('frame' as const),
      socket,
      at,
      dir: fc.constantFrom('sent' as const, 'received' as const),
      data: frameData,
      truncatedFrom: fc.nat(),
    },
    { requiredKeys: ['type', 'socket', 'at', 'dir', 'data'] },
  ),
  fc.record({ type: fc.constant('error' as const), socket, at }),
  fc.record({
    type: fc.constant('close' as const),
    socket,
    at,
    close: fc.record({ code: fc.integer({ min: 0, max: 4999 }), reason: text, wasClean: fc.boolean() }),
  }),
);
const batch: fc.Arbitrary<PageBatch> = fc.record({
  v: fc.constant(1 as const),
  seq: fc.integer({ min: 1 }),
  events: fc.array(event, { maxLength: 20 }),
});

describe('serializePageBatch', () => {
  test('writes exactly the JSON that JSON.stringify would, for any batch (lone surrogates included)', () => {
    fc.assert(
      fc.property(batch, (value) => {
        const json = serializePageBatch(value, JSON.stringify);
        expect(JSON.parse(json)).toEqual(value);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  test('leaves truncatedFrom out when it is undefined', () => {
    const json = serializePageBatch(
      {
        v: 1,
        seq: 3,
        events: [
          { type: 'frame', socket: 1, at: 5, dir: 'sent', data: { kind: 'text', text: 'a' }, truncatedFrom: undefined },
        ],
      },
      JSON.stringify,
    );
    expect(json).toBe(
      '{"v":1,"seq":3,"events":[{"type":"frame","socket":1,"at":5,"dir":"sent","data":{"kind":"text","text":"a"}}]}',
    );
  });
});
