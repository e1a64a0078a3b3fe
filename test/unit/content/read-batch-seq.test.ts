import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_BATCH_CHARS, readBatchSeq } from '../../../src/content/read-batch-seq.ts';
import { batchText, OPEN } from '../background/support/page-events.ts';

describe('readBatchSeq', () => {
  test('reads the sequence number from the start of a batch the hook wrote', () => {
    expect(readBatchSeq(batchText(42, [OPEN]))).toBe(42);
  });

  test.each([
    ['not text', { v: 1, seq: 1 }],
    ['another version', '{"v":2,"seq":1,"events":[]}'],
    ['seq 0', '{"v":1,"seq":0,"events":[]}'],
    ['keys in another order', '{"seq":1,"v":1,"events":[]}'],
    ['over the size bound', `{"v":1,"seq":1,"events":[],"x":"${'x'.repeat(MAX_BATCH_CHARS)}"}`],
  ])('refuses %s', (_name, detail) => {
    expect(readBatchSeq(detail)).toBeUndefined();
  });

  test('never throws', () => {
    fc.assert(fc.property(fc.anything(), (detail) => readBatchSeq(detail) === undefined || typeof detail === 'string'));
  });
});
