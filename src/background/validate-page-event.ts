import type { CloseInfo } from '../core/model/connection-record.ts';
import type { FrameData } from '../core/model/frame.ts';
import { BINARY_HEAD_BYTES, MAX_PAYLOAD_CHARS, type PageEvent } from '../shared/protocol.ts';

/** Anything from the page is hostile: every field is checked, every string bounded. */
const MAX_URL_CHARS = 64 * 1024;
const MAX_PROTOCOLS = 64;
const MAX_SHORT_TEXT = 1024;
const MAX_SOCKET = 2 ** 31;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isTime = (value: unknown): value is number => Number.isFinite(value) && (value as number) > 0;
const isShortText = (value: unknown, max = MAX_SHORT_TEXT): value is string =>
  typeof value === 'string' && value.length <= max;
const isSocket = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) > 0 && (value as number) < MAX_SOCKET;

function protocolsOf(value: unknown): readonly string[] | null | undefined {
  if (value === null) return null;
  if (!Array.isArray(value) || value.length > MAX_PROTOCOLS) return undefined;
  return value.every((protocol) => isShortText(protocol)) ? [...(value as string[])] : undefined;
}

function frameDataOf(value: unknown): FrameData | undefined {
  if (!isObject(value)) return undefined;
  if (value.kind === 'text') {
    return isShortText(value.text, MAX_PAYLOAD_CHARS) ? { kind: 'text', text: value.text } : undefined;
  }
  const hexOk = typeof value.headHex === 'string' && /^(?:[0-9a-f]{2})*$/.test(value.headHex);
  if (value.kind !== 'binary' || !hexOk || !Number.isSafeInteger(value.size) || (value.size as number) < 0) {
    return undefined;
  }
  const headHex = (value.headHex as string).slice(0, BINARY_HEAD_BYTES * 2);
  return { kind: 'binary', size: value.size as number, headHex };
}

function closeOf(value: unknown): CloseInfo | undefined {
  if (!isObject(value) || !Number.isSafeInteger(value.code) || typeof value.wasClean !== 'boolean') return undefined;
  return isShortText(value.reason)
    ? { code: value.code as number, reason: value.reason, wasClean: value.wasClean }
    : undefined;
}

function frameEvent(event: Fields, socket: number, at: number): PageEvent | undefined {
  const data = frameDataOf(event.data);
  if (!data || (event.dir !== 'sent' && event.dir !== 'received')) return undefined;
  const truncated = event.truncatedFrom;
  if (truncated !== undefined && !(Number.isSafeInteger(truncated) && (truncated as number) > MAX_PAYLOAD_CHARS)) {
    return undefined;
  }
  const frame = { type: 'frame', socket, at, dir: event.dir, data } as const;
  return truncated === undefined ? frame : { ...frame, truncatedFrom: truncated as number };
}

/**
 * Rebuilds one page event from scratch with only the known fields, or returns undefined when anything is off.
 * The result never shares objects with the input.
 */
export function validatePageEvent(value: unknown): PageEvent | undefined {
  if (!isObject(value) || !isSocket(value.socket) || !isTime(value.at)) return undefined;
  const { socket, at } = value;
  switch (value.type) {
    case 'open': {
      const protocols = protocolsOf(value.protocols);
      const urlOk = isShortText(value.url, MAX_URL_CHARS);
      return urlOk && protocols !== undefined
        ? { type: 'open', socket, at, url: value.url as string, protocols }
        : undefined;
    }
    case 'opened':
      return isShortText(value.protocol) && isShortText(value.extensions)
        ? { type: 'opened', socket, at, protocol: value.protocol, extensions: value.extensions }
        : undefined;
    case 'frame':
      return frameEvent(value, socket, at);
    case 'error':
      return { type: 'error', socket, at };
    case 'close': {
      const close = closeOf(value.close);
      return close ? { type: 'close', socket, at, close } : undefined;
    }
    default:
      return undefined;
  }
}
