import type { FrameData } from '../../core/model/frame.ts';

const encoder = new TextEncoder();

/** Bytes on the wire: the real size when the text was cut, else the UTF-8 length of the text. */
export function frameSize(data: FrameData, truncatedFrom?: number): number {
  if (truncatedFrom !== undefined) return truncatedFrom;
  return data.kind === 'binary' ? data.size : encoder.encode(data.text).length;
}
