import { classifyAuth } from '../auth/classify-auth.ts';
import { findSubprotocolCredentials } from '../auth/read-subprotocol-credential.ts';
import { splitScheme } from '../auth/split-scheme.ts';
import type { ConnectionRecord } from '../model/connection-record.ts';
import { headerValue } from '../model/http-header.ts';
import { credentialProblem, type ReplayCredential } from './replay-credential.ts';

function fromHeaderValue(value: string | undefined): ReplayCredential | undefined {
  if (value === undefined) return undefined;
  const { scheme, rest } = splitScheme(value, true);
  if (scheme !== 'Basic' && scheme !== 'Bearer') return undefined;
  const credential: ReplayCredential = { scheme, value: rest };
  return credentialProblem(credential) === undefined ? credential : undefined;
}

/**
 * The credential the captured connection authenticated with, decoded, for the user to replay with: a query
 * `access_token` (Bearer), a query `authorization` or an Authorization header (Basic or Bearer). A ticket is not one:
 * it is single-use, so a replay mints a new one. Undefined when there is none or it is malformed.
 */
export function credentialFromCapture(connection: ConnectionRecord): ReplayCredential | undefined {
  const { handshake } = connection;
  const auth = classifyAuth({ handshake, ticketMint: connection.ticketMint, createdAt: connection.createdAt });
  switch (auth.strategy) {
    case 'query-access-token': {
      const token = auth.credential?.value.trim() ?? '';
      return fromHeaderValue(auth.credential?.scheme === 'Bearer' ? token : `Bearer ${token}`);
    }
    case 'query-authorization':
      return fromHeaderValue(auth.credential?.value);
    case 'header-basic':
    case 'header-bearer':
      return fromHeaderValue(headerValue(handshake.requestHeaders, 'authorization'));
    default:
      return undefined;
  }
}

/** The offered subprotocols minus any that carries a credential (profiles and commands never hold one). */
export function safeSubprotocols(protocols: readonly string[]): string[] {
  const secret = new Set(findSubprotocolCredentials(protocols).map((found) => found.index));
  return protocols.filter((_, index) => !secret.has(index));
}
