import { isNetworkOnly } from '../../shared/network-only.ts';
import type { ConnectionState } from '../../shared/protocol.ts';

/**
 * From `new WebSocket()` to the close (or the error, or now while it lasts); undefined for a socket seen on the
 * network alone, whose end nobody reports.
 */
export function connectionDuration(state: ConnectionState, now: number): number | undefined {
  const end = state.closedAt ?? state.errorAt ?? (isNetworkOnly(state) ? undefined : now);
  return end === undefined ? undefined : Math.max(0, end - state.createdAt);
}
