import type { ConnectionAnalysis } from '../analysis/analyze-connection.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import { headerSecrets } from './header-secrets.ts';

/**
 * Every secret known to belong to one connection: what the scanners found, the URL credential in both its forms,
 * the minted ticket and credential headers. The redaction of its values is told these, on top of what it finds itself.
 */
export function connectionSecrets(record: ConnectionRecord, analysis: ConnectionAnalysis): readonly string[] {
  const { credential } = analysis.auth;
  const secrets = [
    ...analysis.findings.flatMap((finding) => (finding.secret ? [finding.secret] : [])),
    ...(credential ? [credential.raw, credential.value] : []),
    ...(record.ticketMint?.ticket ? [record.ticketMint.ticket.value] : []),
    ...(record.handshake.requestHeaders ?? []).flatMap(headerSecrets),
  ];
  return [...new Set(secrets.filter((secret) => secret.length > 0))];
}
