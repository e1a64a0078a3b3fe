import { describeToken } from '../auth/describe-token.ts';
import { splitScheme } from '../auth/split-scheme.ts';
import type { HandshakeRecord } from '../model/handshake-record.ts';
import { headerValues } from '../model/http-header.ts';
import { readCredentialShape } from './describe-credential.ts';
import type { Exposure } from './exposure.ts';

/**
 * The `Authorization` request header of the handshake (RFC 8887 §4.1). Not an exposure by itself, but it travels in
 * clear over `ws://`, and its JWT can be expired or long-lived.
 */
export function scanAuthorizationHeader(handshake: HandshakeRecord): Exposure[] {
  return headerValues(handshake.requestHeaders, 'Authorization').flatMap((value): Exposure[] => {
    const split = splitScheme(value, true);
    if (split.rest === '') return [];
    const reading = readCredentialShape(value) ?? {
      credential: split.rest,
      shape: 'opaque',
      what: `${split.scheme ?? 'no'} scheme, ${describeToken(split.rest)}`,
    };
    return [
      { ...reading, place: 'header', location: `Authorization request header (${reading.what})`, secret: split.rest },
    ];
  });
}
