import { type MessagePair, pairMessages } from '../../core/jmap/pair-messages.ts';
import type { StoredFrame } from '../../shared/protocol.ts';

export type PairOf = (frame: StoredFrame) => MessagePair | undefined;

/**
 * The Request/Response pair a frame belongs to, from the pairing of its connection's settled frames. Each
 * connection is paired once per settled frame list, and only when one of its frames is on screen.
 */
export function createPairLookup(framesOf: (connectionId: string) => readonly StoredFrame[]): PairOf {
  const pairings = new WeakMap<readonly StoredFrame[], Map<number, MessagePair>>();
  const pairingOf = (frames: readonly StoredFrame[]) => {
    let byFrame = pairings.get(frames);
    if (!byFrame) {
      byFrame = new Map();
      for (const pair of pairMessages(frames).pairs) {
        byFrame.set(pair.request.id, pair);
        byFrame.set(pair.response.id, pair);
      }
      pairings.set(frames, byFrame);
    }
    return byFrame;
  };
  return (frame) => pairingOf(framesOf(frame.connectionId)).get(frame.id);
}
