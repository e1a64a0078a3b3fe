import { type PageBatch, type PageEvent, PROTOCOL_VERSION } from '../shared/protocol.ts';
import type { Natives } from './natives.ts';
import { serializePageBatch } from './serialize-page-batch.ts';

export interface BatchOptions {
  /** Longest wait between an event and the batch that carries it. */
  readonly flushIntervalMs?: number;
  /** A batch this full leaves at once. */
  readonly maxBatchEvents?: number;
  /** Called each time the flush timer is set, that is whenever events start to wait. */
  readonly onWaiting?: () => void;
}

export interface Batcher {
  readonly add: (event: PageEvent) => void;
  readonly flush: () => void;
}

/**
 * Collects events and hands them to `post` as the JSON text of one `PageBatch`, so the page pays one dispatch per
 * batch rather than one per frame. The lists have no prototype: appending to them never reaches a page-defined setter.
 */
export function createBatcher(
  natives: Natives,
  post: (batchJson: string) => void,
  options: BatchOptions = {},
): Batcher {
  // Measured under heavy traffic, adjacent runs: the page kept 0.86 of its plain throughput with batches of 500
  // events, 0.90 with 2 000 (a quarter of the messages on every hop). A batch still waits at most `flushIntervalMs`.
  const { flushIntervalMs = 100, maxBatchEvents = 2_000, onWaiting } = options;
  let events: PageEvent[] = natives.bare([]);
  let seq = 0;
  let waiting = false;

  const flush = (): void => {
    if (events.length === 0) return;
    const batch: PageBatch = { v: PROTOCOL_VERSION, seq: ++seq, events };
    events = natives.bare([]);
    try {
      post(serializePageBatch(batch, natives.quote));
    } catch {
      // A failed hand-over must not surface in the page as an uncaught error.
    }
  };
  const onTimer = (): void => {
    waiting = false;
    flush();
  };
  const add = (event: PageEvent): void => {
    events[events.length] = event;
    if (events.length >= maxBatchEvents) flush();
    else if (!waiting) {
      waiting = true;
      natives.later(flushIntervalMs, onTimer);
      onWaiting?.();
    }
  };
  return { add, flush };
}
