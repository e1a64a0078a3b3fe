import { describe, expect, test } from 'vitest';
import { toPageBatch } from '../../../src/background/to-page-batch.ts';
import { openEvent, textFrame, wirePageBatch } from './support/observations.ts';

describe('toPageBatch', () => {
  test('parses and validates the batch text; refused events add to what the bridge refused', () => {
    const message = wirePageBatch(3, [openEvent(1), textFrame(1, 'hi')], { rejected: 2 });
    const withBadEvent = { ...message, batch: message.batch.replace('"events":[', '"events":[{"type":"frame"},') };
    const batch = toPageBatch(withBadEvent);
    expect(batch.events).toHaveLength(2);
    expect(batch).toMatchObject({ seq: 3, rejected: 3, document: message.document, pageUrl: message.pageUrl });
  });

  test('an unreadable batch keeps its sequence, carries no event and counts one refusal', () => {
    const message = wirePageBatch(4, [openEvent(1)]);
    expect(toPageBatch({ ...message, batch: '{"v":1,"seq":4,' })).toMatchObject({ seq: 4, events: [], rejected: 1 });
  });

  test('a batch whose text says another sequence number than the envelope is refused', () => {
    const message = wirePageBatch(5, [openEvent(1)]);
    expect(toPageBatch({ ...message, seq: 6 })).toMatchObject({ seq: 6, events: [], rejected: 1 });
  });
});
