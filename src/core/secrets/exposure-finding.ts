import type { Exposure } from './exposure.ts';
import type { Finding, FindingKind, Severity } from './finding.ts';

type Advice = Pick<Finding, 'kind' | 'severity' | 'explanation' | 'fix'>;

const URL_LOGGED =
  'The full URL is kept in browser history, DevTools, HAR exports and the access logs of every proxy and server on the way';
const USE_INSTEAD =
  'use the single-use ticket (tmail-backend capability com:linagora:params:jmap:ws:ticket) or an Authorization header injected by a proxy instead';
const CHANGE_PASSWORD = 'Change this password now, and scrub the access logs that recorded the URL.';

function advice(kind: FindingKind, severity: Severity, explanation: string, fix: string): Advice {
  return { kind, severity, explanation, fix };
}

function queryAdvice(exposure: Exposure): Advice {
  switch (exposure.shape) {
    case 'basic':
      return advice(
        'basic-credentials-in-url',
        'critical',
        `Basic credentials are base64 of "user:password": anyone who sees the URL decodes the password itself, which works until it is changed. ${URL_LOGGED}.`,
        `${CHANGE_PASSWORD} Never put Basic credentials in a URL: ${USE_INSTEAD}.`,
      );
    case 'password':
      return advice(
        'credential-in-url',
        'critical',
        `A password in the URL. ${URL_LOGGED}.`,
        `${CHANGE_PASSWORD} Keep passwords out of URLs: ${USE_INSTEAD}.`,
      );
    case 'ticket':
      return advice(
        'credential-in-url',
        'low',
        'A tmail-backend ticket is single use (deleted on its first lookup), valid 60 s and bound to the minting IP by default, so a copied URL only replays into a 401.',
        'Nothing urgent: keep the ticket IP validation on (the default) and mask the ticket parameter in access logs anyway.',
      );
    default:
      return advice(
        'credential-in-url',
        'high',
        `A bearer credential in the URL (RFC 6750 §2.3: SHOULD NOT). ${URL_LOGGED}; whoever reads it can replay it until it expires (Stalwart's default is 1 h, OIDC providers vary).`,
        `Keep tokens out of URLs: ${USE_INSTEAD}. If a URL token cannot be avoided, keep it short-lived, mask access_token/authorization/ticket in proxy and server logs, and revoke or rotate this one.`,
      );
  }
}

function placeAdvice(exposure: Exposure): Advice | undefined {
  switch (exposure.place) {
    case 'query':
      return queryAdvice(exposure);
    case 'userinfo':
      return advice(
        'credential-in-userinfo',
        exposure.shape === 'password' ? 'critical' : 'high',
        `The credential is part of the URL string the page hands to new WebSocket(): it shows in DevTools, exports and any log of the page's URLs.`,
        `Remove the userinfo from the WebSocket URL: ${USE_INSTEAD}. Change or revoke the credential.`,
      );
    case 'subprotocol':
      return advice(
        'credential-in-subprotocol',
        'high',
        'Sec-WebSocket-Protocol is an ordinary request header: proxies and servers that log request headers keep the token, and it replays like any bearer token until it expires.',
        `Keep tokens out of subprotocols: ${USE_INSTEAD}. Otherwise keep Sec-WebSocket-Protocol out of logs, use short-lived tokens, and revoke this one if logs were shared.`,
      );
    case 'frame':
      return advice(
        'credential-in-frame',
        'high',
        'Anything that records WebSocket messages (DevTools, captures and exports, message-logging proxies) keeps this credential. JMAP over WebSocket authenticates at the handshake, so no message needs one.',
        'Authenticate at the handshake (RFC 8887 §4.1), stop sending the credential in messages, redact captures before sharing them, and rotate it if a capture left the machine.',
      );
    case 'header':
      return undefined;
  }
}

/** The finding for one exposure; none for a handshake Authorization header, which is where credentials belong. */
export function exposureFinding(exposure: Exposure): Finding[] {
  const found = placeAdvice(exposure);
  return found ? [{ ...found, location: exposure.location, secret: exposure.secret }] : [];
}
