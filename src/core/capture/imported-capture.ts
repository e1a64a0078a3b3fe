import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import type { Capture } from './capture.ts';

/** The browser and extension a capture was made with, as far as the file says. */
export interface CaptureEnvironment {
  /** `Chrome`, `Firefox`, … */
  readonly browser?: string;
  readonly browserVersion?: string;
  readonly extensionVersion?: string;
  readonly userAgent?: string;
}

/** Where an imported capture came from: the banner above an imported panel says this. */
export interface ImportOrigin {
  readonly format: 'bundle' | 'har';
  /** Who wrote the file, in words: `JMAP Push Inspector 0.4.0`, `Chrome DevTools (WebInspector 131)`, `Firefox 128`. */
  readonly producer: string;
  /** Epoch ms when the file was written, when it says. */
  readonly exportedAt?: number;
  /** Whether secrets were replaced by fingerprints before export. */
  readonly redacted: boolean;
  /** False when the exporter left frame payloads out. */
  readonly payloads: boolean;
}

/** A capture read back from a file, ready to be shown exactly as if it had been captured live. */
export interface ImportedCapture {
  readonly capture: Capture;
  /**
   * The analyses written into the file at export, by connection id: a redacted capture can no longer be analysed in
   * full (a fingerprint has no expiry to read), so these are shown instead. Connections without one are analysed.
   */
  readonly analyses: ReadonlyMap<string, ConnectionAnalysis>;
  readonly origin: ImportOrigin;
  readonly environment?: CaptureEnvironment;
  /** What was skipped or repaired while reading, one line each (e.g. `entry 12: not a WebSocket, ignored`). */
  readonly warnings: readonly string[];
}

/** A file read: the capture, or one line saying what is wrong with it. */
export type ImportResult =
  | { readonly ok: true; readonly imported: ImportedCapture }
  | { readonly ok: false; readonly error: string };
