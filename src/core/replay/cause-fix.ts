import type { CauseId } from '../diagnosis/cause.ts';

/** The fix for each cause in one sentence, for the diagnose table (the cause's `checks` say how to confirm it). */
export const CAUSE_FIX: Readonly<Record<CauseId, string>> = {
  'auth-header-missing':
    'Make the proxy turn the query credential into an Authorization header and drop the query (a generated proxy config does).',
  'credential-not-decoded':
    'URL-decode the credential exactly once before building the header: nginx needs njs, HAProxy url_dec, Caddy {query.…} already decodes.',
  'token-expired': 'Use a fresh token: the client must refresh it before it connects.',
  'ticket-expired-or-reused': 'Mint a new ticket for every connection attempt and connect within 60 s.',
  'ticket-ip-mismatch':
    'Mint the ticket and open the WebSocket from the same address as the backend sees it (or disable its ticket IP validation).',
  'upgrade-not-forwarded':
    'Relay the upgrade: HTTP/1.1 to the upstream with Upgrade and Connection passed on (Connection: Upgrade for old Stalwart).',
  'closed-immediately':
    'Find what closes the tunnel right after the 101: the proxy’s upstream connection or a near-zero timeout.',
  'idle-timeout':
    'Raise the idle timeout for the WebSocket path (nginx proxy_read_timeout, HAProxy timeout tunnel, load balancer) or make one side ping.',
  'push-not-enabled': 'Send WebSocketPushEnable right after the connection opens.',
  'push-unsupported': 'Enable WebSocket push on the server: the session does not offer it.',
  'subprotocol-missing': 'Offer "jmap" and let every hop pass Sec-WebSocket-Protocol both ways.',
  'reconnect-loop': 'Fix what ends each connection: the loop is only the symptom.',
  'server-unreachable': 'Start the JMAP server or point the proxy at its address; check DNS, port and TLS.',
  'refused-status-hidden':
    'Turn on deep capture (or replay from Firefox) to see the status; check that every proxy forwards Upgrade and Connection.',
};

/** Causes that a generated proxy configuration (`jmap-push-inspector proxy-config`) fixes. */
export const FIXED_BY_PROXY_CONFIG: ReadonlySet<CauseId> = new Set<CauseId>([
  'auth-header-missing',
  'credential-not-decoded',
  'upgrade-not-forwarded',
  'idle-timeout',
  'subprotocol-missing',
]);
