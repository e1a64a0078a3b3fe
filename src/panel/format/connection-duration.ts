import type { ConnectionState } from '../../shared/protocol.ts';

/** From `new WebSocket()` to the close (or the error, or now while it lasts). */
export function connectionDuration(state: ConnectionState, now: number): number {
  const end = state.closedAt ?? state.errorAt ?? now;
  return Math.max(0, end - state.createdAt);
}
