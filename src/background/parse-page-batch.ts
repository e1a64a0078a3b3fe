import { type PageEvent, PROTOCOL_VERSION } from '../shared/protocol.ts';
import { validatePageEvent } from './validate-page-event.ts';

/** A batch never needs more: one carries at most 100 ms of a page's traffic, and 2 000 events. */
export const MAX_BATCH_CHARS = 32 * 1024 * 1024;
const MAX_EVENTS = 10_000;

export interface ParsedBatch {
  readonly seq: number;
  readonly events: readonly PageEvent[];
  /** Events (or, for an unreadable batch, 1) that were refused. */
  readonly rejected: number;
}

/** Parses and validates the JSON text the page hook dispatched; undefined when the batch itself is unusable. */
export function parsePageBatch(detail: unknown): ParsedBatch | undefined {
  if (typeof detail !== 'string' || detail.length > MAX_BATCH_CHARS) return undefined;
  let batch: unknown;
  try {
    batch = JSON.parse(detail);
  } catch {
    return undefined;
  }
  if (typeof batch !== 'object' || batch === null) return undefined;
  const { v, seq, events } = batch as Record<string, unknown>;
  if (v !== PROTOCOL_VERSION || !Number.isSafeInteger(seq) || (seq as number) < 1) return undefined;
  if (!Array.isArray(events) || events.length > MAX_EVENTS) return undefined;
  const valid = events.map(validatePageEvent).filter((event): event is PageEvent => event !== undefined);
  return { seq: seq as number, events: valid, rejected: events.length - valid.length };
}
