import type { HandshakeNetworkView } from '../core/model/handshake-record.ts';

/** What webRequest (or the debugger) reported about one WebSocket handshake so far. */
export interface HandshakeObservation extends HandshakeNetworkView {
  readonly requestId: string;
  /** The frame that opened the socket; undefined when the reporter cannot tell (the debugger gives no frame id). */
  readonly frameId?: number;
  readonly url: string;
  readonly startedAt: number;
  /** Set once the browser reported the end of the handshake (completed or failed). */
  readonly endedAt?: number;
  /** 'debugger': seen through CDP, whose request headers are the exact ones sent (webRequest's are not). */
  readonly source?: 'debugger';
}

/** How far apart the page's `new WebSocket()` and the network's view of the same handshake may be. */
export const MATCH_WINDOW_MS = 3_000;

/** The frame id of a connection that no frame opened: a socket of a worker. */
export const NO_FRAME = -1;

/** The URL as both views spell it: webRequest and `WebSocket.url` may differ in trivial ways (default port, case). */
export function sameSocketUrl(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}

/** Frames match when equal, or when one side cannot tell its frame (a debugger observation, a worker's socket). */
export function sameFrame(a: number | undefined, b: number | undefined): boolean {
  return a === undefined || b === undefined || a === NO_FRAME || b === NO_FRAME || a === b;
}

/** Whether an observation may be the network's view of a socket opened at `at` on `url` in frame `frameId`. */
export function mayBeSameSocket(
  observation: HandshakeObservation,
  socket: { readonly url: string; readonly at: number; readonly frameId: number | undefined },
): boolean {
  return (
    sameFrame(observation.frameId, socket.frameId) &&
    sameSocketUrl(observation.url, socket.url) &&
    Math.abs(observation.startedAt - socket.at) <= MATCH_WINDOW_MS
  );
}
