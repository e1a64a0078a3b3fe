import type { AuthCandidate, CredentialReading } from './auth-classification.ts';
import { describeToken, isJwtShaped } from './describe-token.ts';

export type SubprotocolCredentialShape = 'openhab' | 'kubernetes' | 'jwt' | 'after-marker';

export interface SubprotocolCredential {
  /** Position in the offered list, from 0. */
  readonly index: number;
  /** The whole offered entry (holds the secret). */
  readonly protocol: string;
  /** The credential part of the entry, as written (for openHAB and Kubernetes still base64-wrapped). */
  readonly token: string;
  readonly shape: SubprotocolCredentialShape;
}

/** openHAB (openhab/openhab-core#4515) and Kubernetes put a token inside the offered subprotocol name (matched in lower case). */
const PREFIXES: readonly (readonly [string, SubprotocolCredentialShape])[] = [
  ['org.openhab.ws.accesstoken.base64.', 'openhab'],
  ['base64url.bearer.authorization.k8s.io.', 'kubernetes'],
];
/** Some servers take the entry after a marker entry as the token: `["access_token", "<token>"]`. */
const MARKERS: readonly string[] = ['access_token', 'bearer', 'token', 'authorization'];
const NOT_TOKENS: readonly string[] = [...MARKERS, 'jmap'];

const SHAPE_TEXT: Readonly<Record<SubprotocolCredentialShape, string>> = {
  openhab: 'an openHAB access token (org.openhab.ws.accessToken.base64.…)',
  kubernetes: 'a Kubernetes bearer token (base64url.bearer.authorization.k8s.io.…)',
  jwt: 'a JWT',
  'after-marker': 'a token after a marker entry',
};

function credentialAt(protocols: readonly string[], index: number): SubprotocolCredential | undefined {
  const protocol = protocols[index] ?? '';
  for (const [prefix, shape] of PREFIXES) {
    if (protocol.toLowerCase().startsWith(prefix))
      return { index, protocol, token: protocol.slice(prefix.length), shape };
  }
  if (isJwtShaped(protocol)) return { index, protocol, token: protocol, shape: 'jwt' };
  const previous = index > 0 ? protocols[index - 1] : undefined;
  const follows = previous !== undefined && MARKERS.includes(previous.toLowerCase());
  if (follows && protocol !== '' && !NOT_TOKENS.includes(protocol.toLowerCase())) {
    return { index, protocol, token: protocol, shape: 'after-marker' };
  }
  return undefined;
}

/** Offered subprotocol entries that carry a credential (an empty token after a known prefix counts too). */
export function findSubprotocolCredentials(protocols: readonly string[]): SubprotocolCredential[] {
  return protocols.flatMap((_, index) => credentialAt(protocols, index) ?? []);
}

function candidateFor(credential: SubprotocolCredential): AuthCandidate {
  return {
    strategy: 'subprotocol-token',
    evidence: [
      `offered subprotocol #${credential.index + 1} carries ${SHAPE_TEXT[credential.shape]} (${describeToken(credential.token)})`,
      'no JMAP server here (James, Stalwart, Cyrus) reads credentials from Sec-WebSocket-Protocol',
    ],
  };
}

export function readSubprotocolCredentials(protocols: readonly string[]): CredentialReading {
  const candidates: AuthCandidate[] = [];
  const notes: string[] = [];
  for (const credential of findSubprotocolCredentials(protocols)) {
    if (credential.token === '')
      notes.push(`offered subprotocol #${credential.index + 1} has a token prefix with no token: not a credential`);
    else candidates.push(candidateFor(credential));
  }
  return { candidates, notes };
}
