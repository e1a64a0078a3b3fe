import type { ConnectionRecord } from '../../core/model/connection-record.ts';
import type { ConnectionState, ReplayFrame, ReplayOrigin } from '../../shared/protocol.ts';

/** A replay's record as the store keeps connections, with its frames from index `from` on. */
export function recordToReplay(
  record: ConnectionRecord,
  replay: ReplayOrigin,
  from: number,
): { connection: ConnectionState; frames: ReplayFrame[] } {
  const { frames: _frames, ticketMint: _ticketMint, ...connectionFields } = record;
  const { id } = record;
  const connection: ConnectionState = { ...connectionFields, source: 'replay', frameId: 0, pageUrl: '', replay };
  const frames = record.frames.slice(from).map(({ dir, at, data, truncatedFrom }) => ({
    connectionId: id,
    dir,
    at,
    data,
    ...(truncatedFrom === undefined ? {} : { truncatedFrom }),
  }));
  return { connection, frames };
}
