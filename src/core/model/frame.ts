/** Payload text kept per frame, live or imported; the real size is kept beside it. */
export const MAX_PAYLOAD_CHARS = 256 * 1024;
/** Bytes of a binary frame kept for the hex view. */
export const BINARY_HEAD_BYTES = 32;

export type Direction = 'sent' | 'received';

/** What the page hook hands over for one WebSocket message. Binary payloads keep only their size and first bytes. */
export type FrameData =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'binary'; readonly size: number; readonly headHex: string };

export interface CapturedFrame {
  readonly id: number;
  readonly dir: Direction;
  /** Milliseconds since the epoch. */
  readonly at: number;
  readonly data: FrameData;
  /** Real size in bytes when the stored text was truncated. */
  readonly truncatedFrom?: number;
}
