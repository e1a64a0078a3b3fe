import type { ConnectionState, PageEvent } from '../shared/protocol.ts';

type SocketEvent = Extract<PageEvent, { type: 'opened' | 'error' | 'close' }>;

/** The connection after its socket opened, failed or closed, as the page saw it. */
export function applySocketEvent(state: ConnectionState, event: SocketEvent): ConnectionState {
  if (event.type === 'opened') {
    const handshake = { ...state.handshake, chosenProtocol: event.protocol, extensions: event.extensions };
    return { ...state, openAt: event.at, handshake };
  }
  return event.type === 'error'
    ? { ...state, errorAt: event.at }
    : { ...state, closedAt: event.at, close: event.close };
}

/** Whether the socket may still carry frames: not closed or failed, and not refused by the server. */
export function mayStillCarryFrames({ closedAt, errorAt, handshake }: ConnectionState): boolean {
  const refused = handshake.error !== undefined || (handshake.status !== undefined && handshake.status !== 101);
  return closedAt === undefined && errorAt === undefined && !refused;
}
