import type { FrameData } from '../core/model/frame.ts';
import { BINARY_HEAD_BYTES, MAX_PAYLOAD_CHARS } from '../shared/protocol.ts';

export interface CdpFrame {
  readonly data: FrameData;
  /** Real length (characters for text) when the stored text was cut at MAX_PAYLOAD_CHARS. */
  readonly truncatedFrom?: number;
}

const TEXT = 1;
const BINARY = 2;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Base64 characters that hold the first BINARY_HEAD_BYTES bytes: only those are decoded, however large the frame. */
const HEAD_CHARS = Math.ceil(BINARY_HEAD_BYTES / 3) * 4;

function text(payload: string): CdpFrame {
  if (payload.length <= MAX_PAYLOAD_CHARS) return { data: { kind: 'text', text: payload } };
  return { data: { kind: 'text', text: payload.slice(0, MAX_PAYLOAD_CHARS) }, truncatedFrom: payload.length };
}

function hexOf(binary: string): string {
  let hex = '';
  for (let index = 0; index < binary.length; index++) hex += binary.charCodeAt(index).toString(16).padStart(2, '0');
  return hex;
}

function binary(payload: string): CdpFrame | undefined {
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  if (payload.length % 4 !== 0 || !BASE64.test(payload)) return undefined;
  const size = (payload.length / 4) * 3 - padding;
  const head = atob(payload.slice(0, HEAD_CHARS)).slice(0, BINARY_HEAD_BYTES);
  return { data: { kind: 'binary', size, headHex: hexOf(head) } };
}

/**
 * A CDP `WebSocketFrame` (`{opcode, mask, payloadData}`) as the page hook would have described it: text as is (cut at
 * MAX_PAYLOAD_CHARS), binary (base64 in CDP) as its size and first bytes. Control frames and anything unreadable give
 * undefined. Never throws.
 */
export function cdpFrame(response: unknown): CdpFrame | undefined {
  if (typeof response !== 'object' || response === null) return undefined;
  const { opcode, payloadData } = response as Record<string, unknown>;
  if (typeof payloadData !== 'string') return undefined;
  if (opcode === TEXT) return text(payloadData);
  return opcode === BINARY ? binary(payloadData) : undefined;
}
