import type { Direction, FrameData } from '../core/model/frame.ts';
import type { HandshakeObservation } from './handshake-observation.ts';

/** What a worker's socket did, as the debugger reported it. CDP tells no close code, so a close carries none. */
export type WorkerSocketEvent =
  | {
      readonly type: 'open';
      readonly at: number;
      readonly url: string;
      readonly protocols: readonly string[];
      readonly workerUrl: string;
    }
  | { readonly type: 'handshake'; readonly observation: HandshakeObservation }
  | { readonly type: 'opened'; readonly at: number; readonly protocol: string; readonly extensions: string }
  | {
      readonly type: 'frame';
      readonly at: number;
      readonly dir: Direction;
      readonly data: FrameData;
      readonly truncatedFrom?: number;
    }
  | { readonly type: 'error'; readonly at: number; readonly message: string }
  | { readonly type: 'closed'; readonly at: number };

/**
 * The debugger's news for one tab: the exact handshake of a page socket (its frames are the page hook's), or anything
 * a worker's socket did (`key` names the socket: session and CDP request id).
 */
export type DeepEvent =
  | { readonly kind: 'page'; readonly observation: HandshakeObservation }
  | { readonly kind: 'worker'; readonly key: string; readonly event: WorkerSocketEvent };
