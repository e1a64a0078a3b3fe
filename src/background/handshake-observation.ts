import type { HttpHeader } from '../core/model/http-header.ts';

/** What webRequest (or the debugger) reported about one WebSocket handshake so far. */
export interface HandshakeObservation {
  readonly requestId: string;
  readonly frameId: number;
  readonly url: string;
  readonly startedAt: number;
  readonly requestHeaders?: readonly HttpHeader[];
  readonly status?: number;
  readonly statusLine?: string;
  readonly responseHeaders?: readonly HttpHeader[];
  readonly error?: string;
  /** Set once the browser reported the end of the handshake (completed or failed). */
  readonly endedAt?: number;
}

/** How far apart the page's `new WebSocket()` and the network's view of the same handshake may be. */
export const MATCH_WINDOW_MS = 3_000;

/** The URL as both views spell it: webRequest and `WebSocket.url` may differ in trivial ways (default port, case). */
export function sameSocketUrl(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}
