import { analyzeConnection, type ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import type { JmapSession } from '../session/jmap-session.ts';
import type { Capture, CapturedConnection } from './capture.ts';
import { connectionSecrets } from './connection-secrets.ts';
import { sessionBefore } from './session-before.ts';
import { ticketMintFor } from './ticket-mint-for.ts';

/** One connection of a capture with what the core makes of it, exactly as the panel shows it. */
export interface AnalyzedConnection {
  readonly connection: CapturedConnection;
  /** The connection with the ticket POST that minted its ticket, as the rules see it. */
  readonly record: ConnectionRecord;
  readonly analysis: ConnectionAnalysis;
  /** The session the page fetched last before this connection. */
  readonly session?: JmapSession;
  /** Secrets known to belong to this connection, for redaction. */
  readonly secrets: readonly string[];
}

/** The ticket POST for a connection: its own when it carries one, else the one whose answer holds its ticket. */
export function recordOf(connection: CapturedConnection, capture: Capture): ConnectionRecord {
  const { source: _source, pageUrl: _pageUrl, replay: _replay, ...record } = connection;
  const mint = record.ticketMint ?? ticketMintFor(record.handshake.url, capture.ticketMints);
  return mint === undefined ? record : { ...record, ticketMint: mint };
}

/**
 * Every connection analysed in the context the panel gives it (the session before it, every other connection, every
 * ticket POST), so the panel, the exports and the command line say the same. `now` ends still-open connections;
 * `analyze` may answer from elsewhere (an analysis stored in a file).
 */
export function analyzeCapture(capture: Capture, now: number, analyze = analyzeConnection): AnalyzedConnection[] {
  const records = capture.connections.map((connection) => recordOf(connection, capture));
  return records.map((record, index) => {
    const connection = capture.connections[index] as CapturedConnection;
    const session = sessionBefore(capture.sessions, connection.createdAt);
    const context = { session, otherConnections: records, ticketMints: capture.ticketMints, now };
    const analysis = analyze(record, context);
    return { connection, record, analysis, session, secrets: connectionSecrets(record, analysis) };
  });
}

/** Every secret a capture is known to hold, for one redaction across all of it (same secret, same fingerprint). */
export function captureSecrets(analyzed: readonly AnalyzedConnection[], capture: Capture): string[] {
  const tickets = capture.ticketMints.flatMap((mint) => (mint.ticket ? [mint.ticket.value] : []));
  return [...new Set([...analyzed.flatMap((entry) => entry.secrets), ...tickets])];
}
