import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import { headerSecrets } from './header-secrets.ts';

/**
 * Every secret known to belong to one connection: what the scanners found, the URL credential in both its forms,
 * the minted ticket, credential headers and the cookies of both the request and the answer (an SSO in front of the
 * server sets its session cookie on the handshake's answer). The redaction is told these, on top of what it finds itself.
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
  return [...new Set(secrets.filter((secret) => secret.length > 0))];
}
