import type { ConnectionState } from '../../shared/protocol.ts';

export type ConnectionPhase = 'connecting' | 'open' | 'closed' | 'failed';

/** A connection that never opened and errored or closed has failed; one that opened and closed has closed. */
export function connectionPhase(state: ConnectionState): ConnectionPhase {
  if (state.openAt === undefined) {
    return state.errorAt !== undefined || state.closedAt !== undefined ? 'failed' : 'connecting';
  }
  return state.closedAt === undefined ? 'open' : 'closed';
}
