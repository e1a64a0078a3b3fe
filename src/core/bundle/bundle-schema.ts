import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import type { CapturedConnection, DropCounts, SessionSighting } from '../capture/capture.ts';
import type { CaptureEnvironment } from '../capture/imported-capture.ts';
import type { TicketMint } from '../model/ticket-mint.ts';
import type { ExportOptions } from './exported-capture.ts';

/** The one schema this version writes and reads. A later incompatible layout gets `@2`. */
export const BUNDLE_SCHEMA = 'jmap-push-inspector/bundle@1';

export interface BundleOptions extends ExportOptions {
  readonly environment?: CaptureEnvironment;
}

/** A session sighting with its capability ids parsed, for readers of the file who do not parse the body. */
export interface BundleSession extends SessionSighting {
  readonly capabilities: readonly string[];
}

/** A connection with the analysis the exporter made of it (before redaction, then redacted with the rest). */
export interface BundleConnection extends CapturedConnection {
  readonly analysis: ConnectionAnalysis;
}

/** The file, as JSON. */
export interface Bundle {
  readonly schema: typeof BUNDLE_SCHEMA;
  /** ISO 8601. */
  readonly exportedAt: string;
  readonly producer: BundleOptions['producer'];
  readonly environment?: CaptureEnvironment;
  readonly redacted: boolean;
  readonly payloads: boolean;
  readonly sessions: readonly BundleSession[];
  readonly ticketMints: readonly TicketMint[];
  readonly connections: readonly BundleConnection[];
  readonly dropped?: DropCounts;
}
