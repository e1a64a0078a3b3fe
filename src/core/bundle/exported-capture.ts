import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import { type AnalyzedConnection, analyzeCapture, captureSecrets } from '../capture/analyze-capture.ts';
import type { Capture } from '../capture/capture.ts';
import { redactAnalysis } from '../capture/stored-analysis.ts';
import { redactCapture } from '../redact/redact-capture.ts';
import { withoutPayloads } from './without-payloads.ts';

/** What every export (bundle, HAR) is told. */
export interface ExportOptions {
  /** Every secret replaced by its fingerprint (the default everywhere a file is offered). */
  readonly redacted: boolean;
  /** False: each text frame keeps only its JMAP shape (see frameShape). */
  readonly payloads: boolean;
  /** Epoch ms: the export time, and the end of still-open connections for the analysis. */
  readonly now: number;
  readonly producer: { readonly name: string; readonly version: string };
  /**
   * The capture's connections as the panel shows them, in capture order. An imported file must pass
   * `analyzeImported`'s: its stored analyses, which its redacted data cannot give again (a fingerprint has no expiry).
   * Left out, the capture is analysed here.
   */
  readonly analyzed?: readonly AnalyzedConnection[];
}

/** What a file is written from: the capture as the file holds it, and one analysis per connection, in order. */
export interface ExportedCapture {
  readonly capture: Capture;
  readonly analyses: readonly ConnectionAnalysis[];
}

/**
 * The capture and its analyses as an export writes them. The analyses are made of the capture as it was (before
 * redaction), then redacted with the same secret list as the capture, so one secret has one fingerprint everywhere.
 */
export function exportedCapture(capture: Capture, options: ExportOptions): ExportedCapture {
  const { redacted, payloads, now } = options;
  const analyzed = options.analyzed ?? analyzeCapture(capture, now);
  const secrets = redacted ? captureSecrets(analyzed, capture) : [];
  const shaped = payloads ? capture : withoutPayloads(capture);
  const analyses = analyzed.map(({ analysis }) => (redacted ? redactAnalysis(analysis, secrets) : analysis));
  return { capture: redacted ? redactCapture(shaped, secrets) : shaped, analyses };
}
