import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import { isRedacted } from '../redact/fingerprint.ts';
import { headerSecrets } from './header-secrets.ts';

/**
 * Every secret known to belong to one connection: what the scanners found, the URL credential in both its forms,
 * the minted ticket, credential headers and the cookies of both the request and the answer (an SSO in front of the
 * server sets its session cookie on the handshake's answer). The redaction is told these, on top of what it finds itself.
 * A value holding a fingerprint (an imported, redacted file: `Basic [REDACTED:fe9744]`) hides nothing any more, and
 * redacting it again would give the file's fingerprint another one on every export.
 */
export function connectionSecrets(record: ConnectionRecord, analysis: ConnectionAnalysis): readonly string[] {
  const { credential } = analysis.auth;
  const secrets = [
    ...analysis.findings.flatMap((finding) => (finding.secret ? [finding.secret] : [])),
    ...(credential ? [credential.raw, credential.value] : []),
    ...(record.ticketMint?.ticket ? [record.ticketMint.ticket.value] : []),
    ...(record.handshake.requestHeaders ?? []).flatMap(headerSecrets),
    ...(record.handshake.responseHeaders ?? []).flatMap(headerSecrets),
  ];
  return [...new Set(secrets.filter((secret) => secret.length > 0 && !isRedacted(secret)))];
}
