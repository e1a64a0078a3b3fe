import type { FrameData } from '../core/model/frame.ts';
import { BINARY_HEAD_BYTES, MAX_PAYLOAD_CHARS } from '../shared/protocol.ts';
import { bytesToHex } from './bytes-to-hex.ts';
import type { Natives } from './natives.ts';

export interface DescribedData {
  readonly data: FrameData;
  readonly truncatedFrom?: number;
}

function text(natives: Natives, value: string): DescribedData {
  if (value.length <= MAX_PAYLOAD_CHARS) return { data: { kind: 'text', text: value } };
  const kept = natives.slice(value, 0, MAX_PAYLOAD_CHARS);
  return { data: { kind: 'text', text: kept }, truncatedFrom: value.length };
}

function binary(natives: Natives, buffer: ArrayBufferLike, offset: number, size: number): DescribedData {
  // biome-ignore lint/complexity/useMathMinMax: Math.min is a global the page can replace.
  const headSize = size < BINARY_HEAD_BYTES ? size : BINARY_HEAD_BYTES;
  const headHex = headSize > 0 ? bytesToHex(new natives.Uint8Array(buffer, offset, headSize)) : '';
  return { data: { kind: 'binary', size, headHex } };
}

function view(natives: Natives, value: ArrayBufferView): DescribedData | undefined {
  for (let index = 0; index < natives.viewRanges.length; index++) {
    const range = natives.viewRanges[index];
    try {
      if (range) return binary(natives, range[0](value), range[1](value), range[2](value));
    } catch {
      // Not this kind of view: the brand check of the getter said so.
    }
  }
  return undefined;
}

/** Whether the brand check of a saved getter accepts `value`; the getters throw on anything else, proxies included. */
function sizeBy(read: (self: unknown) => number, value: unknown): number | undefined {
  try {
    return read(value);
  } catch {
    return undefined;
  }
}

/**
 * What a frame carried, read without running page code: strings, ArrayBuffers, views and Blobs (size only: reading a
 * Blob is asynchronous and would queue work on the page's loop). Anything else, which the browser turned into text by
 * calling the page's own `toString`, is not read again and yields undefined.
 */
export function describeData(natives: Natives, value: unknown): DescribedData | undefined {
  if (typeof value === 'string') return text(natives, value);
  if (natives.isView(value)) return view(natives, value);
  const bufferSize = sizeBy(natives.bufferLength, value);
  if (bufferSize !== undefined) return binary(natives, value as ArrayBuffer, 0, bufferSize);
  const blobSize = sizeBy(natives.blobSize, value);
  if (blobSize !== undefined) return { data: { kind: 'binary', size: blobSize, headHex: '' } };
  return undefined;
}
