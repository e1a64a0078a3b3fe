import type { ConnectionRecord } from '../../core/model/connection-record.ts';
import type { TicketMint } from '../../core/model/ticket-mint.ts';
import type { ConnectionState, StoredFrame } from '../../shared/protocol.ts';

export type RecordFor = (
  state: ConnectionState,
  frames: readonly StoredFrame[],
  mint: TicketMint | undefined,
) => ConnectionRecord;

function toRecord(state: ConnectionState, frames: readonly StoredFrame[], mint: TicketMint | undefined) {
  const { source: _source, frameId: _frameId, pageUrl: _pageUrl, ...connection } = state;
  const record: ConnectionRecord = { ...connection, frames };
  return mint === undefined ? record : { ...record, ticketMint: mint };
}

/** The core's view of a connection, rebuilt only when its state, its frames or its ticket mint change. */
export function createRecordCache(): RecordFor {
  const cache = new WeakMap<ConnectionState, ConnectionRecord>();
  return (state, frames, mint) => {
    const cached = cache.get(state);
    if (cached && cached.frames === frames && cached.ticketMint === mint) return cached;
    const record = toRecord(state, frames, mint);
    cache.set(state, record);
    return record;
  };
}
