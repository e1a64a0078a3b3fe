import {
  BINARY_HEAD_BYTES,
  type CapturedFrame,
  type Direction,
  type FrameData,
  MAX_PAYLOAD_CHARS,
} from '../model/frame.ts';
import type { HarMessage } from './har-format.ts';

const HEX = /^(?:[0-9a-fA-F]{2})*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Base64 characters that hold the head bytes: only those are decoded, however large the frame. */
const HEAD_CHARS = Math.ceil(BINARY_HEAD_BYTES / 3) * 4;

function hexToBase64(hex: string): string {
  let binary = '';
  for (let index = 0; index < hex.length; index += 2)
    binary += String.fromCharCode(parseInt(hex.slice(index, index + 2), 16));
  return btoa(binary);
}

function binaryToHex(binary: string): string {
  let hex = '';
  for (let index = 0; index < binary.length; index++) hex += binary.charCodeAt(index).toString(16).padStart(2, '0');
  return hex;
}

/**
 * A captured frame as a `_webSocketMessages` item. A binary frame only has its head: that is the base64 data, and
 * `_size` keeps the real size. A redacted export has no head (empty data); a head that an older redaction turned into
 * a fingerprint is no longer bytes, and is left out too.
 */
export function messageOfFrame(frame: CapturedFrame): HarMessage {
  const { data } = frame;
  const common = { type: frame.dir === 'sent' ? 'send' : 'receive', time: frame.at / 1000, _id: frame.id } as const;
  const truncated = frame.truncatedFrom === undefined ? {} : { _truncatedFrom: frame.truncatedFrom };
  if (data.kind === 'text') return { ...common, opcode: 1, data: data.text, ...truncated };
  const head = HEX.test(data.headHex) ? hexToBase64(data.headHex) : '';
  return { ...common, opcode: 2, data: head, _size: data.size, ...truncated };
}

export type MessageRead =
  | { readonly kind: 'frame'; readonly frame: CapturedFrame }
  | { readonly kind: 'error'; readonly at: number; readonly text: string }
  | { readonly kind: 'skip' }
  | { readonly kind: 'bad' };

const count = (value: unknown) =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;

function textData(text: string, truncatedFrom: number | undefined): { data: FrameData; truncatedFrom?: number } {
  if (text.length <= MAX_PAYLOAD_CHARS) return { data: { kind: 'text', text }, truncatedFrom };
  return {
    data: { kind: 'text', text: text.slice(0, MAX_PAYLOAD_CHARS) },
    truncatedFrom: truncatedFrom ?? text.length,
  };
}

function binaryData(base64: string, size: number | undefined): FrameData | undefined {
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) return undefined;
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const head = atob(base64.slice(0, HEAD_CHARS)).slice(0, BINARY_HEAD_BYTES);
  return { kind: 'binary', size: size ?? (base64.length / 4) * 3 - padding, headHex: binaryToHex(head) };
}

/**
 * Epoch seconds to epoch ms, to 10 µs: `ms / 1000 * 1000` is off by up to a few thousandths of a millisecond at
 * today's epoch, and the rounding brings a whole millisecond (what the live capture stores) back exactly.
 */
const millisOf = (seconds: number) => Math.round(seconds * 100_000) / 100;

/**
 * A frame as one object literal of a fixed shape: built by spreading, 300 000 imported frames took three times the
 * memory (V8 gave each spread result a slow shape of its own).
 */
function frameOf(id: number, dir: Direction, at: number, data: FrameData, truncatedFrom: number | undefined) {
  const frame: CapturedFrame =
    truncatedFrom === undefined ? { id, dir, at, data } : { id, dir, at, data, truncatedFrom };
  return frame;
}

/**
 * One `_webSocketMessages` item read the way Chrome DevTools' importer reads it (time, type, opcode, data), plus our
 * own `_id`, `_size` and `_truncatedFrom`. Control frames are skipped; anything malformed is `bad`. Never throws.
 */
export function readMessage(raw: unknown, nextId: number): MessageRead {
  if (typeof raw !== 'object' || raw === null) return { kind: 'bad' };
  const { type, time, opcode, data, _id, _size, _truncatedFrom } = raw as Record<string, unknown>;
  if (typeof time !== 'number' || !Number.isFinite(time) || typeof data !== 'string') return { kind: 'bad' };
  const at = millisOf(time);
  if (type === 'error') return { kind: 'error', at, text: data };
  if (type !== 'send' && type !== 'receive') return { kind: 'bad' };
  const id = count(_id) ?? nextId;
  const dir = type === 'send' ? 'sent' : 'received';
  if (opcode === 1) {
    const { data: text, truncatedFrom } = textData(data, count(_truncatedFrom));
    return { kind: 'frame', frame: frameOf(id, dir, at, text, truncatedFrom) };
  }
  if (opcode !== 2) return typeof opcode === 'number' ? { kind: 'skip' } : { kind: 'bad' };
  const binary = binaryData(data, count(_size));
  if (binary === undefined) return { kind: 'bad' };
  return { kind: 'frame', frame: frameOf(id, dir, at, binary, count(_truncatedFrom)) };
}
