import type { AuthClassification } from '../auth/classify-auth.ts';
import type { Cause } from '../diagnosis/cause.ts';
import { connectionFacts } from '../diagnosis/connection-facts.ts';
import { causesOf, type DiagnosisContext } from '../diagnosis/diagnose.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import { redactUrl } from '../redact/redact.ts';
import type { Finding, Severity } from '../secrets/finding.ts';
import { scanConnection } from '../secrets/scan-connection.ts';
import type { ServerFingerprint } from '../session/fingerprint-server.ts';
import { type PushStatus, pushStatus } from './push-status.ts';

/** Everything the panel, the exports and the command line say about one connection. */
export interface ConnectionAnalysis {
  readonly id: string;
  /** Always redacted. */
  readonly url: string;
  readonly status: number | null;
  readonly auth: AuthClassification;
  readonly server: ServerFingerprint;
  /** Most severe first. */
  readonly findings: readonly Finding[];
  readonly worstSeverity?: Severity;
  /** Most specific first; empty when nothing is wrong. */
  readonly causes: readonly Cause[];
  readonly frames: { readonly sent: number; readonly received: number };
  readonly push: PushStatus;
}

export function analyzeConnection(connection: ConnectionRecord, context: DiagnosisContext = {}): ConnectionAnalysis {
  const { handshake, frames } = connection;
  const facts = connectionFacts(connection, context);
  const findings = scanConnection(connection, { otherConnections: context.otherConnections });
  const sent = frames.filter((frame) => frame.dir === 'sent').length;
  return {
    id: connection.id,
    url: redactUrl(handshake.url),
    status: handshake.status ?? null,
    auth: facts.auth,
    server: facts.server,
    findings,
    worstSeverity: findings[0]?.severity,
    causes: causesOf(facts),
    frames: { sent, received: frames.length - sent },
    push: pushStatus(facts.frames),
  };
}
