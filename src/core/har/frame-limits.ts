/**
 * What a frame keeps, the same as the live capture (MAX_PAYLOAD_CHARS and BINARY_HEAD_BYTES in src/shared/protocol.ts,
 * which core may not import): an imported frame must look exactly like a captured one.
 */
export const FRAME_LIMITS = {
  /** Payload text kept per frame; the real length is kept beside it. */
  payloadChars: 256 * 1024,
  /** Bytes of a binary frame kept for the hex view. */
  binaryHeadBytes: 32,
} as const;
