import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import { analyzeCapture, captureSecrets } from '../capture/analyze-capture.ts';
import type { Capture, SessionSighting } from '../capture/capture.ts';
import { redactAnalysis } from '../capture/stored-analysis.ts';
import { redactCapture } from '../redact/redact-capture.ts';
import { parseSession } from '../session/parse-session.ts';
import { BUNDLE_SCHEMA, type Bundle, type BundleOptions, type BundleSession } from './bundle-schema.ts';
import { compact } from './compact.ts';
import { frameShape } from './frame-shape.ts';

export type { BundleOptions } from './bundle-schema.ts';

function withoutPayloads(capture: Capture): Capture {
  const connections = capture.connections.map((connection) => ({
    ...connection,
    frames: connection.frames.map(frameShape),
  }));
  return { ...capture, connections };
}

function withCapabilities(sighting: SessionSighting): BundleSession {
  const parsed = parseSession(sighting.body, sighting.url);
  return { ...sighting, capabilities: parsed.ok ? parsed.session.capabilityIds : [] };
}

/**
 * The diagnostic bundle of a capture, as JSON text. Each connection carries the analysis made of the capture as it was
 * (before redaction: a fingerprint has no expiry to read), redacted with the same secret list as the capture so the
 * same secret has the same fingerprint everywhere. Compact, not indented: a bundle can hold 100 MB of frames, that
 * read by programs (`jq .` indents it for people), and indentation would add a third to its size.
 */
export function buildBundle(capture: Capture, options: BundleOptions): string {
  const { redacted, payloads, now, producer, environment } = options;
  const analyzed = analyzeCapture(capture, now);
  const secrets = redacted ? captureSecrets(analyzed, capture) : [];
  const shaped = payloads ? capture : withoutPayloads(capture);
  const written = redacted ? redactCapture(shaped, secrets) : shaped;
  const analyses = analyzed.map(({ analysis }) => (redacted ? redactAnalysis(analysis, secrets) : analysis));
  const bundle: Bundle = compact({
    schema: BUNDLE_SCHEMA,
    exportedAt: new Date(now).toISOString(),
    producer: { name: producer.name, version: producer.version },
    environment,
    redacted,
    payloads,
    sessions: written.sessions.map(withCapabilities),
    ticketMints: written.ticketMints,
    connections: written.connections.map((connection, index) => ({
      ...connection,
      analysis: analyses[index] as ConnectionAnalysis,
    })),
    dropped: written.dropped,
  });
  return JSON.stringify(bundle);
}
