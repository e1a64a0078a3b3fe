import { describeToken } from '../auth/describe-token.ts';
import type { HandshakeRecord } from '../model/handshake-record.ts';
import { headerValues } from '../model/http-header.ts';
import { decodeBase64Text } from './base64.ts';
import { decodeJwt } from './decode-jwt.ts';
import type { CredentialReading } from './describe-credential.ts';
import type { Exposure } from './exposure.ts';
import { JWT_IN_TEXT } from './jwt-in-text.ts';

/**
 * Conventions that smuggle a token through the browser WebSocket API's `protocols` argument (FACTS §8): the token
 * follows a fixed prefix, base64-encoded because a subprotocol may only hold token characters.
 */
const TOKEN_PREFIXES: readonly (readonly [prefix: string, label: string])[] = [
  ['org.openhab.ws.accesstoken.base64.', 'openHAB access-token subprotocol'],
  ['base64url.bearer.authorization.k8s.io.', 'Kubernetes bearer-token subprotocol'],
];

type ProtocolToken = CredentialReading & { readonly secret: string };

function prefixedToken(protocol: string): ProtocolToken | undefined {
  const lower = protocol.toLowerCase();
  for (const [prefix, label] of TOKEN_PREFIXES) {
    const secret = protocol.slice(prefix.length);
    if (!lower.startsWith(prefix) || secret === '') continue;
    const credential = decodeBase64Text(secret) ?? secret;
    const shape = decodeJwt(credential) ? 'jwt' : 'bearer';
    return { secret, credential, shape, what: `${label}, ${describeToken(credential)}` };
  }
  return undefined;
}

function embeddedJwt(protocol: string): ProtocolToken | undefined {
  for (const [token] of protocol.matchAll(JWT_IN_TEXT)) {
    if (decodeJwt(token)) return { secret: token, credential: token, shape: 'jwt', what: describeToken(token) };
  }
  return undefined;
}

/** The offered subprotocols: the `protocols` argument and the `Sec-WebSocket-Protocol` request header, once each. */
function offeredProtocols(handshake: HandshakeRecord): string[] {
  const fromHeader = headerValues(handshake.requestHeaders, 'Sec-WebSocket-Protocol').flatMap((value) =>
    value.split(','),
  );
  return [...new Set([...handshake.protocols, ...fromHeader].map((protocol) => protocol.trim()))];
}

/** Tokens offered as WebSocket subprotocols (openHAB, Kubernetes, or any JWT). Never throws. */
export function scanSubprotocols(handshake: HandshakeRecord): Exposure[] {
  return offeredProtocols(handshake).flatMap((protocol, index): Exposure[] => {
    const token = prefixedToken(protocol) ?? embeddedJwt(protocol);
    if (!token) return [];
    return [{ ...token, place: 'subprotocol', location: `Sec-WebSocket-Protocol offer #${index + 1} (${token.what})` }];
  });
}
