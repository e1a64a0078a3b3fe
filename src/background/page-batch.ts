import type { PageEvent } from '../shared/protocol.ts';

/** A page batch once the background has parsed and validated it: what a tab store applies. */
export interface PageBatch {
  readonly document: string;
  readonly pageUrl: string;
  readonly seq: number;
  readonly events: readonly PageEvent[];
  /** Events refused on the way (by the bridge, or by validation here). */
  readonly rejected: number;
}
