import type { HandshakeRecord } from '../../core/model/handshake-record.ts';

const HIDDEN_BY_DESIGN =
  'Browsers never show a failed upgrade to the page: the WebSocket API fires "error", then "close" with code 1006 ' +
  '(abnormal closure) and an empty reason, whatever went wrong, so that scripts cannot probe servers. The page and ' +
  'its logs only ever see 1006; this panel reads the real answer from the browser’s network layer.';

function statusMeaning(status: number): string {
  if (status === 401) return 'The server refused the credentials, or received none: see Diagnosis for which.';
  if (status === 403) return 'The server or a proxy forbade the upgrade (Origin check, access rules).';
  if (status === 400 || status === 426) {
    return 'The server did not receive a valid WebSocket upgrade: a proxy probably dropped or rewrote the Upgrade and Connection headers.';
  }
  if (status === 404) return 'Nothing answers WebSocket upgrades at this path.';
  if (status >= 500) return 'A proxy or the server failed (an unreachable upstream gives 502/503/504).';
  if (status >= 300 && status < 400)
    return 'WebSocket upgrades do not follow redirects: the URL must be the final one.';
  return 'Only 101 Switching Protocols opens a WebSocket.';
}

/**
 * Why the page saw only close code 1006 when the handshake did not end in 101, in plain words; undefined when the
 * connection opened or nothing is known yet.
 */
export function why1006(handshake: HandshakeRecord, failed: boolean): string | undefined {
  const { status, statusLine, error } = handshake;
  if (status !== undefined && status !== 101) {
    return `The server answered ${statusLine ?? `HTTP ${status}`} instead of 101 Switching Protocols. ${statusMeaning(status)} ${HIDDEN_BY_DESIGN}`;
  }
  if (status === undefined && error !== undefined) {
    return `The connection failed before any HTTP answer (${error}): DNS, TCP, TLS or a proxy refused it. ${HIDDEN_BY_DESIGN}`;
  }
  if (status === undefined && failed) {
    return `No HTTP status was captured for this handshake, so the reason is unknown here. ${HIDDEN_BY_DESIGN}`;
  }
  return undefined;
}
