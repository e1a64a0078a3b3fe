import type { TicketMint } from '../core/model/ticket-mint.ts';
import type { ConnectionState, DropCounts, SessionSighting } from '../shared/protocol.ts';

/** A tab's state as kept in `storage.session` (memory only, never written to disk), frames aside. */
export interface SavedTab {
  readonly tabId: number;
  readonly pageUrl: string;
  readonly preserveLog: boolean;
  readonly connections: readonly ConnectionState[];
  readonly sockets: Readonly<Record<string, string>>;
  readonly sessions: readonly SessionSighting[];
  readonly ticketMints: readonly TicketMint[];
  readonly dropped: DropCounts;
  readonly lastSeq: Readonly<Record<string, number>>;
  /** First frame id in memory when saved: frames before the first saved segment were lost if the worker stops. */
  readonly firstFrameId: number;
  readonly nextFrameId: number;
}
