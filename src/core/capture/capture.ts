import type { ConnectionRecord } from '../model/connection-record.ts';
import type { TicketMint } from '../model/ticket-mint.ts';

/** A session response the page fetched, as the page received it. */
export interface SessionSighting {
  readonly at: number;
  readonly url: string;
  /** The session JSON text as the page received it. */
  readonly body: string;
}

/** Where a connection comes from: the inspected page, a replay from the panel, or a file. */
export type ConnectionSource = 'live' | 'replay' | 'import';

export interface ReplayOrigin {
  /** Id of the captured connection replayed. */
  readonly of: string;
  /** Name of the endpoint profile used ("captured URL", "origin with header", or the user's). */
  readonly via: string;
}

/** Everything dropped, by reason, so the panel can always say how much is missing. */
export interface DropCounts {
  /** Oldest frames evicted by the ring buffer cap. */
  readonly evicted: number;
  /** Page messages the bridge refused (malformed, oversized) or lost (queue overflow while the background was away). */
  readonly rejected: number;
  /** Frames that were in memory but not yet saved when the background was stopped. */
  readonly lostOnRestart: number;
}

/** One connection of a capture, with where it came from. */
export interface CapturedConnection extends ConnectionRecord {
  readonly source: ConnectionSource;
  /** The page that opened it (empty when unknown). */
  readonly pageUrl: string;
  readonly replay?: ReplayOrigin;
}

/** What one tab captured, or one file holds: what the panel, the exports and the command line all work from. */
export interface Capture {
  /** In capture order. `ticketMint` may be left out: it is found again from `ticketMints`. */
  readonly connections: readonly CapturedConnection[];
  readonly sessions: readonly SessionSighting[];
  readonly ticketMints: readonly TicketMint[];
  readonly dropped?: DropCounts;
}
