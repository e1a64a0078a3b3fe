import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import type { CapturedConnection, DropCounts, SessionSighting } from '../capture/capture.ts';
import type { CaptureEnvironment } from '../capture/imported-capture.ts';
import type { TicketMint } from '../model/ticket-mint.ts';

/** The one schema this version writes and reads. A later incompatible layout gets `@2`. */
export const BUNDLE_SCHEMA = 'jmap-push-inspector/bundle@1';

export interface BundleOptions {
  /** Secrets replaced by fingerprints: the caller defaults this to true; unredacted needs the user's explicit choice. */
  readonly redacted: boolean;
  /** False: each text frame keeps only its JMAP shape (see frameShape). */
  readonly payloads: boolean;
  /** Epoch ms: the export time, and the end of still-open connections for the analysis. */
  readonly now: number;
  readonly producer: { readonly name: string; readonly version: string };
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
