import type { ConnectionRecord } from '../model/connection-record.ts';
import { cleartextFindings } from './cleartext-finding.ts';
import { exposureFinding } from './exposure-finding.ts';
import { type Finding, SEVERITIES } from './finding.ts';
import { jwtFindings } from './jwt-findings.ts';
import { scanFrames } from './scan-frame.ts';
import { scanAuthorizationHeader } from './scan-headers.ts';
import { scanSubprotocols } from './scan-subprotocols.ts';
import { scanUrl } from './scan-url.ts';
import { ticketReuseFindings } from './ticket-reuse.ts';

export interface ScanOptions {
  /** When to judge JWT expiry (epoch ms); defaults to the connection's `createdAt`, when the token was sent. */
  readonly now?: number;
  /** Other captured connections, to spot a replayed single-use ticket. */
  readonly otherConnections?: readonly ConnectionRecord[];
}

/** Every credential exposure of one connection, most severe first. Never throws. */
export function scanConnection(connection: ConnectionRecord, options: ScanOptions = {}): Finding[] {
  const { handshake } = connection;
  const exposures = [
    ...scanUrl(handshake.url),
    ...scanSubprotocols(handshake),
    ...scanAuthorizationHeader(handshake),
    ...scanFrames(connection.frames),
  ];
  const findings = [
    ...exposures.flatMap(exposureFinding),
    ...cleartextFindings(handshake.url, exposures),
    ...jwtFindings(exposures, options.now ?? connection.createdAt),
    ...ticketReuseFindings(connection, options.otherConnections ?? []),
  ];
  return findings.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
