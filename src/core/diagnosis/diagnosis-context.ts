import type { ConnectionRecord } from '../model/connection-record.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import type { JmapSession } from '../session/jmap-session.ts';

/** What is known beyond the connection itself. Every field is optional: rules that need one stay silent without it. */
export interface DiagnosisContext {
  /** The JMAP session the page fetched (capabilities decide whether push can work at all). */
  readonly session?: JmapSession;
  /**
   * Other captured connections (for ticket reuse and reconnect loops); may include this one. Read as a snapshot: what
   * is worked out over the list (connections by ticket, by endpoint) is kept for as long as the list object lives.
   */
  readonly otherConnections?: readonly ConnectionRecord[];
  /** Epoch milliseconds "now", for connections that are still open. */
  readonly now?: number;
  /** Ticket POSTs seen on the page, besides `connection.ticketMint`. */
  readonly ticketMints?: readonly TicketMint[];
  /** The address the upgrade came from as the server sees it (e.g. from a proxy log or replay), when known. */
  readonly clientAddress?: string;
}
