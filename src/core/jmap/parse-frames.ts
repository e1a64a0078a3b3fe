import type { CapturedFrame } from '../model/frame.ts';
import type { JmapMessage } from './jmap-message.ts';
import { parseFrame } from './parse-frame.ts';

/** A frame with its JMAP reading. */
export interface ParsedFrame {
  readonly frame: CapturedFrame;
  readonly message: JmapMessage;
}

/** Every frame typed once, for all that reads a connection's frames (parsing is most of the cost of an analysis). */
export function parseFrames(frames: readonly CapturedFrame[]): ParsedFrame[] {
  return frames.map((frame) => ({ frame, message: parseFrame(frame.data) }));
}
