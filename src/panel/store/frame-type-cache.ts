import type { JmapMessageType } from '../../core/jmap/jmap-message.ts';
import { parseFrame } from '../../core/jmap/parse-frame.ts';
import type { StoredFrame } from '../../shared/protocol.ts';

export type FrameTypeOf = (frame: StoredFrame) => JmapMessageType;

/** The JMAP type of a frame, parsed once per frame: filtering by type must not parse 100 000 frames each time. */
export function createFrameTypeCache(): FrameTypeOf {
  const types = new WeakMap<StoredFrame, JmapMessageType>();
  return (frame) => {
    let type = types.get(frame);
    if (type === undefined) {
      type = parseFrame(frame.data).type;
      types.set(frame, type);
    }
    return type;
  };
}
