import type { Capture } from '../capture/capture.ts';
import { frameShape } from './frame-shape.ts';

/** The capture with every frame reduced to its shape (export option `payloads: false`), the same for bundle and HAR. */
export function withoutPayloads(capture: Capture): Capture {
  const connections = capture.connections.map((connection) => ({
    ...connection,
    frames: connection.frames.map(frameShape),
  }));
  return { ...capture, connections };
}
