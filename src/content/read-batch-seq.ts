import { BATCH_PREFIX } from '../shared/protocol.ts';

/**
 * No real batch comes near this: one carries 100 ms of a page's traffic (2 000 events at most), and Chrome caps a
 * message at 64 MiB.
 */
export const MAX_BATCH_CHARS = 32 * 1024 * 1024;

/** The sequence number of a batch the hook dispatched, or undefined for anything that is not one. Never parses it. */
export function readBatchSeq(detail: unknown): number | undefined {
  if (typeof detail !== 'string' || detail.length > MAX_BATCH_CHARS) return undefined;
  const seq = Number(BATCH_PREFIX.exec(detail)?.[1] ?? Number.NaN);
  return seq >= 1 ? seq : undefined;
}
