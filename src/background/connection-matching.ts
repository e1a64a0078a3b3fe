import { isNetworkOnly } from '../shared/network-only.ts';
import type { ConnectionState } from '../shared/protocol.ts';
import {
  type HandshakeObservation,
  MATCH_WINDOW_MS,
  mayBeSameSocket,
  NO_FRAME,
  sameSocketUrl,
} from './handshake-observation.ts';

/**
 * A connection a socket opened (not yet joined by this view) that the observation may describe. The debugger's view
 * of a page socket never describes a worker's socket: those get their handshake from their own debugger session.
 */
export function findSocketMatch(
  connections: readonly ConnectionState[],
  observation: HandshakeObservation,
  claimed: ReadonlySet<string>,
): string | undefined {
  return connections.find(
    (c) =>
      c.source === 'live' &&
      !claimed.has(c.id) &&
      !(observation.source === 'debugger' && c.frameId === NO_FRAME) &&
      mayBeSameSocket(observation, { url: c.handshake.url, at: c.createdAt, frameId: c.frameId }),
  )?.id;
}

/** A connection made from the network view alone (`net:`) that no socket has claimed yet. */
export function findNetworkOnlyMatch(
  connections: readonly ConnectionState[],
  socket: { readonly url: string; readonly at: number },
  claimed: ReadonlySet<string>,
): string | undefined {
  return connections.find(
    (c) =>
      isNetworkOnly(c) &&
      !claimed.has(c.id) &&
      sameSocketUrl(c.handshake.url, socket.url) &&
      Math.abs(c.createdAt - socket.at) <= MATCH_WINDOW_MS,
  )?.id;
}
