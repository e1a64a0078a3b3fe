import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_BATCH_CHARS, parsePageBatch } from '../../../src/background/parse-page-batch.ts';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol.ts';
import { ALL_KINDS, batchText, decoratedEvent, OPEN, PUSH_ENABLE, validEvent } from './support/page-events.ts';

describe('parsePageBatch', () => {
  test('parses a batch of every kind of event', () => {
    expect(parsePageBatch(batchText(1, ALL_KINDS))).toEqual({ seq: 1, events: ALL_KINDS, rejected: 0 });
  });

  test('keeps the valid events and counts the refused ones', () => {
    const events = [OPEN, { ...PUSH_ENABLE, dir: 'up' }, null, 'frame', PUSH_ENABLE];
    expect(parsePageBatch(batchText(7, events))).toEqual({ seq: 7, events: [OPEN, PUSH_ENABLE], rejected: 3 });
  });

  test('an empty batch is a batch', () => {
    expect(parsePageBatch(batchText(2, []))).toEqual({ seq: 2, events: [], rejected: 0 });
  });

  test.each([
    ['not text', { v: PROTOCOL_VERSION, seq: 1, events: [] }],
    ['not JSON', '{"v":1,'],
    ['JSON null', 'null'],
    ['a JSON string', '"batch"'],
    ['a JSON array', '[1,2]'],
    ['another protocol version', JSON.stringify({ v: PROTOCOL_VERSION + 1, seq: 1, events: [] })],
    ['no version', JSON.stringify({ seq: 1, events: [] })],
    ['seq 0', batchText(0, [])],
    ['negative seq', batchText(-1, [])],
    ['fractional seq', batchText(1.5, [])],
    ['seq as text', JSON.stringify({ v: PROTOCOL_VERSION, seq: '1', events: [] })],
    ['unsafe seq', batchText(2 ** 60, [])],
    ['events not a list', JSON.stringify({ v: PROTOCOL_VERSION, seq: 1, events: { 0: OPEN } })],
    [
      'too many events',
      batchText(
        1,
        Array.from({ length: 10_001 }, () => 0),
      ),
    ],
    ['over the size limit', `${batchText(1, [])}${' '.repeat(MAX_BATCH_CHARS)}`],
  ])('refuses %s', (_name, detail) => {
    expect(parsePageBatch(detail)).toBeUndefined();
  });

  test('never throws, and counts every event either kept or refused', () => {
    const events = fc.array(fc.oneof(validEvent, decoratedEvent, fc.jsonValue()), { maxLength: 20 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), events, (seq, list) => {
        const batch = parsePageBatch(batchText(seq, list));
        expect(batch?.seq).toBe(seq);
        expect((batch?.events.length ?? 0) + (batch?.rejected ?? 0)).toBe(list.length);
      }),
    );
  });

  test('never throws on arbitrary text or values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (detail) => {
        const batch = parsePageBatch(detail);
        if (batch) expect(batch.seq).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
