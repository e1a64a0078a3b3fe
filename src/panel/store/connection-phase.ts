import { isNetworkOnly } from '../../shared/network-only.ts';
import type { ConnectionState } from '../../shared/protocol.ts';

/** `upgraded`: the network saw the 101 but no page hook reported the socket, so its frames and close are unknown. */
export type ConnectionPhase = 'connecting' | 'open' | 'closed' | 'failed' | 'upgraded';

/**
 * A connection that never opened and errored, closed or was refused has failed; one that opened and closed has
 * closed. A connection seen on the network alone can only be known as refused or upgraded.
 */
export function connectionPhase(state: ConnectionState): ConnectionPhase {
  const { handshake } = state;
  if (state.openAt === undefined) {
    const refused = handshake.error !== undefined || (handshake.status !== undefined && handshake.status !== 101);
    if (refused || state.errorAt !== undefined || state.closedAt !== undefined) return 'failed';
    return isNetworkOnly(state) && handshake.status === 101 ? 'upgraded' : 'connecting';
  }
  return state.closedAt === undefined ? 'open' : 'closed';
}
