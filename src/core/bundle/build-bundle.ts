import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import type { Capture, SessionSighting } from '../capture/capture.ts';
import { parseSession } from '../session/parse-session.ts';
import { BUNDLE_SCHEMA, type Bundle, type BundleOptions, type BundleSession } from './bundle-schema.ts';
import { compact } from './compact.ts';
import { exportedCapture } from './exported-capture.ts';

export type { BundleOptions } from './bundle-schema.ts';

function withCapabilities(sighting: SessionSighting): BundleSession {
  const parsed = parseSession(sighting.body, sighting.url);
  return { ...sighting, capabilities: parsed.ok ? parsed.session.capabilityIds : [] };
}

/**
 * The diagnostic bundle of a capture, as JSON text. Each connection carries its analysis (see exportedCapture).
 * Compact, not indented: a bundle can hold 100 MB of frames, that read by programs (`jq .` indents it for people),
 * and indentation would add a third to its size.
 */
export function buildBundle(capture: Capture, options: BundleOptions): string {
  const { redacted, payloads, now, producer, environment } = options;
  const written = exportedCapture(capture, options);
  const bundle: Bundle = compact({
    schema: BUNDLE_SCHEMA,
    exportedAt: new Date(now).toISOString(),
    producer: { name: producer.name, version: producer.version },
    environment,
    redacted,
    payloads,
    sessions: written.capture.sessions.map(withCapabilities),
    ticketMints: written.capture.ticketMints,
    connections: written.capture.connections.map((connection, index) => ({
      ...connection,
      analysis: written.analyses[index] as ConnectionAnalysis,
    })),
    dropped: written.capture.dropped,
  });
  return JSON.stringify(bundle);
}
